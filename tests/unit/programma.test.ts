import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { foutmelding, metLimiet, samenvatting } from '../../scripts/regios/bouwen.ts';
import {
	indexHtml,
	leesManifesten,
	schrijfIndex,
	schrijfManifest,
} from '../../scripts/regios/index-pagina.ts';
import { draai, fixture, ROOT } from '../helpers.ts';

// The tests that start a process get a minute: on a busy machine Node alone takes seconds to start.

describe('foutmelding: what a failed build says is wrong', () => {
	test('takes the Dutch region error from the first error line on, without colour codes', () => {
		const log = [
			'17:00:00 [werkboek] iets',
			'[astro] Unable to load your Astro config',
			'',
			'\u001b[31m[WerkboekError]\u001b[39m Het regiobestand regios/zuid/regio.yaml klopt niet (1 probleem):',
			'  ✗ regios/zuid/regio.yaml:14 · netwerken.0.partners.1',
			'    Netwerk "Heinetwerk" noemt partner "x".',
			'',
		].join('\n');
		expect(foutmelding(log)).toBe(
			'[WerkboekError] Het regiobestand regios/zuid/regio.yaml klopt niet (1 probleem):\n  ✗ regios/zuid/regio.yaml:14 · netwerken.0.partners.1\n    Netwerk "Heinetwerk" noemt partner "x".'
		);
	});

	test('finds an Astro error or an [ERROR] line, and else gives the last lines', () => {
		expect(foutmelding('a\n12:00 [ERROR] [werkboek:paginas] kapotte link\nb')).toBe(
			'12:00 [ERROR] [werkboek:paginas] kapotte link\nb'
		);
		expect(foutmelding("x\n[AstroError] De PDF's konden niet gemaakt worden\n  Hint:")).toBe(
			"[AstroError] De PDF's konden niet gemaakt worden\n  Hint:"
		);
		const lang = Array.from({ length: 30 }, (_, i) => `regel ${i}`).join('\n');
		expect(foutmelding(lang).split('\n')).toHaveLength(20);
	});
});

test('metLimiet never runs more than the limit at a time, and keeps the order of the results', async () => {
	let bezig = 0;
	let hoogste = 0;
	const taken = Array.from({ length: 7 }, (_, i) => async () => {
		bezig++;
		hoogste = Math.max(hoogste, bezig);
		await new Promise((r) => setTimeout(r, 5 + ((i * 7) % 11)));
		bezig--;
		return i;
	});
	expect(await metLimiet(taken, 3)).toEqual([0, 1, 2, 3, 4, 5, 6]);
	expect(hoogste).toBe(3);
});

test('the job summary lists every region and, for a broken one, its message', () => {
	const md = samenvatting([
		{ naam: 'noord', ok: true, s: 61.2, log: '' },
		{
			naam: 'zuid',
			ok: false,
			s: 4,
			log: '',
			melding: 'regios/zuid/regio.yaml:14 · netwerken.0.partners.1',
		},
	]);
	expect(md).toContain('| noord | ✓ gebouwd | 61 s |');
	expect(md).toContain('| zuid | ✗ niet gebouwd | 4 s |');
	expect(md).toContain(
		'### Regio zuid: wat er mis is\n\n```text\nregios/zuid/regio.yaml:14 · netwerken.0.partners.1\n```'
	);
});

