import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bouw, fixture, type Uitvoer } from '../helpers.ts';

// The sidebar is rendered once and copied to every page with the current page marked
// (src/components/starlight/zijbalk.ts). Every page must be byte for byte what Starlight's own
// sidebar gives: built twice, with and without the cache (WERKBOEK_ZIJBALK_CACHE=0), under a base
// path and with a region that adds pages.
const tmp = mkdtempSync(join(tmpdir(), 'werkboek-zijbalk-'));
const pagina = (map: string) =>
	readdirSync(map, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('admin'))
		.map((d) => relative(map, join(d.parentPath, d.name)))
		.sort();

describe('the reused sidebar', () => {
	const met = join(tmp, 'met');
	const zonder = join(tmp, 'zonder');
	let builds: Uitvoer[];
	beforeAll(async () => {
		const env = { WERKBOEK_REGIO: fixture('regio-groot'), WERKBOEK_PDF: '0', BASE_PATH: '/werkboek/' };
		builds = [
			await bouw(met, { ...env, WERKBOEK_CACHE: join(tmp, 'cache-met') }),
			await bouw(zonder, { ...env, WERKBOEK_CACHE: join(tmp, 'cache-zonder'), WERKBOEK_ZIJBALK_CACHE: '0' }),
		];
	});

	test('gives every page exactly the HTML of Starlight’s own sidebar', () => {
		for (const build of builds) expect(build.code, build.stdout + build.stderr).toBe(0);
		const paginas = pagina(zonder);
		expect(pagina(met)).toEqual(paginas);
		expect(paginas.length).toBeGreaterThan(60);
		const anders = paginas.filter((p) => !readFileSync(join(met, p)).equals(readFileSync(join(zonder, p))));
		expect(anders).toEqual([]);
		// The check is not empty: a page marks its own link as current.
		expect(readFileSync(join(met, 'welkom', 'index.html'), 'utf8')).toContain('<a href="/werkboek/welkom/" aria-current="page"');
	});
});
