import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hoofdstukSlugs, loadWerkboek, markdownSlugs } from '../../src/plan/paths.ts';
import { createBuildPlan, type BuildPlan, type SidebarItem } from '../../src/plan/plan.ts';
import { loadRegio, findRegio } from '../../src/regio/load.ts';
import { fixture, ROOT } from '../helpers.ts';

// The build plan (createBuildPlan) over the fixture regions, without a build: which files the content
// loader reads, which upstream pages a region hides or replaces, and the sidebar.

const werkboek = loadWerkboek(ROOT);

function plan(naam?: string): BuildPlan {
	const geladen = loadRegio(ROOT, findRegio(ROOT, naam ? fixture(naam) : undefined), {
		hoofdstukken: hoofdstukSlugs(ROOT),
		delen: werkboek.delen,
	});
	return createBuildPlan(ROOT, werkboek, geladen);
}

type Groep = { label: string; items: SidebarItem[]; collapsed?: boolean };
const groepen = (p: BuildPlan) => p.sidebar.filter((item): item is Groep => 'items' in item);
const groep = (p: BuildPlan, label: string) => groepen(p).find((g) => g.label === label);
const slugs = (g: Groep | undefined) =>
	(g?.items ?? []).flatMap((item) => ('slug' in item ? [item.slug] : []));
const links = (g: Groep | undefined) =>
	(g?.items ?? []).flatMap((item) => ('link' in item ? [item.link] : []));

/** The upstream file of a chapter slug, relative to the root. */
const hoofdstukBestand = (slug: string) =>
	['mdx', 'md']
		.map((ext) => `content/hoofdstukken/${slug}.${ext}`)
		.find((pad) => existsSync(join(ROOT, pad)));

describe('the build plan of the starter region (templates/regio/)', () => {
	const starter = plan();

	test('reads the home page, every chapter, every working method and the region pages, and hides nothing', () => {
		expect(starter.patronen).toEqual([
			'content/{index,404}.{md,mdx}',
			'content/hoofdstukken/**/*.{md,mdx}',
			'content/werkvormen/**/*.{md,mdx}',
			'templates/regio/paginas/**/*.{md,mdx}',
		]);
		expect(starter.regioPaginas).toBe('templates/regio/paginas');
		expect(starter.verborgen).toEqual([]);
		expect(starter.vervangen).toEqual([]);
	});

	test('its own pages are new, in a group "Over <korteNaam>" right after the first part', () => {
		expect(starter.nieuw).toEqual(markdownSlugs(join(ROOT, 'templates/regio/paginas')));
		expect(starter.nieuw.length).toBeGreaterThan(0);
		const tweede = starter.sidebar[1] as Groep;
		expect(tweede.label).toMatch(/^Over /);
		expect(slugs(tweede)).toEqual(starter.nieuw);
	});

	test('every part of werkboek.yaml is in the sidebar, with its chapters in order', () => {
		for (const deel of werkboek.delen) {
			expect(slugs(groep(starter, deel.label)), deel.label).toEqual(
				deel.hoofdstukken.filter((slug) => hoofdstukBestand(slug))
			);
		}
	});

	test('the templates follow the trajectory, then the working methods (collapsed, finder first, sorted) and the tools last', () => {
		const labels = starter.sidebar.map((item) => ('label' in item ? item.label : ''));
		const traject = groepen(starter).findIndex((g) =>
			slugs(g).some((slug) => slug.startsWith('traject/'))
		);
		expect(traject).toBeGreaterThan(-1);
		expect(labels[traject + 1]).toBe('Sjablonen');
		expect(links(groep(starter, 'Sjablonen'))[0]).toBe('/sjablonen/');
		expect(labels.slice(-2)).toEqual(['Werkvormen', 'Hulpmiddelen']);
		const werkvormen = groep(starter, 'Werkvormen')!;
		expect(werkvormen.collapsed).toBe(true);
		expect(links(werkvormen)).toEqual(['/werkvormen/']);
		const verwacht = markdownSlugs(join(ROOT, 'content/werkvormen'))
			.sort((a, b) => a.localeCompare(b, 'nl'))
			.map((slug) => `werkvormen/${slug}`);
		expect(slugs(werkvormen)).toEqual(verwacht);
	});
});

