import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bouw, fixture, ROOT, type Uitvoer } from '../helpers.ts';

// In a large workbook the sidebar is rendered once and copied to every page with the current page
// marked (src/starlight/sidebar.ts). Every page must be byte for byte what Starlight's own sidebar
// gives: built twice, with the cache forced on (WERKBOEK_ZIJBALK_CACHE=1: this region is below the
// limit, where it would be off) and off (=0), under a base path and with a region that adds pages;
// and twice more with the compact sidebar of a large workbook (a small WERKBOEK_ZIJBALK_MAX, which
// switches the cache on by itself), where pages have different sidebars.
const tmp = mkdtempSync(join(tmpdir(), 'werkboek-zijbalk-'));
const pagina = (map: string) =>
	readdirSync(map, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('admin'))
		.map((d) => relative(map, join(d.parentPath, d.name)))
		.sort();
const lees = (map: string, ...pad: string[]) =>
	readFileSync(join(map, ...pad, 'index.html'), 'utf8');
/** The sidebar's part of a page: from its list to the end of its navigation. */
const zijbalkVan = (html: string) =>
	html.slice(
		html.indexOf('<ul class="top-level'),
		html.indexOf('</nav>', html.indexOf('<ul class="top-level'))
	);

describe('the reused sidebar', () => {
	const env = {
		WERKBOEK_REGIO: fixture('regio-groot'),
		WERKBOEK_PDF: '0',
		BASE_PATH: '/werkboek/',
	};
	const mappen = {
		met: join(tmp, 'met'),
		zonder: join(tmp, 'zonder'),
		compactMet: join(tmp, 'compact-met'),
		compactZonder: join(tmp, 'compact-zonder'),
	};
	let builds: Uitvoer[];
	beforeAll(async () => {
		const compact = { WERKBOEK_ZIJBALK_MAX: '20' };
		builds = [
			await bouw(mappen.met, {
				...env,
				WERKBOEK_CACHE: join(tmp, 'cache-met'),
				WERKBOEK_ZIJBALK_CACHE: '1',
			}),
			await bouw(mappen.zonder, {
				...env,
				WERKBOEK_CACHE: join(tmp, 'cache-zonder'),
				WERKBOEK_ZIJBALK_CACHE: '0',
			}),
			await bouw(mappen.compactMet, {
				...env,
				...compact,
				WERKBOEK_CACHE: join(tmp, 'cache-compact-met'),
			}),
			await bouw(mappen.compactZonder, {
				...env,
				...compact,
				WERKBOEK_CACHE: join(tmp, 'cache-compact-zonder'),
				WERKBOEK_ZIJBALK_CACHE: '0',
			}),
		];
	});

	test.each([
		['the whole sidebar', 'met', 'zonder'],
		['the compact sidebar', 'compactMet', 'compactZonder'],
	] as const)('%s: every page has exactly the HTML of Starlight’s own sidebar', (_, a, b) => {
		for (const build of builds) expect(build.code, build.stdout + build.stderr).toBe(0);
		const paginas = pagina(mappen[b]);
		expect(pagina(mappen[a])).toEqual(paginas);
		expect(paginas.length).toBeGreaterThan(60);
		const anders = paginas.filter(
			(p) => !readFileSync(join(mappen[a], p)).equals(readFileSync(join(mappen[b], p)))
		);
		expect(anders).toEqual([]);
		// The check is not empty: a page marks its own link as current.
		expect(lees(mappen[a], 'welkom')).toContain('<a href="/werkboek/welkom/" aria-current="page"');
	});

	test('a large workbook: a page lists its own group, and every other large group as one link', () => {
		// On a chapter page the working methods (a large group) are one link, to the first of them.
		const hoofdstuk = zijbalkVan(lees(mappen.compactMet, 'welkom'));
		const heel = zijbalkVan(lees(mappen.met, 'welkom'));
		// The whole sidebar lists every working method (and, in two groups, the page to search them).
		const werkvormen = readdirSync(join(ROOT, 'content', 'werkvormen')).filter((f) =>
			/\.mdx?$/.test(f)
		);
		expect(heel.match(/href="\/werkboek\/werkvormen\//g)).toHaveLength(werkvormen.length + 2);
		expect(hoofdstuk.match(/href="\/werkboek\/werkvormen\//g)).toHaveLength(2);
		expect(hoofdstuk).toMatch(
			/<a href="\/werkboek\/werkvormen\/[^"]*"[^>]*>\s*<span[^>]*>Werkvormen<\/span>/
		);
		expect(hoofdstuk.length).toBeLessThan(heel.length * 0.8);
		// The chapter's own part and the small groups stay whole.
		expect(hoofdstuk).toContain('href="/werkboek/waarom-stilstaan/"');
		expect(hoofdstuk).toContain('href="/werkboek/sessieplanner/"');
		// On a working method's page its group is whole, and the parts of the workbook are whole too (small).
		const werkvorm = zijbalkVan(lees(mappen.compactMet, 'werkvormen', 'fishbowl'));
		expect(werkvorm.match(/href="\/werkboek\/werkvormen\//g)!.length).toBeGreaterThan(10);
		expect(werkvorm).toContain('<a href="/werkboek/werkvormen/fishbowl/" aria-current="page"');
		// Previous and next still follow the whole workbook.
		const paginering = (html: string) =>
			html.slice(
				html.indexOf('class="pagination-links'),
				html.indexOf('</div>', html.indexOf('class="pagination-links'))
			);
		expect(paginering(lees(mappen.compactMet, 'welkom'))).toBe(
			paginering(lees(mappen.met, 'welkom'))
		);
	});
});
