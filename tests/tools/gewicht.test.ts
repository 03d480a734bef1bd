import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';

// How much of the project's own JavaScript each tool page loads (gzip), read from the demo build.
const dir = inject('demoDir');

/** Starlight's and Vite's own chunks, and other features' scripts: not the tools' weight. */
const NIET_VAN_ONS =
	/Search|TableOfContents|starlight-toc|ui-core|preload-helper|^_astro\/page\.|^_astro\/ec\./;

const gz = (bestand: string) => gzipSync(readFileSync(join(dir, bestand)), { level: 9 }).length;

/** A chunk and its static imports; dynamic imports are collected apart (loaded on demand). */
function volg(bestand: string, gezien: Set<string>, later: Set<string>): void {
	if (gezien.has(bestand)) return;
	gezien.add(bestand);
	const code = readFileSync(join(dir, bestand), 'utf8');
	for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g))
		volg(`_astro/${m[1]}`, gezien, later);
	for (const m of code.matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g))
		later.add(`_astro/${m[1]}`);
}

function gewicht(pad: string): { vooraf: number; later: number; bestanden: string[] } {
	const html = readFileSync(join(dir, pad, 'index.html'), 'utf8');
	const gezien = new Set<string>();
	const later = new Set<string>();
	for (const m of html.matchAll(
		/<script[^>]*type="module"[^>]*src="\/(?:[^"]*\/)?(_astro\/[^"]+)"/g
	))
		volg(m[1]!, gezien, later);
	for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
		for (const i of m[1]!.matchAll(/["']\/(?:[^"']*\/)?(_astro\/[^"']+\.js)["']/g))
			volg(i[1]!, gezien, later);
	}
	const eigen = [...gezien].filter((b) => !NIET_VAN_ONS.test(b));
	const laterGezien = new Set(gezien);
	for (const b of later) volg(b, laterGezien, new Set());
	const laterEigen = [...laterGezien].filter((b) => !gezien.has(b) && !NIET_VAN_ONS.test(b));
	const som = (l: string[]) => l.reduce((s, b) => s + gz(b), 0);
	return { vooraf: som(eigen), later: som(laterEigen), bestanden: eigen };
}

describe('weight of the tools', () => {
	test.each([
		// page, budget up front (bytes gzip)
		['werkvormen/ecocyclus/', 6_000],
		['balansmeter/', 8_000],
		['balansmeter/groep/', 16_000],
		['sessieplanner/', 8_000],
		['werkvormen/', 6_000],
		// A template: the worksheet element plus copying; the Word library (docx) only on click.
		['sjablonen/uitnodiging/', 9_000],
		// The region wizard: form, storage, preview and map up front (about 11 KB measured); the
		// validator (zod and the schema, about 27 KB) when there is something to check and the yaml
		// package (about 30 KB) when a file is opened or downloaded, both loaded on demand.
		['regio-maken/', 14_000],
	])('%s stays within its budget', (pad, budget) => {
		const { vooraf, later, bestanden } = gewicht(pad);
		console.info(
			`${pad}: ${vooraf} B gzip vooraf, ${later} B gzip bij gebruik (${bestanden.length} bestanden)`
		);
		expect(bestanden.length, 'the page loads the tool script').toBeGreaterThan(0);
		expect(vooraf).toBeLessThanOrEqual(budget);
	});
});
