import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hoofdstukSlugs } from '../../src/plan/paths.ts';
import { loadRegio, findRegio } from '../../src/regio/load.ts';
import { REGIO_TEKSTVELDEN, regioWaarde } from '../../src/regio/fields.ts';
import { regioSchema } from '../../src/schemas/regio.ts';
import { WerkboekError } from '../../src/utils/errors.ts';
import { fixture, ROOT } from '../helpers.ts';

const hoofdstukken = hoofdstukSlugs(ROOT);
// A fixed chapter list keeps the snapshotted messages stable while chapters are added.
const laadFixture = (naam: string) =>
	loadRegio(ROOT, findRegio(ROOT, fixture(naam)), {
		hoofdstukken: ['welkom', 'waarom-stilstaan', 'begrippenlijst'],
	});

describe('region folder resolution', () => {
	test('uses the starter region when content/regio/ is absent, and says so', () => {
		const bron = findRegio(ROOT);
		expect(bron.isStarter).toBe(true);
		expect(bron.map).toBe(join(ROOT, 'templates', 'regio'));
		expect(bron.reden).toContain('voorbeeldregio');
	});

	test('WERKBOEK_REGIO picks another folder', () => {
		const bron = findRegio(ROOT, 'tests/fixtures/regio-minimaal');
		expect(bron.map).toBe(fixture('regio-minimaal'));
		expect(bron.isStarter).toBe(false);
	});
});

describe('starter region', () => {
	const { regio, logoPad } = loadRegio(ROOT, findRegio(ROOT), { hoofdstukken });

	test('is realistic: about 10 partners, 5 networks, 3 tasks, a logo', () => {
		expect(regio.partners.length).toBeGreaterThanOrEqual(10);
		expect(regio.netwerken).toHaveLength(5);
		expect(regio.opgaven).toHaveLength(3);
		expect(logoPad).toMatch(/logo\.svg$/);
	});

	test('every text field chapters may reference exists in the schema', () => {
		const volledig = regioSchema.parse({
			naam: 'Regio Test',
			korteNaam: 'Test',
			website: 'https://www.test.nl',
			contact: { naam: 'Bureau', email: 'a@test.nl', telefoon: '010' },
		});
		for (const veld of REGIO_TEKSTVELDEN) expect(regioWaarde(volledig, veld), veld).not.toBe('');
	});
});

describe('region data contract', () => {
	test('a minimal region needs only a name; korteNaam defaults to it', () => {
		const regio = regioSchema.parse({ naam: 'Regio Minimaal' });
		expect(regio.korteNaam).toBe('Regio Minimaal');
		expect(regio.partners).toEqual([]);
		expect(regio.hoofdstukken.verbergen).toEqual([]);
	});

	test('unknown fields are refused rather than silently ignored', () => {
		expect(regioSchema.safeParse({ naam: 'X', kleur: 'rood' }).success).toBe(false);
	});
});

describe('broken regions fail with a Dutch message naming file, field and line', () => {
	const kapot = readdirSync(fixture('kapot')).sort();

	test.each(kapot)('%s', (naam) => {
		let fout: unknown;
		try {
			laadFixture(`kapot/${naam}`);
		} catch (e) {
			fout = e;
		}
		expect(fout).toBeInstanceOf(WerkboekError);
		const bericht = (fout as WerkboekError).volledig.replaceAll(ROOT, '<root>/');
		expect(bericht).toContain(`tests/fixtures/kapot/${naam}/regio.yaml`);
		expect(bericht).toContain('Wat nu:');
		expect((fout as WerkboekError).problemen.every((p) => p.regel !== undefined)).toBe(true);
		// Wording of every message is reviewed like code.
		expect(bericht).toMatchSnapshot();
	});

	test('all problems are reported in one run', () => {
		try {
			laadFixture('kapot/veel-fouten');
			expect.unreachable();
		} catch (e) {
			const velden = (e as WerkboekError).problemen.map((p) => p.veld);
			expect(velden).toEqual(
				expect.arrayContaining([
					'naam',
					'website',
					'kleuren.accent',
					'kleur',
					'partners.0.id',
					'partners.0.soort',
					'logo',
				])
			);
		}
	});
});
