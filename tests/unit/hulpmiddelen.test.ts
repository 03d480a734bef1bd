import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	controleerGrootte,
	leesJson,
	MAX_BESTAND_BYTES,
	NIETS_VERANDERD,
} from '../../src/hulpmiddelen/bestand.ts';
import {
	isLeeg,
	leesWerkblad,
	verdeel,
	WERKBLAD_VERSIE,
	type VeldVorm,
} from '../../src/hulpmiddelen/werkblad.ts';
import { veldIds } from '../../src/schemas/werkvorm.ts';
import {
	BALANSMETER_VERSIE,
	groepsbeeld,
	grootsteVerschillen,
	leesBalansmeter,
	spreiding,
	verschuivingTekst,
} from '../../src/hulpmiddelen/balansmeter.ts';
import { Opslag, OPSLAG_UIT, OPSLAG_VOL, opslagPrefix } from '../../src/hulpmiddelen/opslag.ts';
import {
	klok,
	maakAgenda,
	materialenLijst,
	minutenVan,
	past,
	planNaarHash,
	planUitHash,
	verplaats,
	type WerkvormKort,
} from '../../src/hulpmiddelen/sessieplan.ts';
import { fixture } from '../helpers.ts';

const lees = (naam: string): unknown => {
	const json = leesJson(readFileSync(fixture(`hulpmiddelen/${naam}`), 'utf8'));
	if (!json.ok) throw new Error(json.melding);
	return json.data;
};
const tekst = (naam: string) => readFileSync(fixture(`hulpmiddelen/${naam}`), 'utf8');

/** A field as the worksheet component passes it to the browser: stable id from the label. */
const veld = <T extends Omit<VeldVorm, 'id'>>(v: T) => ({ ...v, id: veldIds([v])[0]! }) as VeldVorm;
/** The worksheet fields of content/werkvormen/ecocyclus.md and lijnopstelling.md. */
const ECOCYCLUS: VeldVorm[] = [
	veld({
		type: 'lijst',
		items: 8,
		label: 'Welke regionale activiteiten, projecten en overleggen kennen wij?',
	}),
	veld({ type: 'kwadrant', label: 'De vier fases' }),
	veld({ type: 'tekst', label: 'Wat laten we los, en hoe doen we dat netjes?' }),
	veld({ type: 'tekst', label: 'Wat krijgt meer tijd, geld of mensen?' }),
];
const [LIJST, VIER, LOSLATEN, TIJD] = ECOCYCLUS.map((v) => v.id) as [
	string,
	string,
	string,
	string,
];
const LIJNOPSTELLING: VeldVorm[] = [
	veld({ type: 'schaal', stappen: 7, label: 'Waar sta ik bij het begin?' }),
	veld({ type: 'schaal', stappen: 7, label: 'Waar sta ik na het gesprek?' }),
	veld({ type: 'tekst', label: 'Welk argument van een ander raakte mij?' }),
];

describe('reading imported files', () => {
	test('refuses files over 1 MB before reading them', () => {
		expect(controleerGrootte(MAX_BESTAND_BYTES).ok).toBe(true);
		const te = controleerGrootte(MAX_BESTAND_BYTES + 1);
		expect(te.ok).toBe(false);
		expect(!te.ok && te.melding).toMatch(/groter dan 1 MB.*niet veranderd\.$/);
	});

	test('refuses text that is not JSON', () => {
		const r = leesJson(tekst('slecht/kapot.json'));
		expect(!r.ok && r.melding).toBe(
			`Dit bestand is geen export uit het werkboek: het is geen leesbaar JSON-bestand. ${NIETS_VERANDERD}`
		);
	});

	test('refuses __proto__ keys anywhere, and never changes Object.prototype', () => {
		const r = leesJson(tekst('slecht/proto.json'));
		expect(!r.ok && r.melding).toMatch(/niet-toegestane naam \(__proto__\)/);
		expect(leesJson('{"a":{"constructor":{"prototype":{"x":1}}}}').ok).toBe(false);
		expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
	});
});

