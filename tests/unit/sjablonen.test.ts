import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { loadRegio, findRegio } from '../../src/regio/load.ts';
import { loadSjablonen, sjabloonSlugs } from '../../src/sjablonen/load.ts';
import { veldenVan, vulAlinea, vulSjabloon, zonderLegeDelen } from '../../src/sjablonen/fill.ts';
import { sjabloonSchema, TRAJECT_STAPPEN } from '../../src/schemas/sjabloon.ts';
import {
	maakDocument,
	naarHtml,
	naarTekst,
	NIET_INGEVULD,
} from '../../src/hulpmiddelen/sjabloon-document.ts';
import { leesSjabloon } from '../../src/hulpmiddelen/sjabloon.ts';
import { verdeel } from '../../src/hulpmiddelen/werkblad.ts';
import { remarkVerborgenLinks } from '../../src/remark/links.ts';
import { dutchErrorMap, WerkboekError } from '../../src/utils/errors.ts';
import { fixture, ROOT } from '../helpers.ts';

const regioVan = (naam?: string) => {
	const bron = findRegio(ROOT, naam ? fixture(naam) : undefined);
	return loadRegio(ROOT, bron).regio;
};
const demo = regioVan();
const groot = regioVan('regio-groot');
const minimaal = regioVan('regio-minimaal');
const alle = loadSjablonen(ROOT);

describe('the templates in templates/sjablonen/', () => {
	test('are the ten agreed slugs, each valid against the schema', () => {
		expect(sjabloonSlugs(ROOT)).toEqual(
			[
				'uitnodiging',
				'belscript-voorgesprek',
				'verslag-voorgesprek',
				'agenda-sessie-1',
				'agenda-sessie-2',
				'verslag-en-besluitenlijst',
				'terugkoppeling-deelnemers',
				'notitie-bestuurders-en-raden',
				'planning-en-begroting',
				'evaluatie-na-drie-maanden',
			].sort()
		);
		expect(alle).toHaveLength(10);
		for (const { slug, data } of alle) {
			expect(sjabloonSchema.safeParse(data).success, slug).toBe(true);
			expect(TRAJECT_STAPPEN, slug).toContain(data.stap);
		}
		// Ordered as the trajectory runs, each with its own place.
		expect(new Set(alle.map((s) => s.data.volgorde)).size).toBe(10);
		expect(alle[0]!.slug).toBe('uitnodiging');
	});

	test('the invitation is co-signed: the last field chooses partners, shown without a label', () => {
		const uitnodiging = alle.find((s) => s.slug === 'uitnodiging')!;
		const laatste = uitnodiging.data.inhoud.at(-1)!;
		expect(laatste).toMatchObject({ type: 'keuze', uit: 'partners', zonderLabel: true });
	});

	test('the planning sheet asks for hours, costs, who pays and who facilitates', () => {
		const tekst = JSON.stringify(alle.find((s) => s.slug === 'planning-en-begroting')!.data);
		for (const woord of ['Uren', 'Kosten', 'wie betaalt', 'Wie begeleidt'])
			expect(tekst).toContain(woord);
	});
});

