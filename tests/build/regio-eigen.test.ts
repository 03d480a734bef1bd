import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { bouw, fixture, ROOT, type Uitvoer } from '../helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'werkboek-regio-'));
const lees = (map: string, pagina: string) => readFileSync(join(map, pagina, 'index.html'), 'utf8');
const htmlBestanden = (map: string): string[] =>
	readdirSync(map, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => join(d.parentPath, d.name));

/** Texts Pagefind indexed (its fragments are gzip-compressed JSON with a signature). */
function zoekIndex(map: string): string {
	const fragmenten = join(map, 'pagefind', 'fragment');
	return readdirSync(fragmenten)
		.map((f) => gunzipSync(readFileSync(join(fragmenten, f))).toString('utf8'))
		.join('\n');
}

describe('a region that hides a chapter', () => {
	// The region folder must be inside the project; generated copies go to an ignored folder.
	const regioMap = join(ROOT, 'tests', 'fixtures', '.gegenereerd', 'regio-verbergt');
	const outDir = join(tmp, 'verbergt');
	let build: Uitvoer;

	beforeAll(async () => {
		rmSync(regioMap, { recursive: true, force: true });
		cpSync(fixture('regio-verbergt'), regioMap, { recursive: true });
		// Replace every upstream page that links to the hidden chapter with a copy without those links,
		// the way the chapter for regions tells a region to do it.
		for (const map of ['content/hoofdstukken', 'content/werkvormen']) {
			for (const d of readdirSync(join(ROOT, map), { recursive: true, withFileTypes: true })) {
				if (!d.isFile()) continue;
				const pad = join(d.parentPath, d.name);
				const tekst = readFileSync(pad, 'utf8');
				if (!tekst.includes('](/data-als-kompas/')) continue;
				const slug = relative(join(ROOT, 'content', 'hoofdstukken'), pad).startsWith('..')
					? join('werkvormen', relative(join(ROOT, map), pad))
					: relative(join(ROOT, map), pad);
				const doel = join(regioMap, 'paginas', slug);
				mkdirSync(dirname(doel), { recursive: true });
				writeFileSync(doel, tekst.replace(/\[([^\]]+)\]\(\/data-als-kompas\/[^)]*\)/g, '$1'));
			}
		}
		build = await bouw(outDir, { WERKBOEK_REGIO: regioMap });
	});

	test('builds', () => {
		expect(build.code, build.stdout + build.stderr).toBe(0);
	});

	test('the chapter is gone from the site, the sidebar and the search index', () => {
		expect(existsSync(join(outDir, 'data-als-kompas'))).toBe(false);
		for (const bestand of htmlBestanden(outDir))
			expect(readFileSync(bestand, 'utf8'), bestand).not.toContain('href="/data-als-kompas/');
		expect(zoekIndex(outDir)).not.toContain('/data-als-kompas/');
		expect(zoekIndex(outDir)).toContain('/waarom-stilstaan/');
	});

	test('a hidden template is gone: no page, no print route, not in the sidebar or the overview', () => {
		expect(existsSync(join(outDir, 'sjablonen', 'evaluatie-na-drie-maanden'))).toBe(false);
		expect(existsSync(join(outDir, 'print', 'sjablonen', 'evaluatie-na-drie-maanden'))).toBe(false);
		expect(existsSync(join(outDir, 'sjablonen', 'uitnodiging', 'index.html'))).toBe(true);
		for (const bestand of htmlBestanden(outDir))
			expect(readFileSync(bestand, 'utf8'), bestand).not.toContain(
				'sjablonen/evaluatie-na-drie-maanden'
			);
		expect(lees(outDir, 'sjablonen')).toContain('href="/sjablonen/uitnodiging/"');
	});

	test('a new region page is placed where the region data says', () => {
		const html = lees(outDir, 'welkom');
		const na = html.indexOf('href="/netwerken-en-partners/"');
		const pagina = html.indexOf('href="/onze-data/"');
		const volgende = html.indexOf('href="/blijven-balanceren/"');
		expect(na).toBeGreaterThan(0);
		expect(pagina).toBeGreaterThan(na);
		expect(volgende).toBeGreaterThan(pagina);
		expect(lees(outDir, 'onze-data')).toContain(
			'In Regio Verbergt maken we eigen afspraken over data.'
		);
	});
});