describe('worksheet files and migrations', () => {
	test('field ids are slugs of the labels unless set, at most 60 characters', () => {
		expect(ECOCYCLUS.map((v) => v.id)).toEqual([
			'welke-regionale-activiteiten-projecten-en-overleggen-kennen',
			'de-vier-fases',
			'wat-laten-we-los-en-hoe-doen-we-dat-netjes',
			'wat-krijgt-meer-tijd-geld-of-mensen',
		]);
		expect(
			veldIds([{ label: 'Coöperatie: één vraag?' }, { label: 'Wat dan ook', id: 'eigen-naam' }])
		).toEqual(['cooperatie-een-vraag', 'eigen-naam']);
		// A repeated question (the Balansmeter asks "Waar staan we nu?" per act) is numbered in order.
		expect(
			veldIds([
				{ label: 'Waar staan we nu?' },
				{ label: 'Notitie' },
				{ label: 'Waar staan we nu?' },
			])
		).toEqual(['waar-staan-we-nu', 'notitie', 'waar-staan-we-nu-2']);
	});

	test('version 3 (current) reads as is; an answer whose question is gone is kept, not dropped', () => {
		const r = leesWerkblad(lees('werkblad-ecocyclus-v3.json'), 'ecocyclus', ECOCYCLUS);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data.versie).toBe(WERKBLAD_VERSIE);
		const { passend, zonderVraag } = verdeel(r.data, ECOCYCLUS);
		expect(passend).toEqual({
			[LIJST]: ['Wijkoverleg ouderen', 'Proef gezamenlijk spreekuur', 'Regiotafel jeugd'],
			[VIER]: [
				'Proef spreekuur',
				'Regiotafel jeugd',
				'Idee van de wijkverpleging',
				'Oud overleg over ouderen',
			],
			[TIJD]: 'Meer tijd voor het spreekuur.',
		});
		expect(zonderVraag).toEqual([
			{
				id: 'wie-mist-er-aan-tafel',
				vraag: 'Wie mist er aan tafel?',
				waarde: 'De huisartsen en de jongerenraad.',
			},
		]);
	});

	test('version 2: answers by position move to the ids of the fields at those positions, with their questions', () => {
		const r = leesWerkblad(lees('werkblad-ecocyclus-v2.json'), 'ecocyclus', ECOCYCLUS);
		expect(r.ok && r.data.antwoorden).toEqual({
			[LIJST]: ['Wijkoverleg ouderen', 'Proef gezamenlijk spreekuur', 'Regiotafel jeugd'],
			[VIER]: [
				'Proef spreekuur',
				'Regiotafel jeugd',
				'Idee van de wijkverpleging',
				'Oud overleg over ouderen',
			],
			[TIJD]: 'Meer tijd voor het spreekuur.',
		});
		expect(r.ok && r.data.vragen?.[TIJD]).toBe('Wat krijgt meer tijd, geld of mensen?');
	});

	test('version 1: a list as lines becomes items, empty lines dropped', () => {
		const r = leesWerkblad(lees('werkblad-ecocyclus-v1.json'), 'ecocyclus', ECOCYCLUS);
		expect(r.ok && r.data.antwoorden).toEqual({
			[LIJST]: ['Wijkoverleg ouderen', 'Proef gezamenlijk spreekuur', 'Regiotafel jeugd'],
			[VIER]: [
				'Proef spreekuur',
				'Regiotafel jeugd',
				'Idee van de wijkverpleging',
				'Oud overleg over ouderen',
			],
			[LOSLATEN]: 'Het oude overleg over ouderen stoppen we na de zomer.',
		});
	});

	test('version 1: a scale step as text becomes a number, a text that starts with a digit stays text', () => {
		const r = leesWerkblad(
			lees('werkblad-lijnopstelling-v1.json'),
			'lijnopstelling',
			LIJNOPSTELLING
		);
		expect(r.ok && r.data.antwoorden).toEqual({
			'waar-sta-ik-bij-het-begin': 2,
			'waar-sta-ik-na-het-gesprek': 5,
			'welk-argument-van-een-ander-raakte-mij': '3 argumenten van de huisarts',
		});
	});

	test.each([
		[
			'slecht/werkblad-nieuwer.json',
			/nieuwere versie van het werkboek \(bestandsversie 4; deze site kent tot en met versie 3\)/,
		],
		['slecht/vreemd.json', /geen export uit het werkboek/],
		['balansmeter-v2.json', /komt van de balansmeter, niet van dit werkblad/],
		[
			'slecht/werkblad-verkeerde-vorm.json',
			/De inhoud van dit bestand klopt niet \(bij antwoorden › 3\)/,
		],
		['slecht/werkblad-andere-werkvorm.json', /andere werkvorm \("triz"\)/],
	])('refuses %s in Dutch', (naam, melding) => {
		const r = leesWerkblad(lees(naam), 'ecocyclus', ECOCYCLUS);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.melding).toMatch(melding);
		expect(!r.ok && r.melding.endsWith(NIETS_VERANDERD)).toBe(true);
	});

	test('an update that inserts, removes and reorders fields never shows an answer in the wrong field', () => {
		const opgeslagen = {
			antwoorden: { [LIJST]: ['a', 'b'], [LOSLATEN]: 'loslaten', [TIJD]: 'tijd' },
			vragen: { [LOSLATEN]: 'Wat laten we los?' },
		};
		// Upstream removed "loslaten", inserted a new question first and swapped the rest.
		const nieuw = [
			veld({ type: 'tekst', label: 'Nieuwe eerste vraag' }),
			ECOCYCLUS[3]!,
			ECOCYCLUS[0]!,
		];
		const { passend, zonderVraag } = verdeel(opgeslagen, nieuw);
		expect(passend).toEqual({ [TIJD]: 'tijd', [LIJST]: ['a', 'b'] });
		expect(zonderVraag).toEqual([{ id: LOSLATEN, vraag: 'Wat laten we los?', waarde: 'loslaten' }]);
	});

	test('an answer that no longer fits its field (other kind, shorter list) is kept without a field, never cut', () => {
		const velden = [
			veld({ type: 'lijst', items: 2, label: 'Lijst' }),
			veld({ type: 'schaal', stappen: 5, label: 'Schaal' }),
			veld({ type: 'tekst', label: 'Tekst' }),
		];
		const { passend, zonderVraag } = verdeel(
			{ antwoorden: { lijst: ['a', 'b', 'c'], schaal: 7, tekst: ['x'] } },
			velden
		);
		expect(passend).toEqual({});
		expect(zonderVraag.map((a) => a.id)).toEqual(['lijst', 'schaal', 'tekst']);
		expect(verdeel({ antwoorden: { lijst: ['a', 'b', ''] } }, velden).passend).toEqual({
			lijst: ['a', 'b'],
		});
		expect(isLeeg({ '0': ['', ' '], '1': '' })).toBe(true);
		expect(isLeeg({ '0': 3 })).toBe(false);
	});
});

