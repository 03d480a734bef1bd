import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { controleer } from '../../src/check/check.ts';
import {
	leegFormulier,
	leegNetwerk,
	leegePartner,
	maakId,
	naarInvoer,
	VELD_VOLGORDE,
	voorKaart,
} from '../../src/regio/invulhulp.ts';
import { valideer } from '../../src/regio/invulhulp-validatie.ts';
import { leesRegioYaml, regelVan, schrijfRegioYaml } from '../../src/regio/invulhulp-yaml.ts';
import { PARTNER_SOORTEN, regioSchema } from '../../src/schemas/regio.ts';
import { controleerAccent, voorstelAccent } from '../../src/utils/color.ts';
import { kaartSvg } from '../../src/utils/netwerkkaart.ts';
import { check, ROOT } from '../helpers.ts';

// The region wizard's model, without a browser: the form, the schema's messages, regio.yaml in and out.
const STARTER = readFileSync(join(ROOT, 'templates', 'regio', 'regio.yaml'), 'utf8');

function klein() {
	const f = leegFormulier();
	f.naam = 'Regio Kustland';
	f.accent = '#7fb2e5';
	f.partners = [
		{ ...leegePartner(), id: 'gemeente-kustdorp', naam: 'Gemeente Kustdorp', soort: 'gemeente' },
		{ ...leegePartner(), id: 'ggd-kustland', naam: 'GGD Kustland', soort: 'ggd' },
	];
	f.netwerken = [
		{
			...leegNetwerk(),
			naam: 'Gezond Kustland',
			soort: 'multidisciplinair',
			doelgroep: 'Alle inwoners',
			schaal: 'regio',
			kader: 'GALA',
			partners: ['gemeente-kustdorp', 'ggd-kustland'],
		},
	];
	return f;
}

describe('region wizard model', () => {
	test('an empty form names the one required field with the build message', () => {
		const uitslag = valideer(leegFormulier());
		expect(uitslag.ok).toBe(false);
		expect(uitslag.fouten).toEqual([{ pad: 'naam', bericht: 'Vul de naam van de regio in.' }]);
	});

	test('a too light accent gets the build message with the darker proposal', () => {
		const uitslag = valideer(klein());
		expect(uitslag.fouten).toEqual([
			{ pad: 'kleuren.accent', bericht: controleerAccent('#7fb2e5') },
		]);
		expect(uitslag.fouten[0]!.bericht).toContain(`"${voorstelAccent('#7fb2e5')}"`);
		const f = klein();
		f.accent = voorstelAccent('#7fb2e5');
		expect(valideer(f).ok).toBe(true);
	});

	test('field paths of list items, unknown partner ids and empty required fields', () => {
		const f = klein();
		f.accent = '';
		f.netwerken[0]!.partners.push('bestaat-niet');
		expect(valideer(f).fouten.map((fout) => fout.pad)).toEqual(['netwerken.0.partners.2']);
		// The schema checks references only when the fields themselves are right (zod runs refinements last).
		f.partners.push(leegePartner());
		expect(valideer(f).fouten.map((fout) => fout.pad)).toEqual([
			'partners.2.id',
			'partners.2.naam',
			'partners.2.soort',
		]);
	});

	test('the starter region opens, validates and comes back as the same form', () => {
		const geopend = leesRegioYaml(STARTER);
		if (!geopend.ok) throw new Error(geopend.meldingen.join('\n'));
		expect(valideer(geopend.formulier).ok).toBe(true);
		const weer = leesRegioYaml(schrijfRegioYaml(geopend.formulier));
		expect(weer).toEqual(geopend);
		expect(geopend.formulier.partners).toHaveLength(11);
	});

	test('fields the form does not show stay in the file, in schema order', () => {
		const geopend = leesRegioYaml(
			'naam: X\nsjablonen:\n  verbergen: [uitnodiging]\npaginas:\n  - slug: onze-aanpak\nkleuren:\n  accent: "#0b5cad"\n'
		);
		if (!geopend.ok) throw new Error('niet geopend');
		const tekst = schrijfRegioYaml(geopend.formulier);
		expect(Object.keys(naarInvoer(geopend.formulier))).toEqual([
			'naam',
			'kleuren',
			'paginas',
			'sjablonen',
		]);
		expect(tekst).toContain('- uitnodiging');
	});

	test('a broken file gets Dutch messages with the line', () => {
		const geopend = leesRegioYaml('naam: X\npartners:\n  - id: a\n   naam: b\n');
		expect(geopend.ok).toBe(false);
		if (!geopend.ok)
			expect(geopend.meldingen[0]).toMatch(/^regio\.yaml, regel \d: de YAML-opmaak klopt niet: /);
		expect(leesRegioYaml('- een lijst')).toEqual({
			ok: false,
			meldingen: [expect.stringContaining('regel 1: het bestand moet een lijst van velden zijn')],
		});
		expect(regelVan(STARTER, 'partners.1.naam')).toBe(
			STARTER.split('\n').findIndex((r) => r.includes('naam: Gemeente Polderdorp')) + 1
		);
	});

	test("the file's field order is the schema's", () => {
		expect(VELD_VOLGORDE).toEqual(Object.keys(regioSchema.in.shape));
	});

	test('ids from names', () => {
		expect(maakId('Cliëntenraad Den Bosch & Co')).toBe('clientenraad-den-bosch-co');
	});

	test('the preview draws the same map as the build for valid data, and what it can for unfinished data', () => {
		const uitslag = valideer({ ...klein(), accent: '' });
		if (!uitslag.ok) throw new Error('ongeldig');
		expect(kaartSvg(voorKaart({ ...klein(), accent: '' }, PARTNER_SOORTEN))).toBe(
			kaartSvg(uitslag.regio)
		);
		const half = klein();
		half.partners.push({ ...leegePartner(), naam: 'Zonder id' });
		expect(voorKaart(half, PARTNER_SOORTEN).partners).toHaveLength(2);
	});

	test('the written file passes npm run check unchanged, logo next to it', async () => {
		const map = mkdtempSync(join(ROOT, 'tests', '.invulhulp-'));
		try {
			const f = klein();
			f.accent = voorstelAccent('#7fb2e5');
			f.logo = 'logo.svg';
			writeFileSync(join(map, 'regio.yaml'), schrijfRegioYaml(f));
			cpSync(join(ROOT, 'templates', 'regio', 'logo.svg'), join(map, 'logo.svg'));
			mkdirSync(join(map, 'paginas'));
			const { problemen, regio } = controleer(ROOT, map);
			expect(problemen).toEqual([]);
			expect(regio?.regio.naam).toBe('Regio Kustland');
			// And the command itself, as a region author runs it.
			const uit = await check({ WERKBOEK_REGIO: map });
			expect(uit.code, uit.stdout + uit.stderr).toBe(0);
			expect(uit.stdout).toContain('Regio "Regio Kustland"');
		} finally {
			rmSync(map, { recursive: true, force: true });
		}
	}, 120_000);
});