describe('filled with the region', () => {
	test('the demo region: name, contact, opgaven and partners appear', () => {
		const { data } = alle.find((s) => s.slug === 'uitnodiging')!;
		const gevuld = vulSjabloon('uitnodiging', data, demo);
		const json = JSON.stringify(gevuld);
		expect(json).toContain('In Regio Voorbeeld werken we');
		expect(json).toContain('Mentale gezondheid van jongeren');
		expect(json).toContain('werkboek@regiovoorbeeld.nl');
		const keuzes = veldenVan(gevuld).filter((v) => v.type === 'keuze');
		expect(keuzes).toHaveLength(2);
		for (const keuze of keuzes)
			expect(keuze.type === 'keuze' && keuze.opties.map((o) => o.label)).toContain(
				'GGD Regio Voorbeeld'
			);
		expect(json).not.toContain('{regio.');
	});

	test('a region with 60 partners gets 60 choices, grouped by kind', () => {
		const gevuld = vulSjabloon(
			'uitnodiging',
			alle.find((s) => s.slug === 'uitnodiging')!.data,
			groot
		);
		const keuze = veldenVan(gevuld).find((v) => v.type === 'keuze')!;
		expect(keuze.type === 'keuze' && keuze.opties).toHaveLength(60);
		expect(
			keuze.type === 'keuze' && new Set(keuze.opties.map((o) => o.groep)).size
		).toBeGreaterThan(1);
	});

	test('a region without partners, opgaven or contact reads well: choices become a text field, no stray commas', () => {
		for (const { slug, data } of alle) {
			const gevuld = vulSjabloon(slug, data, minimaal);
			const json = JSON.stringify(gevuld);
			expect(json, slug).not.toContain('{regio.');
			expect(json, slug).not.toContain('Regio Voorbeeld');
			expect(
				veldenVan(gevuld).some((v) => v.type === 'keuze'),
				slug
			).toBe(false);
			for (const veld of veldenVan(gevuld))
				if (veld.type === 'tekst')
					expect(veld.standaard, `${slug}: ${veld.label}`).not.toMatch(/^[\s,]|,\s*,/);
		}
		const uitnodiging = vulSjabloon(
			'uitnodiging',
			alle.find((s) => s.slug === 'uitnodiging')!.data,
			minimaal
		);
		expect(JSON.stringify(uitnodiging)).toContain(
			'(Nog geen opgaven ingevuld in de gegevens van Regio Minimaal.)'
		);
	});

	test('the agenda templates give the programme of their chapter and mark it as the list the planner fills', () => {
		const { data } = alle.find((s) => s.slug === 'agenda-sessie-1')!;
		const programma = (d: typeof data) =>
			veldenVan(vulSjabloon('agenda-sessie-1', d, demo)).find((v) => v.label === 'Programma')!;
		// The real templates: the corrected chapter tables, with a buffer at the end.
		const eigen = programma(data);
		expect(eigen.type === 'lijst' && eigen.standaard[0]).toMatch(/^13\.00–13\.15 Openen/);
		expect(eigen.type === 'lijst' && eigen.standaard.at(-1)).toMatch(/^16\.10–16\.25 Buffer/);
		const twee = alle.find((s) => s.slug === 'agenda-sessie-2')!;
		const tweeProgramma = veldenVan(vulSjabloon('agenda-sessie-2', twee.data, demo)).find(
			(v) => v.label === 'Programma'
		)!;
		expect(tweeProgramma.type === 'lijst' && tweeProgramma.standaard.join('\n')).toMatch(
			/besluitregel[\s\S]*Buffer/
		);
		expect(tweeProgramma.type === 'lijst' && tweeProgramma.standaard.join('\n')).not.toContain(
			'TRIZ'
		);
		// `agenda` marks the list that takes the planned agenda (on the page, from the address); the default stays.
		for (const [sjabloon, sessie] of [
			[data, 'sessie-1'],
			[twee.data, 'sessie-2'],
		] as const) {
			expect(
				sjabloon.inhoud
					.filter((b) => b.type === 'lijst' && b.agenda)
					.map((b) => b.type === 'lijst' && [b.label, b.agenda])
			).toEqual([['Programma', sessie]]);
		}
	});

	test('fixed text: paragraphs, bullets, line breaks and lists of the region', () => {
		expect(
			vulAlinea('Beste {regio.korteNaam},\nhallo\n\n- een\n- twee\n{regio.opgaven}', demo)
		).toEqual([
			{ soort: 'alinea', tekst: 'Beste Voorbeeld,\nhallo' },
			{
				soort: 'opsomming',
				items: [
					'een',
					'twee',
					'Langer thuis wonen',
					'Mentale gezondheid van jongeren',
					'Genoeg mensen in zorg en welzijn',
				],
			},
		]);
		expect(vulAlinea('Wij werken aan {regio.opgaven}.', demo)[0]).toEqual({
			soort: 'alinea',
			tekst:
				'Wij werken aan Langer thuis wonen, Mentale gezondheid van jongeren en Genoeg mensen in zorg en welzijn.',
		});
		expect(zonderLegeDelen(', info@x.nl, , ')).toBe('info@x.nl');
	});
});