describe('Balansmeter files and statistics', () => {
	test('version 1 migrates: scores list to acts, null positions left out', () => {
		const r = leesBalansmeter(lees('balansmeter-v1.json'));
		expect(r.ok && r.data).toEqual({
			formaat: 'regiowerkboek-balansmeter',
			versie: BALANSMETER_VERSIE,
			acts: {
				'inbedding-borging': {
					nu: 2,
					straks: 4,
					notitie: 'Veel initiatieven in de wijk, weinig afspraken.',
				},
				'focus-breedte': { nu: 6, straks: 3 },
				'sturen-volgen': { straks: 5, notitie: 'Nog geen idee waar we staan.' },
			},
		});
	});

	test('version 2 reads; bad files are refused', () => {
		expect(leesBalansmeter(lees('balansmeter-v2.json')).ok).toBe(true);
		expect(leesBalansmeter(lees('werkblad-ecocyclus-v2.json'))).toMatchObject({
			ok: false,
			melding: expect.stringMatching(/komt van een werkblad, niet van de balansmeter/),
		});
		expect(leesBalansmeter(lees('slecht/balansmeter-nieuwer.json'))).toMatchObject({
			ok: false,
			melding: expect.stringMatching(/bestandsversie 7/),
		});
		expect(
			leesBalansmeter({
				formaat: 'regiowerkboek-balansmeter',
				versie: 2,
				acts: { 'focus-breedte': { nu: 8 } },
			}).ok
		).toBe(false);
		expect(
			leesBalansmeter({
				formaat: 'regiowerkboek-balansmeter',
				versie: 2,
				acts: { 'links-rechts': { nu: 2 } },
			}).ok
		).toBe(false);
	});

	test('spread: mean, range and standard deviation', () => {
		expect(spreiding([])).toEqual({ aantal: 0 });
		const s = spreiding([2, 4, 4, 4, 5, 5, 7, 9]);
		expect(s).toMatchObject({
			aantal: 8,
			gemiddelde: 5,
			min: 2,
			max: 9,
			bereik: 7,
			standaardafwijking: 2,
		});
	});

	test('group picture: positions, averages and the largest gaps between now and desired', () => {
		const v2 = leesBalansmeter(lees('balansmeter-v2.json'));
		const cm = leesBalansmeter(lees('balansmeter-groep-casemanager.json'));
		const v1 = leesBalansmeter(lees('balansmeter-v1.json'));
		if (!v2.ok || !cm.ok || !v1.ok) throw new Error('fixtures');
		const groep = groepsbeeld([
			{ naam: 'Wethouder', meter: v2.data },
			{ naam: 'Casemanager', meter: cm.data },
			{ naam: 'Oud bestand', meter: v1.data },
		]);
		const ruimte = groep.find((g) => g.act === 'ruimte-kaders')!;
		expect(ruimte.nu).toMatchObject({ aantal: 2, gemiddelde: 6.5, min: 6, max: 7, bereik: 1 });
		expect(ruimte.gemiddeldeVerschuiving).toBe(-3.5);
		expect(ruimte.gemiddeldeAfstand).toBe(3.5);
		expect(ruimte.grootsteAfstand).toEqual({ afstand: 4, namen: ['Casemanager'] });
		const sturen = groep.find((g) => g.act === 'sturen-volgen')!;
		// The old file has only "straks" here: it counts for the spread of straks, not for the gap.
		expect(sturen.straks.aantal).toBe(3);
		expect(sturen.gemiddeldeAfstand).toBe(2);
		expect(grootsteVerschillen(groep).map((g) => g.act)).toEqual([
			'ruimte-kaders', // 3,5
			'sturen-volgen', // 2
			'cocreatie-representatie', // 1,5
			'inbedding-borging', // 1,33 (tie: act order)
			'focus-breedte', // 1,33
		]);
	});

	test('shift in words', () => {
		expect(verschuivingTekst({ nu: 2, straks: 5 }, 'Focus', 'Breedte')).toBe(
			'3 stappen richting Breedte'
		);
		expect(verschuivingTekst({ nu: 2, straks: 1 }, 'Focus', 'Breedte')).toBe(
			'1 stap richting Focus'
		);
		expect(verschuivingTekst({ nu: 4, straks: 4 }, 'Focus', 'Breedte')).toBe('Geen');
		expect(verschuivingTekst({ nu: 4 }, 'Focus', 'Breedte')).toBe('–');
	});
});