describe('a region that replaces a chapter and adds a page (regio-compleet)', () => {
	const compleet = plan('regio-compleet');

	test('the replaced upstream file is left out of the content, the region page is read instead', () => {
		expect(compleet.vervangen).toEqual(['welkom']);
		expect(compleet.nieuw).toEqual(['onze-aanpak']);
		expect(compleet.regioPaginas).toBe('tests/fixtures/regio-compleet/paginas');
		expect(compleet.patronen).toContain('tests/fixtures/regio-compleet/paginas/**/*.{md,mdx}');
		expect(compleet.patronen).toContain(`!${hoofdstukBestand('welkom')}`);
		expect(compleet.patronen.filter((p) => p.startsWith('!'))).toHaveLength(1);
	});

	test("the replacing page keeps the chapter's place; the new page gets the region's own group", () => {
		const eerste = werkboek.delen[0]!;
		expect(slugs(groep(compleet, eerste.label))).toContain('welkom');
		expect(groep(compleet, 'Over Zee & Land')).toEqual({
			label: 'Over Zee & Land',
			items: [{ slug: 'onze-aanpak' }],
		});
		expect(compleet.sidebar[1]).toBe(groep(compleet, 'Over Zee & Land'));
	});
});

describe('a region that hides a chapter and a template and places its page (regio-verbergt)', () => {
	const verbergt = plan('regio-verbergt');

	test('the hidden chapter is neither read nor listed', () => {
		expect(verbergt.verborgen).toEqual(['data-als-kompas']);
		expect(verbergt.patronen).toContain(`!${hoofdstukBestand('data-als-kompas')}`);
		for (const g of groepen(verbergt)) expect(slugs(g)).not.toContain('data-als-kompas');
	});

	test('the new page sits where regio.yaml says: in "Verdieping", right after netwerken-en-partners', () => {
		const verdieping = slugs(groep(verbergt, 'Verdieping'));
		expect(verdieping[verdieping.indexOf('netwerken-en-partners') + 1]).toBe('onze-data');
		expect(groepen(verbergt).some((g) => g.label.startsWith('Over '))).toBe(false);
	});

	test('the hidden template is not in the templates group', () => {
		const sjablonen = links(groep(verbergt, 'Sjablonen'));
		expect(sjablonen).not.toContain('/sjablonen/evaluatie-na-drie-maanden/');
		expect(links(groep(plan(), 'Sjablonen'))).toContain('/sjablonen/evaluatie-na-drie-maanden/');
	});
});

describe('a region that hides steps of the trajectory (regio-verbergt-stap)', () => {
	test('the steps are left out of the content and of the trajectory part', () => {
		const stap = plan('regio-verbergt-stap');
		expect(stap.verborgen).toEqual(['traject/overzicht', 'traject/check-na-drie-maanden']);
		expect(stap.patronen).toEqual(
			expect.arrayContaining(
				[
					'!content/hoofdstukken/traject/overzicht.mdx',
					'!content/hoofdstukken/traject/check-na-drie-maanden.mdx',
				].filter((p) => existsSync(join(ROOT, p.slice(1))))
			)
		);
		const traject = groepen(stap).find((g) =>
			slugs(g).some((slug) => slug.startsWith('traject/'))
		)!;
		expect(slugs(traject)).not.toContain('traject/overzicht');
		expect(slugs(traject)).not.toContain('traject/check-na-drie-maanden');
	});
});

describe('a minimal region (regio-minimaal)', () => {
	test('without a folder of its own pages the plan has none, and nothing is hidden', () => {
		const minimaal = plan('regio-minimaal');
		expect(minimaal.regioPaginas).toBe('tests/fixtures/regio-minimaal/paginas');
		expect(minimaal.nieuw).toEqual([]);
		expect(minimaal.vervangen).toEqual([]);
		expect(minimaal.patronen.some((p) => p.startsWith('!'))).toBe(false);
	});
});

describe('the structure decides, not the folder', () => {
	test('a chapter listed without a file is left out (the check reports it); an empty part disappears', () => {
		const geladen = loadRegio(ROOT, findRegio(ROOT, fixture('regio-minimaal')));
		const eigen = createBuildPlan(
			ROOT,
			{
				delen: [
					{ label: 'Begin', hoofdstukken: ['bestaat-niet', 'welkom'] },
					{ label: 'Leeg', hoofdstukken: ['ook-niet'] },
				],
			},
			geladen
		);
		expect(groep(eigen, 'Begin')).toEqual({ label: 'Begin', items: [{ slug: 'welkom' }] });
		expect(groep(eigen, 'Leeg')).toBeUndefined();
	});
});