describe('bad templates fail with file, line and a Dutch message', () => {
	const melding = (() => {
		try {
			loadSjablonen(fixture('sjablonen-kapot'));
		} catch (fout) {
			expect(fout).toBeInstanceOf(WerkboekError);
			return (fout as WerkboekError).volledig;
		}
		throw new Error('loadSjablonen accepted broken templates');
	})();

	test('an unknown region field names file:line and the known fields', () => {
		expect(melding).toContain(
			'templates/sjablonen/onbekend-veld.yaml:12\n    Onbekend regioveld "regio.provincie". Bekende velden: regio.naam, regio.korteNaam, regio.website, regio.contact.naam, regio.contact.email, regio.contact.telefoon, regio.opgaven, regio.partners, regio.netwerken.'
		);
		// Known fields on the same line are fine.
		expect(melding).not.toContain('regio.contact.telefoon"');
	});

	test('every problem, as the author sees it', () => {
		expect(melding).toMatchSnapshot();
	});

	test('a missing required field is named, in Dutch', () => {
		const { doel: _, ...zonderDoel } = alle[0]!.data;
		const resultaat = sjabloonSchema.safeParse(zonderDoel, { error: dutchErrorMap });
		expect(resultaat.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['doel', 'Dit veld is verplicht. Vul het in.'],
		]);
	});

	test('a hidden template that does not exist is reported with the known ones', () => {
		expect(() =>
			loadSjablonen(ROOT, { verborgen: ['uitnodigen'], regioBestand: 'content/regio/regio.yaml' })
		).toThrow(
			/content\/regio\/regio\.yaml · sjablonen\.verbergen\.0\n {4}Er is geen sjabloon "uitnodigen"\. Bestaande sjablonen: agenda-sessie-1, /
		);
	});
});

describe('links to a hidden template', () => {
	const draai = (tekst: string) => {
		const processor = unified()
			.use(remarkParse)
			.use(remarkVerborgenLinks, {
				verborgen: [],
				regioBestand: 'content/regio/regio.yaml',
				sjablonen: ['uitnodiging'],
			});
		const file = new VFile({ path: 'content/hoofdstukken/x.md', value: tekst });
		processor.runSync(processor.parse(file), file);
	};

	test('fail with the line and what to do', () => {
		expect(() => draai('Tekst.\n\nZie [de uitnodiging](/sjablonen/uitnodiging/).')).toThrow(
			/verbergt het sjabloon "uitnodiging" \(sjablonen\.verbergen in content\/regio\/regio\.yaml\)/
		);
		try {
			draai('Tekst.\n\nZie [de PDF](/pdf/sjablonen/uitnodiging.pdf).');
		} catch (fout) {
			expect((fout as { line?: number }).line).toBe(3);
		}
	});

	test('links to other templates pass', () => {
		expect(() => draai('[Agenda](/sjablonen/agenda-sessie-1/)')).not.toThrow();
	});
});

describe('the document for copying and Word', () => {
	const gevuld = vulSjabloon('uitnodiging', alle.find((s) => s.slug === 'uitnodiging')!.data, demo);
	const velden = veldenVan(gevuld);
	const index = (label: string) => velden.find((v) => v.label === label)!.id;
	const antwoorden = {
		[index('Aanhef')]: "Beste <bestuurders> & collega's,",
		[index('Sessie 1 (samen zien waar we staan)')]: 'Dinsdag 3 maart\n13.00–16.00 uur',
		[index('Wie ondertekenen de uitnodiging?')]: ['gemeente-havenstad', 'ggd-voorbeeld'],
		[index('Aan wie stuur je de uitnodiging?')]: ['welzijn-plus', 'onbekend-id'],
	};
	const doc = maakDocument(gevuld, antwoorden);

	test('has the answers in place, signatures without a label, empty fields marked', () => {
		const tekst = naarTekst(doc);
		expect(tekst.startsWith('Uitnodiging voor de reflectiesessies\n')).toBe(true);
		expect(tekst).toContain("Beste <bestuurders> & collega's,\n\nIn Regio Voorbeeld werken we");
		expect(tekst).toContain(
			'Sessie 1 (samen zien waar we staan)\nDinsdag 3 maart\n13.00–16.00 uur'
		);
		expect(tekst).toContain('Met vriendelijke groet,\n\nGemeente Havenstad\nGGD Regio Voorbeeld\n');
		expect(tekst).toContain(`Wie begeleidt de sessies?\n${NIET_INGEVULD}`);
		expect(tekst).toContain('Aan wie stuur je de uitnodiging?\n- Welzijn Plus');
		expect(tekst).not.toContain('onbekend-id');
	});

	test('HTML is escaped, with simple elements and no style attributes (the page CSP would refuse them)', () => {
		const html = naarHtml(doc);
		expect(html).toContain("Beste &lt;bestuurders&gt; &amp; collega's,");
		expect(html).toContain('Dinsdag 3 maart<br>13.00–16.00 uur');
		expect(html).toContain('<h1>Uitnodiging voor de reflectiesessies</h1>');
		expect(html).not.toMatch(/<(script|style|link|img)|style=/);
	});
});