/** A working in-memory Storage, optionally failing like a full or disabled localStorage. */
class GeheugenOpslag implements Storage {
	#data = new Map<string, string>();
	constructor(private readonly fout?: DOMException) {}
	get length() {
		return this.#data.size;
	}
	clear() {
		this.#data.clear();
	}
	getItem(k: string) {
		return this.#data.get(k) ?? null;
	}
	key(i: number) {
		return [...this.#data.keys()][i] ?? null;
	}
	removeItem(k: string) {
		this.#data.delete(k);
	}
	setItem(k: string, v: string) {
		if (this.fout) throw this.fout;
		this.#data.set(k, v);
	}
}

describe('storage', () => {
	test('keys are namespaced by origin and base path', () => {
		expect(opslagPrefix('https://regio.github.io', '/werkboek/')).toBe(
			'regiowerkboek:https://regio.github.io/werkboek/:'
		);
		expect(opslagPrefix('https://regio.github.io', '/werkboek')).toBe(
			'regiowerkboek:https://regio.github.io/werkboek/:'
		);
		expect(opslagPrefix('http://localhost:4321', '/')).toBe(
			'regiowerkboek:http://localhost:4321/:'
		);
		const gedeeld = new GeheugenOpslag();
		const a = new Opslag(opslagPrefix('https://x.github.io', '/regio-a/'), () => gedeeld);
		const b = new Opslag(opslagPrefix('https://x.github.io', '/regio-b/'), () => gedeeld);
		expect(a.schrijf('werkblad:triz', { x: 1 })).toEqual({ ok: true });
		expect(a.lees('werkblad:triz')).toEqual({ x: 1 });
		expect(b.lees('werkblad:triz')).toBeUndefined();
	});

	test('a full or disabled storage is reported in Dutch, never swallowed', () => {
		const vol = new Opslag(
			'p:',
			() => new GeheugenOpslag(new DOMException('vol', 'QuotaExceededError'))
		);
		expect(vol.schrijf('x', 1)).toEqual({ ok: false, melding: OPSLAG_VOL });
		const uit = new Opslag('p:', () => {
			throw new DOMException('uit', 'SecurityError');
		});
		expect(uit.schrijf('x', 1)).toEqual({ ok: false, melding: OPSLAG_UIT });
		expect(uit.lees('x')).toBeUndefined();
	});
});

const w = (slug: string, duur: number, extra: Partial<WerkvormKort> = {}): WerkvormKort => ({
	slug,
	titel: slug.toUpperCase(),
	duur,
	groep: { min: 4, max: 30 },
	fase: ['verkennen'],
	balanceeracts: [],
	inzichten: [],
	materialen: [],
	werkblad: false,
	...extra,
});

describe('session planner', () => {
	const werkvormen = new Map(
		[
			w('triz', 35, { materialen: ['Stiften', 'A3-vellen'], balanceeracts: ['ruimte-kaders'] }),
			w('1-2-4-allen', 12, {
				materialen: ['stiften ', 'Post-its'],
				fase: ['openen', 'verkennen'],
				groep: { min: 2, max: 100 },
			}),
		].map((x) => [x.slug, x])
	);

	test('filters by duration, group size, act and phase', () => {
		const t = werkvormen.get('triz')!;
		expect(past(t, {})).toBe(true);
		expect(past(t, { maxDuur: 30 })).toBe(false);
		expect(past(t, { groepsgrootte: 3 })).toBe(false);
		expect(past(t, { groepsgrootte: 30 })).toBe(true);
		expect(past(t, { act: 'ruimte-kaders', fase: 'verkennen' })).toBe(true);
		expect(past(t, { fase: 'openen' })).toBe(false);
		expect(past(t, { inzicht: 'belangen' })).toBe(false);
	});

	test('agenda with clock times, breaks and total, across midnight too', () => {
		const plan = {
			start: '09:30',
			items: [
				{ soort: 'werkvorm', slug: '1-2-4-allen' },
				{ soort: 'pauze', minuten: 15 },
				{ soort: 'werkvorm', slug: 'triz' },
			],
		} as const;
		const agenda = maakAgenda({ ...plan, items: [...plan.items] }, werkvormen);
		expect(agenda.regels.map((r) => `${klok(r.begin)}-${klok(r.eind)} ${r.titel}`)).toEqual([
			'09:30-09:42 1-2-4-ALLEN',
			'09:42-09:57 Pauze',
			'09:57-10:32 TRIZ',
		]);
		expect(agenda.totaal).toBe(62);
		expect(klok(minutenVan('23:50') + 35)).toBe('00:25');
		expect(minutenVan('25:00')).toBe(minutenVan('09:30'));
	});

	test('combined materials: each once, case-insensitive, with the methods that need them', () => {
		const lijst = materialenLijst(
			{
				start: '09:00',
				items: [
					{ soort: 'werkvorm', slug: 'triz' },
					{ soort: 'werkvorm', slug: '1-2-4-allen' },
					{ soort: 'werkvorm', slug: 'triz' },
				],
			},
			werkvormen
		);
		expect(lijst).toEqual([
			{ materiaal: 'Stiften', voor: ['TRIZ', '1-2-4-ALLEN'] },
			{ materiaal: 'A3-vellen', voor: ['TRIZ'] },
			{ materiaal: 'Post-its', voor: ['1-2-4-ALLEN'] },
		]);
	});

	test('the plan round-trips through the URL fragment; unknown or odd parts are dropped', () => {
		const plan = {
			start: '13:05',
			items: [
				{ soort: 'werkvorm' as const, slug: 'triz' },
				{ soort: 'pauze' as const, minuten: 20 },
			],
		};
		const hash = planNaarHash(plan);
		expect(hash).toBe('start=13:05&items=triz,pauze:20');
		const bekend = new Set(werkvormen.keys());
		expect(planUitHash(`#${hash}`, bekend)).toEqual(plan);
		expect(
			planUitHash(
				'#start=99:99&items=triz,<script>,pauze:0,pauze:999,__proto__,1-2-4-allen',
				bekend
			)
		).toEqual({
			start: '09:30',
			items: [
				{ soort: 'werkvorm', slug: 'triz' },
				{ soort: 'werkvorm', slug: '1-2-4-allen' },
			],
		});
	});

	test('move up and down, never out of the list', () => {
		expect(verplaats(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(verplaats(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(verplaats(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(verplaats(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});
});

describe('sidebar links to the tools', () => {
	test('Starlight does not prefix `link` items with the base path, so the links carry it', async () => {
		const { hulpmiddelenGroep, werkvormenZoeken } = await import('../../src/plan/plan.ts');
		// Starlight adds the base path to sidebar links itself; the base-path build test checks the result.
		expect(hulpmiddelenGroep().items.map((i) => i.link)).toEqual([
			'/werkvormen/',
			'/balansmeter/',
			'/sessieplanner/',
			'/regio-maken/',
		]);
		expect(werkvormenZoeken().link).toBe('/werkvormen/');
	});
});
