import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bouw, fixture, type Uitvoer } from '../helpers.ts';

// The link check is part of the build (src/postprocess/links.ts): a region page with a broken link
// stops it. It checks after Astro has written the pages; the workbook integration then removes the
// output, so nothing half-built can be published.
describe('a broken link stops the build', () => {
	const map = mkdtempSync(join(tmpdir(), 'werkboek-links-'));
	const outDir = join(map, 'dist');
	let build: Uitvoer;
	beforeAll(async () => {
		build = await bouw(outDir, {
			WERKBOEK_REGIO: fixture('regio-kapotte-link'),
			WERKBOEK_CACHE: join(map, 'cache'),
		});
	});

	test('astro build exits non-zero', () => {
		expect(build.code, build.stdout + build.stderr).not.toBe(0);
	});

	test('nothing is published', () => {
		expect(existsSync(outDir)).toBe(false);
	});

	test('the report names the page and each broken link, and not the good one', () => {
		const uitvoer = build.stdout + build.stderr;
		expect(uitvoer).toContain('/verwijzingen/');
		expect(uitvoer).toContain('/bestaat-niet/');
		expect(uitvoer).toContain('/welkom/#geen-kopje');
		expect(uitvoer).not.toMatch(/─ \/welkom\/[\s:(]/m);
		// The source file and the line of the broken links, and what to do.
		expect(uitvoer).toContain('regio-kapotte-link/paginas/verwijzingen.md)');
		expect(uitvoer).toMatch(
			/─ \/bestaat-niet\/ \(regel 8\): deze pagina of dit bestand bestaat niet/
		);
		expect(uitvoer).toMatch(
			/─ \/welkom\/#geen-kopje \(regel 8\): de pagina bestaat, maar heeft geen kopje/
		);
		expect(uitvoer).toContain('Wat nu:');
	});
});
