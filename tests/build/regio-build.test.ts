import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bouw, check, fixture, type Uitvoer } from '../helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'werkboek-build-'));
const lees = (map: string, pagina: string) => readFileSync(join(map, pagina, 'index.html'), 'utf8');

describe('a broken region stops the build and the check, with every problem in Dutch', () => {
	const outDir = join(tmp, 'kapot');
	let build: Uitvoer;
	beforeAll(async () => {
		build = await bouw(outDir, { WERKBOEK_REGIO: fixture('kapot/veel-fouten') });
	});

	test('astro build exits non-zero and names file, line and field', () => {
		expect(build.code).not.toBe(0);
		const uitvoer = build.stdout + build.stderr;
		expect(uitvoer).toContain('klopt niet (7 problemen)');
		expect(uitvoer).toContain('tests/fixtures/kapot/veel-fouten/regio.yaml:10 · partners.0.soort');
		expect(uitvoer).toContain('Wat nu:');
	});

	test('nothing half-built is published', () => {
		expect(existsSync(outDir)).toBe(false);
	});

	test('npm run check reports the same problems and exits 1', async () => {
		const resultaat = await check({ WERKBOEK_REGIO: fixture('kapot/veel-fouten') });
		expect(resultaat.code).toBe(1);
		expect(resultaat.stderr).toContain('tests/fixtures/kapot/veel-fouten/regio.yaml:6 · kleur');
		expect(resultaat.stderr).toContain('tests/fixtures/kapot/veel-fouten/regio.yaml:5 · logo');
	});
});

describe('a logo whose bytes are not what its name says', () => {
	test('is refused by npm run check with the file, the field and what to do', async () => {
		const resultaat = await check({ WERKBOEK_REGIO: fixture('kapot/logo-geen-svg') });
		expect(resultaat.code).toBe(1);
		expect(resultaat.stderr).toContain('tests/fixtures/kapot/logo-geen-svg/regio.yaml:2 · logo');
		expect(resultaat.stderr).toContain(
			'Het logo "logo.svg" is geen SVG-bestand: de inhoud is een PNG-afbeelding.'
		);
	});

	test('stops the build, and nothing is published', async () => {
		const outDir = join(tmp, 'logo');
		const build = await bouw(outDir, {
			WERKBOEK_REGIO: fixture('kapot/logo-geen-png'),
			WERKBOEK_PDF: '0',
		});
		expect(build.code).not.toBe(0);
		expect(build.stdout + build.stderr).toContain('Het logo "logo.png" is geen PNG-bestand');
		expect(existsSync(outDir)).toBe(false);
	});
});

describe('npm run check on the demo region', () => {
	test('passes and says which region it used', async () => {
		const resultaat = await check();
		expect(resultaat.stderr).toBe('');
		expect(resultaat.code).toBe(0);
		expect(resultaat.stdout).toMatch(
			/✓ Regio "Regio Voorbeeld" \(content\/regio\/ bestaat niet, dus de voorbeeldregio/
		);
	});
});

describe('a minimal region (only a name) builds', () => {
	const outDir = join(tmp, 'minimaal');
	let build: Uitvoer;
	beforeAll(async () => {
		build = await bouw(outDir, { WERKBOEK_REGIO: fixture('regio-minimaal') });
	});

	test('the build succeeds and logs the region', () => {
		expect(build.code, build.stderr).toBe(0);
		expect(build.stdout).toContain('Regio: Regio Minimaal');
	});

	test('region facts appear, empty lists read well', () => {
		expect(lees(outDir, '.')).toContain('Regio Minimaal');
		const hoofdstuk = lees(outDir, 'de-regio-in-beeld');
		expect(hoofdstuk).toContain('Voor Regio Minimaal zijn nog geen regionale opgaven ingevuld.');
		expect(hoofdstuk).not.toContain('Regio Voorbeeld');
	});
	test('templates read well without partners, opgaven or contact: text fields instead of choices', () => {
		const html = lees(outDir, 'sjablonen/uitnodiging');
		expect(html).toContain('In Regio Minimaal werken we op veel plekken samen.');
		expect(html).toContain('(Nog geen opgaven ingevuld in de gegevens van Regio Minimaal.)');
		expect(html).not.toContain('type="checkbox"');
		expect(html).toMatch(
			/<label class="werkblad-label" for="sj-\d+">Wie ondertekenen de uitnodiging\?<\/label>/
		);
		expect(html).not.toContain('Regio Voorbeeld');
		expect(lees(outDir, 'print/sjablonen/notitie-bestuurders-en-raden')).toContain(
			'Uitkomst van het reflectietraject over de samenwerking in Regio Minimaal'
		);
	});
});

describe('a complete region builds with its own pages, and its text is escaped', () => {
	const outDir = join(tmp, 'compleet');
	let build: Uitvoer;
	beforeAll(async () => {
		build = await bouw(outDir, { WERKBOEK_REGIO: fixture('regio-compleet') });
	});

	test('the build succeeds', () => {
		expect(build.code, build.stdout + build.stderr).toBe(0);
	});

	test("the log has no directive warning for each MDX chapter (Astro's head-inject marker)", () => {
		// Ten lines per MDX page in every build (withastro/astro#18087), filtered by src/integration/rolldown-log.ts.
		const log = build.stdout + build.stderr;
		expect(log).toContain('[build] Building static entrypoints');
		expect(log).not.toContain('use astro:head-inject');
	});

	test('HTML in region data shows as text, never as markup', () => {
		for (const pagina of ['.', 'welkom', 'onze-aanpak', 'de-regio-in-beeld']) {
			// Inside a quoted attribute value `<` is harmless; everywhere else it must be escaped.
			const zonderAttributen = lees(outDir, pagina).replace(/="[^"]*"/g, '=""');
			expect(zonderAttributen, pagina).not.toContain('<script>alert');
			expect(zonderAttributen, pagina).toContain('Regio &lt;script&gt;alert');
		}
		expect(lees(outDir, '.')).toContain(
			'<title>Werkboek Regionaal Samenwerken | Werkboek Regio &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Zee</title>'
		);
	});

	test('a region page with an upstream slug replaces that page', () => {
		const welkom = lees(outDir, 'welkom');
		expect(welkom).toContain('Deze welkomstpagina is van de regio zelf');
		expect(welkom).toContain('werkboek@zee-en-land.nl');
	});

	test('a new region page is built and listed in the sidebar', () => {
		expect(lees(outDir, 'onze-aanpak')).toContain(
			'Zo pakken wij in Zee &#x26; Land de samenwerking aan'
		);
		expect(lees(outDir, 'waarom-stilstaan')).toContain('href="/onze-aanpak/"');
	});

	test('the accent colour themes the site', () => {
		const stylesheets = [...lees(outDir, '.').matchAll(/href="\/_astro\/([^"]+\.css)"/g)].map(
			(m) => m[1]!
		);
		const css = stylesheets
			.map((bestand) => readFileSync(join(outDir, '_astro', bestand), 'utf8'))
			.join('\n');
		expect(css).toContain('--sl-color-accent:#7a1f5c');
	});
});