describe('stored and imported template answers', () => {
	const vormen = [
		{ id: 'aanhef', label: 'Aanhef', type: 'tekst' as const },
		{
			id: 'ondertekenaars',
			label: 'Wie ondertekenen?',
			type: 'keuze' as const,
			waarden: ['a', 'b'],
		},
	];
	const bestand = {
		formaat: 'regiowerkboek-sjabloon',
		versie: 1,
		sjabloon: 'uitnodiging',
		antwoorden: {
			aanhef: 'Hallo',
			ondertekenaars: ['a', 'b'],
			'oud-veld': 'Iets van vroeger',
			weg: ['a', 'x'],
		},
		vragen: { 'oud-veld': 'Een oude vraag' },
	};

	test('a file of this template is read; answers fit their field by id, the rest is kept as answers without a question', () => {
		const gelezen = leesSjabloon(bestand, 'uitnodiging');
		expect(gelezen).toEqual({ ok: true, data: bestand });
		const { passend, zonderVraag } = verdeel(gelezen.ok ? gelezen.data : bestand, vormen);
		expect(passend).toEqual({ aanhef: 'Hallo', ondertekenaars: ['a', 'b'] });
		expect(zonderVraag).toEqual([
			{ id: 'oud-veld', vraag: 'Een oude vraag', waarde: 'Iets van vroeger' },
			{ id: 'weg', vraag: undefined, waarde: ['a', 'x'] },
		]);
		// A partner that is no longer in the region does not tick anything: the answer is kept apart.
		expect(
			verdeel({ antwoorden: { ondertekenaars: ['a', 'verdwenen'] } }, vormen).zonderVraag
		).toHaveLength(1);
	});

	test('files of another template or tool are refused, in Dutch', () => {
		expect(leesSjabloon(bestand, 'agenda-sessie-1')).toMatchObject({
			ok: false,
			melding: expect.stringContaining('hoort bij een ander sjabloon ("uitnodiging")'),
		});
		expect(
			leesSjabloon({ ...bestand, formaat: 'regiowerkboek-werkblad', versie: 2 }, 'uitnodiging')
		).toMatchObject({
			ok: false,
			melding: expect.stringContaining('komt van een werkblad, niet van dit sjabloon'),
		});
		expect(leesSjabloon({ ...bestand, versie: 2 }, 'uitnodiging')).toMatchObject({
			ok: false,
			melding: expect.stringContaining('nieuwere versie'),
		});
		expect(
			leesSjabloon({ ...bestand, antwoorden: { aanhef: 5, 'Geen Id': 1 } }, 'uitnodiging')
		).toMatchObject({ ok: false, melding: expect.stringContaining('klopt niet') });
	});
});

describe('field ids', () => {
	test('every field of every template has its own id, the same in every region', () => {
		for (const { slug, data } of alle) {
			const ids = veldenVan(vulSjabloon(slug, data, demo)).map((v) => v.id);
			expect(new Set(ids).size, slug).toBe(ids.length);
			expect(
				veldenVan(vulSjabloon(slug, data, minimaal)).map((v) => v.id),
				slug
			).toEqual(ids);
		}
		const ids = veldenVan(vulSjabloon('uitnodiging', alle[0]!.data, demo)).map((v) => v.id);
		expect(ids).toContain('wie-ondertekenen-de-uitnodiging');
	});

	test('two fields with the same explicit id are refused', () => {
		const inhoud = [
			{ type: 'tekst', id: 'naam', label: 'Een' },
			{ type: 'tekst', id: 'naam', label: 'Twee' },
		];
		const resultaat = sjabloonSchema.safeParse({ ...alle[0]!.data, inhoud });
		expect(resultaat.error?.issues[0]).toMatchObject({
			path: ['inhoud', 1, 'id'],
			message: expect.stringContaining('dezelfde id ("naam")'),
		});
	});
});
