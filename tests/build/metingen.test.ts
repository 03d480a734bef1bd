import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bouw, fixture, ROOT, type Uitvoer } from '../helpers.ts';

// The balance over time: a region with three measurement files gets a trend page (also in the
// printed workbook); a measurement with a name in it stops the build with a Dutch message.
const tmp = mkdtempSync(join(tmpdir(), 'werkboek-metingen-'));
const tekst = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a region with three measurements', () => {
	const outDir = join(tmp, 'goed');
	let build: Uitvoer;
	beforeAll(async () => {
		build = await bouw(outDir, { WERKBOEK_REGIO: fixture('regio-metingen') });
	});

	test('builds', () => {
		expect(build.code, build.stdout + build.stderr).toBe(0);
	});

	test('the trend page lists the measurements by date with their participants, and per act the averages and spread', () => {
		const pagina = tekst(readFileSync(join(outDir, 'balans-door-de-tijd', 'index.html'), 'utf8'));
		expect(pagina).not.toContain('Voorbeeld (verzonnen)');
		expect(pagina).not.toContain('nog geen metingen');
		const plek = ['Najaar 2024 1 oktober', 'Voorjaar 2025 1 april', 'Najaar 2025 1 oktober'].map(
			(t) => pagina.indexOf(t)
		);
		expect(plek[0]).toBeGreaterThan(0);
		expect(plek).toEqual([...plek].sort((a, b) => a - b));
		expect(pagina).toMatch(/Najaar 2024 1 oktober 2024 4 \(Gemeente: 3; Zonder groep: 1\)/);
		expect(pagina).toMatch(/Voorjaar 2025 1 april 2025 4 \(Gemeente: 2; GGD: 2\)/);
		expect(pagina).toMatch(/Najaar 2025 1 oktober 2025 3 \(Zorgaanbieder: 3\)/);
		const focus = pagina.slice(pagina.indexOf('Focus en breedte per meting'));
		expect(focus).toMatch(
			/Najaar 2024 6 \(5 tot 7\) 3 \(2 tot 4\) Voorjaar 2025 4,5 \(4 tot 5\) 2,5 \(2 tot 3\) Najaar 2025 3 \(3 tot 3\) 3 \(3 tot 3\)/
		);
		const ruimte = pagina.slice(pagina.indexOf('Ruimte en kaders per meting'));
		expect(ruimte).toMatch(/Najaar 2024 1 \(1 tot 1\) – Voorjaar 2025 – –/);
		// The chart's accessible name carries the same numbers.
		const html = readFileSync(join(outDir, 'balans-door-de-tijd', 'index.html'), 'utf8');
		expect(html).toContain(
			'Focus en breedte door de tijd, op een schaal van 1 (Focus) tot 7 (Breedte). Najaar 2024: gemiddeld nu 6, naartoe 3. Voorjaar 2025: gemiddeld nu 4,5, naartoe 2,5'
		);
	});

	test('the page is in the printed workbook, and the Balansmeter and the chapter on staying in balance link to it', () => {
		expect(tekst(readFileSync(join(outDir, 'print', 'werkboek', 'index.html'), 'utf8'))).toContain(
			'Voorjaar 2025 4,5 (4 tot 5)'
		);
		expect(readFileSync(join(outDir, 'balansmeter', 'index.html'), 'utf8')).toContain(
			'href="/balans-door-de-tijd/"'
		);
		expect(readFileSync(join(outDir, 'blijven-balanceren', 'index.html'), 'utf8')).toContain(
			'href="/balans-door-de-tijd/"'
		);
	});
});

describe('a region without measurements', () => {
	test('the demo region is not used here: a region without the folder gets a page that says how to make the first measurement', async () => {
		const outDir = join(tmp, 'leeg');
		const build = await bouw(outDir, { WERKBOEK_REGIO: fixture('regio-minimaal') });
		expect(build.code, build.stdout + build.stderr).toBe(0);
		const pagina = tekst(readFileSync(join(outDir, 'balans-door-de-tijd', 'index.html'), 'utf8'));
		expect(pagina).toContain('Er zijn voor deze regio nog geen metingen');
		expect(pagina).toContain('Bewaar groepsbeeld');
	});
});

describe('a measurement that is not anonymous', () => {
	test('stops the build with a Dutch message naming the file and the field', async () => {
		const regioMap = join(ROOT, 'tests', 'fixtures', '.gegenereerd', 'regio-metingen-naam');
		rmSync(regioMap, { recursive: true, force: true });
		cpSync(fixture('regio-metingen'), regioMap, { recursive: true });
		const bestand = join(regioMap, 'metingen', 'b-voorjaar.json');
		writeFileSync(
			bestand,
			JSON.stringify({ ...JSON.parse(readFileSync(bestand, 'utf8')), naam: 'Petra de Vries' })
		);
		const build = await bouw(join(tmp, 'naam'), { WERKBOEK_REGIO: regioMap });
		expect(build.code).not.toBe(0);
		const uitvoer = build.stdout + build.stderr;
		expect(uitvoer).toContain('metingen/b-voorjaar.json · naam');
		expect(uitvoer).toContain('Een meting moet anoniem blijven');
		rmSync(regioMap, { recursive: true, force: true });
	});
});
