import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BALANCEERACT_IDS } from '../../src/schemas/balanceeracts.ts';
import {
	groepsbeeld,
	groepsverschillen,
	leesBalansmeter,
	maakMeting,
	type BalansmeterBestand,
} from '../../src/hulpmiddelen/balansmeter.ts';
import {
	leesCode,
	leesQrTekst,
	maakCode,
	MAX_PLAK_BYTES,
	qrTekst,
	zoekCodes,
} from '../../src/hulpmiddelen/resultaatcode.ts';
import { laadMetingen } from '../../src/regio/metingen.ts';
import { metingSchema } from '../../src/schemas/meting.ts';

const ALFABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const meter = (
	groep: BalansmeterBestand['groep'],
	acts: BalansmeterBestand['acts']
): BalansmeterBestand => ({
	formaat: 'regiowerkboek-balansmeter',
	versie: 3,
	...(groep ? { groep } : {}),
	acts,
});

describe('result code', () => {
	test('round trip: every position and group comes back', () => {
		const inhoud = {
			groep: 'ggd' as const,
			acts: {
				'inbedding-borging': { nu: 1, straks: 7 },
				'focus-breedte': { nu: 4 },
				'sturen-volgen': { straks: 2 },
			},
		};
		const code = maakCode(inhoud);
		expect(code).toMatch(/^RWB1-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
		expect(leesCode(code)).toEqual({ ok: true, code, inhoud });
		// Empty meter, no group: still a valid code.
		expect(leesCode(maakCode({ acts: {} }))).toMatchObject({ ok: true, inhoud: { acts: {} } });
	});

	test('many random meters round-trip', () => {
		let zaad = 7;
		const toeval = (n: number) => ((zaad = (zaad * 1103515245 + 12345) % 2 ** 31), zaad % n);
		const groepen = [
			undefined,
			'gemeente',
			'zorgaanbieder',
			'zorgverzekeraar',
			'ggd',
			'welzijn',
			'inwoners',
			'professional',
			'anders',
		] as const;
		for (let i = 0; i < 300; i++) {
			const acts: BalansmeterBestand['acts'] = {};
			for (const id of BALANCEERACT_IDS) {
				const [nu, straks] = [toeval(8), toeval(8)];
				if (nu || straks) acts[id] = { ...(nu ? { nu } : {}), ...(straks ? { straks } : {}) };
			}
			const groep = groepen[toeval(groepen.length)];
			const gelezen = leesCode(maakCode({ groep, acts }));
			expect(gelezen).toEqual({
				ok: true,
				code: maakCode({ groep, acts }),
				inhoud: { ...(groep ? { groep } : {}), acts },
			});
		}
	});

	test('every single mistyped symbol is refused', () => {
		const code = maakCode({
			groep: 'welzijn',
			acts: { 'ruimte-kaders': { nu: 6, straks: 2 }, 'focus-breedte': { nu: 3, straks: 3 } },
		});
		const tekens = code.replace(/^RWB1-/, '').replace('-', '');
		for (let i = 0; i < tekens.length; i++) {
			for (const ander of ALFABET) {
				if (ander === tekens[i]) continue;
				const fout = `RWB1-${(tekens.slice(0, i) + ander + tekens.slice(i + 1)).replace(/^(.{4})/, '$1-')}`;
				expect(leesCode(fout).ok, fout).toBe(false);
			}
		}
	});

	test('most swaps of neighbouring symbols are refused', () => {
		const code = maakCode({
			groep: 'gemeente',
			acts: { 'inbedding-borging': { nu: 2, straks: 5 }, 'sturen-volgen': { nu: 7, straks: 1 } },
		});
		const tekens = code.replace(/^RWB1-/, '').replace('-', '');
		let gemist = 0;
		for (let i = 0; i < tekens.length - 1; i++) {
			if (tekens[i] === tekens[i + 1]) continue;
			const fout = tekens.slice(0, i) + tekens[i + 1] + tekens[i] + tekens.slice(i + 2);
			if (leesCode(`RWB1-${fout}`).ok) gemist++;
		}
		expect(gemist).toBe(0);
	});

	test('forgiving reading: lower case, O for 0, I and L for 1, no hyphens', () => {
		const code = maakCode({ acts: { 'focus-breedte': { nu: 1, straks: 1 } } });
		const los = code
			.toLowerCase()
			.replace(/-/g, '')
			.replace(/^rwb1/, 'rwb1-')
			.replace(/0/g, 'o')
			.replace(/1(?!-)/g, 'l');
		expect(leesCode(los)).toMatchObject({ ok: true, code });
	});

	test('refusals: another tool, a newer version, wrong length, foreign symbol, not a code', () => {
		const code = maakCode({ acts: { 'focus-breedte': { nu: 2 } } });
		expect(leesCode(code.replace('RWB1', 'RWW1'))).toMatchObject({
			ok: false,
			melding: expect.stringContaining('ander hulpmiddel'),
		});
		expect(leesCode(code.replace('RWB1', 'RWB2'))).toMatchObject({
			ok: false,
			melding: expect.stringContaining('nieuwere versie'),
		});
		expect(leesCode(code.slice(0, -1))).toMatchObject({
			ok: false,
			melding: expect.stringContaining('precies 8 tekens'),
		});
		expect(leesCode(`${code.slice(0, -1)}U`)).toMatchObject({
			ok: false,
			melding: expect.stringContaining('"U" komt in een code niet voor'),
		});
		expect(leesCode('hallo')).toMatchObject({
			ok: false,
			melding: expect.stringContaining('geen code van de balansmeter'),
		});
	});

	test('a chat log: codes found among noise, duplicates counted once, unreadable ones named', () => {
		const a = maakCode({ groep: 'gemeente', acts: { 'focus-breedte': { nu: 2, straks: 6 } } });
		const b = maakCode({ groep: 'ggd', acts: { 'focus-breedte': { nu: 5, straks: 5 } } });
		const c = maakCode({ acts: { 'ruimte-kaders': { nu: 7, straks: 1 } } });
		const kapot = `${a.slice(0, -1)}${a.endsWith('0') ? '1' : '0'}`;
		const chat = [
			'[09:31] Jan de Vries: hier is mijn code ' + a + ' succes!',
			'[09:32] Petra: ' + b.toLowerCase(),
			'[09:32] Petra: oeps, nog een keer: ' + b,
			'[09:33] Ahmed: ' + c.replace(/-/g, ' ').replace(/^RWB1 /, 'RWB1-') + ', zie je hem?',
			'[09:34] Kees: ' + kapot,
			'[09:35] Iemand: RWW1-ABCD-EFGH is van een ander ding',
		].join('\n');
		const uit = zoekCodes(chat);
		if (!uit.ok) throw new Error(uit.melding);
		expect(uit.gevonden.codes.map((c) => c.code)).toEqual([a, b, c]);
		expect(uit.gevonden.dubbel).toEqual([b]);
		expect(uit.gevonden.fouten).toHaveLength(2);
		expect(uit.gevonden.fouten[0]).toContain(kapot);
		expect(uit.gevonden.fouten[0]).toContain('verkeerd overgenomen');
		expect(uit.gevonden.fouten[1]).toContain('ander hulpmiddel');
	});

	test('codes next to each other with a word between them are all found', () => {
		const a = maakCode({ groep: 'gemeente', acts: { 'focus-breedte': { nu: 2 } } });
		const b = maakCode({ groep: 'ggd', acts: { 'focus-breedte': { nu: 3 } } });
		const c = maakCode({ acts: { 'focus-breedte': { nu: 4 } } });
		const uit = zoekCodes(`${a} en ${b} ${c}`);
		expect(uit.ok && uit.gevonden.codes.map((x) => x.code)).toEqual([a, b, c]);
	});

	test('pasted text of 1 MB or more is refused', () => {
		expect(zoekCodes('x'.repeat(MAX_PLAK_BYTES))).toMatchObject({
			ok: false,
			melding: expect.stringContaining('1 MB'),
		});
		expect(zoekCodes('x'.repeat(MAX_PLAK_BYTES - 1)).ok).toBe(true);
	});

	test('QR text: the code alone, or with name and notes only when asked; foreign QR codes are told apart', () => {
		const code = maakCode({ acts: { 'focus-breedte': { nu: 2 } } });
		expect(qrTekst(code)).toEqual({ tekst: code, weggelaten: false });
		const met = qrTekst(code, { naam: 'Petra', notities: { 'focus-breedte': 'Te veel tafels.' } });
		expect(met.tekst.split('\n')[0]).toBe(code);
		expect(leesQrTekst(met.tekst)).toMatchObject({
			ok: true,
			code,
			extra: { naam: 'Petra', notities: { 'focus-breedte': 'Te veel tafels.' } },
		});
		expect(qrTekst(code, { notities: { 'focus-breedte': 'x'.repeat(5000) } })).toEqual({
			tekst: code,
			weggelaten: true,
		});
		expect(leesQrTekst('https://example.org/menu')).toMatchObject({ ok: false, vreemd: true });
		expect(leesQrTekst(`${code}\n{"naam": "x", "wachtwoord": "y"}`)).toMatchObject({
			ok: false,
			vreemd: false,
		});
	});
});

describe('group picture by stakeholder group and measurements', () => {
	const deelnemers = [
		{
			naam: 'A',
			meter: meter('gemeente', {
				'focus-breedte': { nu: 2, straks: 3 },
				'ruimte-kaders': { nu: 4, straks: 4 },
			}),
		},
		{
			naam: 'B',
			meter: meter('gemeente', {
				'focus-breedte': { nu: 4, straks: 5 },
				'ruimte-kaders': { nu: 4 },
			}),
		},
		{
			naam: 'C',
			meter: meter('inwoners', {
				'focus-breedte': { nu: 7, straks: 7 },
				'ruimte-kaders': { nu: 5, straks: 5 },
			}),
		},
		{ naam: 'D', meter: meter(undefined, { 'focus-breedte': { nu: 1, straks: 1 } }) },
	];

	test('where stakeholder groups differ most', () => {
		const verschillen = groepsverschillen(groepsbeeld(deelnemers));
		expect(verschillen[0]).toMatchObject({
			act: 'focus-breedte',
			grootste: { soort: 'nu', verschil: 4, laag: 'gemeente', hoog: 'inwoners' },
		});
		expect(verschillen[0]!.groepen).toEqual([
			{ groep: 'gemeente', aantal: 2, nu: 3, straks: 4 },
			{ groep: 'inwoners', aantal: 1, nu: 7, straks: 7 },
		]);
		expect(verschillen[1]).toMatchObject({ act: 'ruimte-kaders', grootste: { verschil: 1 } });
		expect(verschillen.at(-1)!.grootste).toBeUndefined();
	});

	test('a measurement holds counts only: no names, no notes; it passes the build schema', () => {
		const metNotitie = [
			...deelnemers,
			{
				naam: 'Geheim',
				meter: meter('ggd', { 'focus-breedte': { nu: 3, notitie: 'Niet delen' } }),
			},
		];
		const meting = maakMeting(metNotitie, ' Sessie 1 ', '2026-11-03');
		expect(meting).toEqual({
			formaat: 'regiowerkboek-meting',
			versie: 1,
			datum: '2026-11-03',
			label: 'Sessie 1',
			deelnemers: { gemeente: 2, inwoners: 1, geen: 1, ggd: 1 },
			acts: {
				'focus-breedte': { nu: [1, 1, 1, 1, 0, 0, 1], straks: [1, 0, 1, 0, 1, 0, 1] },
				'ruimte-kaders': { nu: [0, 0, 0, 2, 1, 0, 0], straks: [0, 0, 0, 1, 1, 0, 0] },
			},
		});
		expect(JSON.stringify(meting)).not.toMatch(/Geheim|Niet delen/);
		expect(metingSchema.safeParse(meting).success).toBe(true);
	});

	test('version 2 meter files read as version 3 without a group; a group is kept', () => {
		expect(
			leesBalansmeter({
				formaat: 'regiowerkboek-balansmeter',
				versie: 2,
				acts: { 'focus-breedte': { nu: 1 } },
			})
		).toEqual({
			ok: true,
			data: {
				formaat: 'regiowerkboek-balansmeter',
				versie: 3,
				acts: { 'focus-breedte': { nu: 1 } },
			},
		});
		expect(leesBalansmeter(meter('ggd', {}))).toMatchObject({ ok: true, data: { groep: 'ggd' } });
		expect(leesBalansmeter({ ...meter(undefined, {}), groep: 'partij' }).ok).toBe(false);
	});
});

describe('measurement files of a region', () => {
	const maak = (bestanden: Record<string, unknown>) => {
		const root = mkdtempSync(join(tmpdir(), 'metingen-'));
		mkdirSync(join(root, 'regio', 'metingen'), { recursive: true });
		for (const [naam, inhoud] of Object.entries(bestanden))
			writeFileSync(
				join(root, 'regio', 'metingen', naam),
				typeof inhoud === 'string' ? inhoud : JSON.stringify(inhoud)
			);
		return root;
	};
	const goed = maakMeting(
		[{ naam: 'x', meter: meter('ggd', { 'focus-breedte': { nu: 2, straks: 3 } }) }],
		'Sessie',
		'2026-03-01'
	);

	test('no folder: no measurements; good files sorted by date', () => {
		const root = maak({ 'b.json': goed, 'a.json': { ...goed, datum: '2027-03-01' } });
		try {
			expect(laadMetingen(root, join(root, 'nergens'))).toEqual([]);
			expect(laadMetingen(root, join(root, 'regio')).map((m) => m.id)).toEqual(['b', 'a']);
		} finally {
			rmSync(root, { recursive: true });
		}
	});

	test('bad files: Dutch message naming file and field; names and notes refused', () => {
		const root = maak({
			'1-naam.json': { ...goed, naam: 'Petra' },
			'2-notitie.json': {
				...goed,
				acts: { 'focus-breedte': { ...goed.acts['focus-breedte'], notities: 'x' } },
			},
			'3-stappen.json': {
				...goed,
				acts: { 'focus-breedte': { nu: [1, 2], straks: [0, 0, 0, 0, 0, 0, 0] } },
			},
			'4-datum.json': { ...goed, datum: '3 maart' },
			'5-kapot.json': '{ niet',
			'6-te-veel.json': {
				...goed,
				acts: { 'focus-breedte': { nu: [5, 0, 0, 0, 0, 0, 0], straks: [0, 0, 0, 0, 0, 0, 0] } },
			},
			'7-meter.json': meter('ggd', {}),
		});
		try {
			expect(() => laadMetingen(root, join(root, 'regio'))).toThrow();
			let bericht = '';
			try {
				laadMetingen(root, join(root, 'regio'));
			} catch (fout) {
				bericht = (fout as Error).message;
			}
			expect(bericht).toContain('1-naam.json · naam');
			expect(bericht).toContain('anoniem');
			expect(bericht).toContain('2-notitie.json · acts.focus-breedte.notities');
			expect(bericht).toContain('3-stappen.json · acts.focus-breedte.nu');
			expect(bericht).toContain('precies 7 aantallen');
			expect(bericht).toContain('4-datum.json · datum');
			expect(bericht).toContain('5-kapot.json');
			expect(bericht).toContain('6-te-veel.json · acts.focus-breedte.nu');
			expect(bericht).toContain('7-meter.json · formaat');
		} finally {
			rmSync(root, { recursive: true });
		}
	});
});

describe('editing screen', () => {
	test('measurements are a JSON folder collection in the region folder, uploads land in the same folder, every schema field has an editor field', async () => {
		const { cmsConfig } = await import('../../src/cms/config.ts');
		const config = cmsConfig({
			regioMap: 'content/regio',
			regioNaam: 'Regio',
			repo: 'a/b',
			branch: 'main',
			hoofdstukken: [],
			delen: [],
		});
		const metingen = config.collections.find((c) => c.name === 'metingen') as unknown as {
			folder: string;
			media_folder: string;
			format: string;
			extension: string;
			fields: { name: string; fields?: { name: string }[] }[];
		};
		expect(metingen).toMatchObject({
			folder: 'content/regio/metingen',
			media_folder: '/content/regio/metingen',
			format: 'json',
			extension: 'json',
		});
		const sleutels = Object.keys(metingSchema.shape).filter((k) => k !== 'voorbeeld');
		expect(metingen.fields.map((f) => f.name).sort()).toEqual(sleutels.sort());
		expect(metingen.fields.find((f) => f.name === 'acts')!.fields!.map((f) => f.name)).toEqual([
			...BALANCEERACT_IDS,
		]);
		// What the form writes (hidden defaults, numbers, lists of seven) is a valid measurement.
		const geschreven = {
			formaat: 'regiowerkboek-meting',
			versie: 1,
			datum: '2026-11-03',
			label: 'Sessie 1',
			deelnemers: { ggd: 2 },
			acts: { 'focus-breedte': { nu: [0, 1, 1, 0, 0, 0, 0], straks: [0, 0, 0, 0, 2, 0, 0] } },
		};
		expect(metingSchema.safeParse(geschreven).success).toBe(true);
	});
});

describe('group differences without a difference', () => {
	test('groups that agree are not listed as differing', () => {
		const m = (groep: BalansmeterBestand['groep']): BalansmeterBestand => ({
			formaat: 'regiowerkboek-balansmeter',
			versie: 3,
			groep,
			acts: { 'focus-breedte': { nu: 4, straks: 4 } },
		});
		const [focus] = groepsverschillen(
			groepsbeeld([
				{ naam: 'a', meter: m('ggd') },
				{ naam: 'b', meter: m('welzijn') },
			])
		);
		expect(focus!.grootste).toBeUndefined();
	});
});