describe('the index page', () => {
	test('escapes names and accepts only hex colours', () => {
		const html = indexHtml([
			{
				naam: 'zee',
				titel: 'Regio <script>alert(1)</script> & Zee',
				accent: 'red;background:url(x)',
			},
		]);
		expect(html).toContain('Werkboek Regio &lt;script&gt;alert(1)&lt;/script&gt; &amp; Zee');
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('url(x)');
		expect(html).toContain('één regio met haar eigen partners');
	});

	test('is made from the manifests of the built regions, sorted by name, with each logo copied', () => {
		const uit = mkdtempSync(join(tmpdir(), 'werkboek-index-'));
		for (const naam of ['west', 'noord']) mkdirSync(join(uit, naam));
		mkdirSync(join(uit, 'niet-gebouwd'));
		schrijfManifest(join(uit, 'west'), { naam: 'west', titel: 'Regio Westerduin' });
		schrijfManifest(
			join(uit, 'noord'),
			{ naam: 'noord', titel: 'Regio Noordkust', accent: '#7a1f5c' },
			fixture('programma/regios/noord/logo.svg')
		);
		expect(leesManifesten(uit).map((r) => r.naam)).toEqual(['noord', 'west']);
		schrijfIndex(uit);
		const html = readFileSync(join(uit, 'index.html'), 'utf8');
		expect(html).toContain(
			'<a href="./noord/"><img src="./noord/werkboek-logo.svg" alt="" width="48" height="48"><span>Werkboek Regio Noordkust</span></a>'
		);
		expect(html).toContain('style="--accent: #7a1f5c"');
		expect(readFileSync(join(uit, 'noord', 'werkboek-logo.svg'), 'utf8')).toContain('<svg');
	});

	test('scripts/regios-index.ts names the regions that are missing, and refuses to publish none', async () => {
		const uit = mkdtempSync(join(tmpdir(), 'werkboek-index-'));
		const samenvatting = join(uit, 'samenvatting.md');
		writeFileSync(samenvatting, '');
		const leeg = await draai(
			[join(ROOT, 'scripts', 'regios-index.ts'), uit, '--verwacht', '["zuid"]'],
			{ GITHUB_STEP_SUMMARY: samenvatting }
		);
		expect(leeg.code).toBe(1);
		expect(leeg.stderr).toContain('Geen enkele regio is gebouwd');
		mkdirSync(join(uit, 'noord'));
		schrijfManifest(join(uit, 'noord'), { naam: 'noord', titel: 'Regio Noordkust' });
		const een = await draai(
			[join(ROOT, 'scripts', 'regios-index.ts'), uit, '--verwacht', '["noord","zuid"]'],
			{ GITHUB_STEP_SUMMARY: samenvatting }
		);
		expect(een.code).toBe(0);
		expect(readFileSync(samenvatting, 'utf8')).toContain(
			'Niet gepubliceerd (bouwen mislukt): zuid'
		);
		expect(readFileSync(join(uit, 'index.html'), 'utf8')).toContain('href="./noord/"');
	}, 60_000);
});

describe('npm run build:regios refuses bad input before it builds anything', () => {
	test('a folder name that cannot be an address, and a cache outside the project', async () => {
		const map = mkdtempSync(join(tmpdir(), 'werkboek-regios-'));
		const summary = join(map, 'summary.md');
		writeFileSync(summary, '');
		const uit = await draai(
			[
				join(ROOT, 'scripts', 'build-regios.ts'),
				'tests/fixtures/regio-minimaal',
				'tests/fixtures/Zee_Land',
				'--cache',
				'/tmp/ergens',
			],
			{
				WERKBOEK_PDF: '0',
				GITHUB_STEP_SUMMARY: summary,
			}
		);
		// In GitHub Actions the job's summary says it too.
		expect(readFileSync(summary, 'utf8')).toContain(
			'- tests/fixtures/Zee_Land: hier staat geen regio.yaml.'
		);
		expect(uit.code).toBe(1);
		expect(uit.stderr).toContain('tests/fixtures/Zee_Land: hier staat geen regio.yaml.');
		expect(uit.stderr).toContain(
			'de mapnaam "Zee_Land" wordt het adres /Zee_Land/ van de regio; gebruik alleen kleine letters, cijfers en streepjes'
		);
		expect(uit.stderr).toContain('--cache /tmp/ergens: ligt buiten de projectmap');
		expect(uit.stdout).not.toContain('bouwen,');
	}, 60_000);

	test('a region that fails now is not on the index page, even with an earlier build in the output', async () => {
		const uit = mkdtempSync(join(tmpdir(), 'werkboek-regios-'));
		mkdirSync(join(uit, 'zuid'));
		schrijfManifest(join(uit, 'zuid'), { naam: 'zuid', titel: 'Regio Zuiderhei' });
		const build = await draai(
			[
				join(ROOT, 'scripts', 'build-regios.ts'),
				'tests/fixtures/programma-kapot/regios/zuid',
				'--uit',
				uit,
				'--cache',
				'tests/fixtures/.gegenereerd/regios-kapot',
			],
			{ WERKBOEK_PDF: '0' }
		);
		expect(build.code).toBe(1);
		expect(build.stderr).toContain(
			'tests/fixtures/programma-kapot/regios/zuid/regio.yaml:14 · netwerken.0.partners.1'
		);
		expect(leesManifesten(uit)).toEqual([]);
		expect(readFileSync(join(uit, 'index.html'), 'utf8')).not.toContain('Zuiderhei');
		rmSync(join(ROOT, 'tests', 'fixtures', '.gegenereerd', 'regios-kapot'), {
			recursive: true,
			force: true,
		});
	}, 120_000);

	test('--parallel must be a whole number', async () => {
		const uit = await draai([join(ROOT, 'scripts', 'build-regios.ts'), '--parallel', 'veel']);
		expect(uit.code).toBe(1);
		expect(uit.stderr).toContain('--parallel moet een heel getal vanaf 1 zijn, niet "veel"');
	}, 60_000);
});