describe('a link to a hidden chapter', () => {
	test('fails the build with a Dutch message naming the file and line', async () => {
		const outDir = join(tmp, 'verbergt-kapot');
		const build = await bouw(outDir, { WERKBOEK_REGIO: fixture('regio-verbergt-met-links') });
		expect(build.code).not.toBe(0);
		const uitvoer = build.stdout + build.stderr;
		expect(uitvoer).toMatch(/content\/(?:hoofdstukken|werkvormen)\/[a-z-]+\.mdx?:\d+/);
		expect(uitvoer).toContain('maar jullie regio verbergt het hoofdstuk "data-als-kompas"');
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
	});
});

describe('a link to a hidden template', () => {
	test('fails the build with a Dutch message naming the file and line', async () => {
		const outDir = join(tmp, 'verbergt-sjabloon');
		const build = await bouw(outDir, { WERKBOEK_REGIO: fixture('regio-verbergt-sjabloon') });
		expect(build.code).not.toBe(0);
		const uitvoer = build.stdout + build.stderr;
		expect(uitvoer).toMatch(
			/tests\/fixtures\/regio-verbergt-sjabloon\/paginas\/onze-aanpak\.mdx:7/
		);
		expect(uitvoer).toContain(
			'maar jullie regio verbergt het sjabloon "uitnodiging" (sjablonen.verbergen in tests/fixtures/regio-verbergt-sjabloon/regio.yaml)'
		);
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
	});
});

describe('published under a base path', () => {
	const outDir = join(tmp, 'basis');
	let build: Uitvoer;
	beforeAll(async () => {
		build = await bouw(outDir, {
			BASE_PATH: '/werkboek/',
			SITE_URL: 'https://regio.example.org',
			WERKBOEK_PDF: '0',
		});
	});

	test('every internal link and asset points inside the base path and exists', () => {
		expect(build.code, build.stdout + build.stderr).toBe(0);
		const kapot: string[] = [];
		for (const bestand of htmlBestanden(outDir)) {
			const html = readFileSync(bestand, 'utf8');
			for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
				if (url!.startsWith('//')) continue;
				const plek = `${relative(outDir, bestand)} → ${url}`;
				if (!url!.startsWith('/werkboek/')) {
					kapot.push(plek);
					continue;
				}
				const doel = join(outDir, decodeURIComponent(url!.slice('/werkboek/'.length)));
				if (!existsSync(doel) && !existsSync(join(doel, 'index.html'))) kapot.push(plek);
			}
		}
		expect(kapot).toEqual([]);
	});
});

describe('the network map', () => {
	const outDir = join(tmp, 'groot');
	let build: Uitvoer;
	beforeAll(async () => {
		build = await bouw(outDir, { WERKBOEK_REGIO: fixture('regio-groot'), WERKBOEK_PDF: '0' });
	});

	test('draws 60 partners and 12 networks, with a table as text alternative', () => {
		expect(build.code, build.stdout + build.stderr).toBe(0);
		const html = lees(outDir, 'netwerkkaart');
		const start = html.indexOf('<svg xmlns');
		const svg = html.slice(start, html.indexOf('</svg>', start));
		expect(svg).toContain('role="img"');
		expect(svg.match(/class="partner/g)).toHaveLength(60);
		expect(svg.match(/class="kolom-nummer[ "]/g)).toHaveLength(12);
		expect(html).toContain('60 partners en 12 netwerken');
		const tabel = html.slice(html.indexOf('<caption>Netwerken in'));
		expect(tabel.match(/<th scope="row">Netwerk \d+<\/th>/g)).toHaveLength(12);
	});

	test('the templates offer all 60 partners, grouped by kind, to address and to sign', () => {
		const html = lees(outDir, 'sjablonen/uitnodiging');
		expect(html.match(/type="checkbox"/g)).toHaveLength(120);
		expect(html).toContain('class="sjabloon-keuze-kop"');
		const eerste = html.match(/<label for="sj-0-0-0">([^<]+)<\/label>/)?.[1];
		expect(eerste).toBeTruthy();
		expect(readFileSync(fixture('regio-groot/regio.yaml'), 'utf8')).toContain(`naam: ${eerste}`);
	});

	test('the demo chapter shows the map of the demo region', () => {
		const html = lees(inject('demoDir'), 'netwerken-en-partners');
		expect(html).toContain(
			'<title id="netwerkkaart-titel">Netwerkkaart van Regio Voorbeeld</title>'
		);
		expect(html).toContain('11 partners en 5 netwerken');
	});
});
