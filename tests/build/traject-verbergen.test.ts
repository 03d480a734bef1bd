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
import { beforeAll, describe, expect, test } from 'vitest';
import { bouw, fixture, ROOT, type Uitvoer } from '../helpers.ts';

// A region hides steps of the trajectory the way it hides chapters (hoofdstukken.verbergen).
const tmp = mkdtempSync(join(tmpdir(), 'werkboek-traject-'));
const lees = (map: string, pagina: string) => readFileSync(join(map, pagina, 'index.html'), 'utf8');

/** Texts Pagefind indexed (its fragments are gzip-compressed JSON). */
function zoekIndex(map: string): string {
	const fragmenten = join(map, 'pagefind', 'fragment');
	return readdirSync(fragmenten)
		.map((f) => gunzipSync(readFileSync(join(fragmenten, f))).toString('utf8'))
		.join('\n');
}

describe('a region that hides steps of the trajectory', () => {
	const verborgen = ['traject/overzicht', 'traject/check-na-drie-maanden'];
	const regioMap = join(ROOT, 'tests', 'fixtures', '.gegenereerd', 'regio-verbergt-stap');
	const outDir = join(tmp, 'verbergt-stap');
	let build: Uitvoer;

	beforeAll(async () => {
		rmSync(regioMap, { recursive: true, force: true });
		cpSync(fixture('regio-verbergt-stap'), regioMap, { recursive: true });
		// Pages that link to a hidden step are replaced by copies without those links, as a region would.
		const link = new RegExp(`\\[([^\\]]+)\\]\\(/(?:${verborgen.join('|')})/[^)]*\\)`, 'g');
		for (const map of ['content/hoofdstukken', 'content/werkvormen']) {
			for (const d of readdirSync(join(ROOT, map), { recursive: true, withFileTypes: true })) {
				if (!d.isFile()) continue;
				const pad = join(d.parentPath, d.name);
				const tekst = readFileSync(pad, 'utf8');
				if (!verborgen.some((slug) => tekst.includes(`](/${slug}/`))) continue;
				if (verborgen.some((slug) => pad.endsWith(`${slug}.mdx`))) continue;
				const slug =
					map === 'content/werkvormen'
						? join('werkvormen', relative(join(ROOT, map), pad))
						: relative(join(ROOT, map), pad);
				const doel = join(regioMap, 'paginas', slug);
				mkdirSync(dirname(doel), { recursive: true });
				writeFileSync(doel, tekst.replace(link, '$1'));
			}
		}
		build = await bouw(outDir, { WERKBOEK_REGIO: regioMap });
	});

	test('builds', () => {
		expect(build.code, build.stdout + build.stderr).toBe(0);
	});

	test('the hidden steps are gone from the site, the sidebar, the overview list and the search index', () => {
		for (const slug of verborgen) {
			expect(existsSync(join(outDir, slug))).toBe(false);
			expect(lees(outDir, 'traject/intake')).not.toContain(`href="/${slug}/"`);
			expect(zoekIndex(outDir)).not.toContain(`/${slug}/`);
		}
		expect(zoekIndex(outDir)).toContain('/traject/sessie-1/');
		// The steps that are left keep their order in the sidebar.
		const html = lees(outDir, 'traject/intake');
		expect(html.indexOf('href="/traject/sessie-2/"')).toBeLessThan(
			html.indexOf('href="/traject/terugkoppeling/"')
		);
		expect(html.indexOf('href="/traject/terugkoppeling/"')).toBeLessThan(
			html.indexOf('href="/traject/jaarritme/"')
		);
	});

	test('/traject/ lists the steps that are left, starting with the first', () => {
		const html = lees(outDir, 'traject');
		const lijst = html.slice(html.indexOf('class="traject-stappen'));
		const eerste = lijst.match(/href="([^"]+)"/)?.[1];
		expect(eerste).toBe('/traject/aanleiding-en-opdracht/');
		for (const slug of verborgen) expect(lijst).not.toContain(`href="/${slug}/"`);
	});
});

describe('a link to a hidden step', () => {
	test('fails the build with a Dutch message naming the file and line', async () => {
		const outDir = join(tmp, 'verbergt-stap-kapot');
		const build = await bouw(outDir, { WERKBOEK_REGIO: fixture('regio-verbergt-stap-met-links') });
		expect(build.code).not.toBe(0);
		const uitvoer = build.stdout + build.stderr;
		// Whichever linking page the build reaches first (a step, or a working method that links the calendar).
		expect(uitvoer).toMatch(/content\/[a-z0-9/-]+\.mdx?:\d+/);
		expect(uitvoer).toContain('maar jullie regio verbergt het hoofdstuk "traject/jaarritme"');
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
	});
});
