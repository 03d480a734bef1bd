import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { draai, fixture, ROOT, type Uitvoer } from '../helpers.ts';
import { AXE_TAGS, axeBevindingen } from '../quality/axe.ts';
import { startChromium } from '../../src/utils/chromium.ts';
import { serveer } from '../../src/utils/static-server.ts';

// A national programme's repository in miniature: the programme layout regios/<naam>/ with three
// regions and one broken one, built by `npm run build:regios` four at a time in this one checkout.
// The programme folder and the build folders lie inside the project (as in a real checkout); the
// sites go to a temporary folder.
const PROGRAMMA = join(ROOT, 'tests', 'fixtures', '.gegenereerd', 'programma');
const REGIOS = join(PROGRAMMA, 'regios');
const CACHE = join(PROGRAMMA, 'cache');
const tmp = mkdtempSync(join(tmpdir(), 'werkboek-programma-'));
const SITE = join(tmp, 'site');
const SAMENVATTING = join(tmp, 'samenvatting.md');

const GOED = {
	noord: 'Regio Noordkust',
	oost: 'Regio Oostland',
	west: 'Regio Westerduin',
} as const;
const lees = (...pad: string[]) => readFileSync(join(SITE, ...pad), 'utf8');
/** Every stylesheet of a region's site in one text. */
const css = (naam: string) =>
	readdirSync(join(SITE, naam, '_astro'))
		.filter((f) => f.endsWith('.css'))
		.map((f) => lees(naam, '_astro', f))
		.join('\n');

/** Modification time of the project's own `.astro/` files, which no region build may touch. */
function projectAstro(): Record<string, number> {
	const map = join(ROOT, '.astro');
	if (!existsSync(map)) return {};
	return Object.fromEntries(
		readdirSync(map, { recursive: true, withFileTypes: true })
			.filter((f) => f.isFile())
			.map((f) => [
				relative(map, join(f.parentPath, f.name)),
				statSync(join(f.parentPath, f.name)).mtimeMs,
			])
	);
}

let build: Uitvoer;
let voor: Record<string, number>;

beforeAll(async () => {
	// The scripted programme repository: four region folders, as a programme would keep them.
	rmSync(PROGRAMMA, { recursive: true, force: true });
	mkdirSync(REGIOS, { recursive: true });
	for (const naam of Object.keys(GOED))
		cpSync(fixture(`programma/regios/${naam}`), join(REGIOS, naam), { recursive: true });
	cpSync(fixture('programma-kapot/regios/zuid'), join(REGIOS, 'zuid'), { recursive: true });
	voor = projectAstro();
	build = await draai(
		[
			join(ROOT, 'scripts', 'build-regios.ts'),
			'--programma',
			relative(ROOT, REGIOS),
			'--parallel',
			'4',
			'--uit',
			SITE,
			'--cache',
			relative(ROOT, CACHE),
			'--samenvatting',
			SAMENVATTING,
		],
		{ WERKBOEK_PDF: '0', BASE_PATH: '/{naam}/' }
	);
}, 900_000);

afterAll(() => rmSync(PROGRAMMA, { recursive: true, force: true }));

describe('npm run build:regios on a programme with three regions and a broken one, four at a time', () => {
	test('the four builds ran at the same time, and the run fails because of the broken one only', () => {
		const uitvoer = build.stdout + build.stderr;
		expect(uitvoer).toContain("4 regio's bouwen, 4 tegelijk");
		// In parallel: every region started before the first one was done.
		const regels = uitvoer.split('\n');
		const laatsteStart = Math.max(
			...['noord', 'oost', 'west', 'zuid'].map((naam) =>
				regels.findIndex((r) => r.startsWith(`[${naam}] start`))
			)
		);
		const eersteKlaar = regels.findIndex((r) => /^\[\w+\] [✓✗]/.test(r));
		expect(laatsteStart).toBeGreaterThanOrEqual(0);
		expect(laatsteStart).toBeLessThan(eersteKlaar);
		expect(build.code).toBe(1);
		expect(uitvoer).toContain(
			"Niet gebouwd: zuid (1 van 4 regio's). De andere regio's zijn wel gebouwd."
		);
	});

	test.each(Object.entries(GOED).map(([naam, titel]) => ({ naam, titel })))(
		'region $naam comes out with its own name, under /$naam/',
		({ naam, titel }) => {
			const home = lees(naam, 'index.html');
			const hoofdstuk = lees(naam, 'drie-inzichten', 'index.html');
			expect(home).toContain(`<title>Werkboek Regionaal Samenwerken | Werkboek ${titel}</title>`);
			// Nothing of the other regions leaked in.
			for (const [ander, anderTitel] of Object.entries(GOED)) {
				if (ander !== naam)
					for (const html of [home, hoofdstuk]) expect(html).not.toContain(anderTitel);
			}
			// Every site-internal link and asset (sidebar included) is under the region's base path.
			const intern = [...hoofdstuk.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
			expect(intern.length).toBeGreaterThan(50);
			expect(intern.filter((pad) => !pad.startsWith(`/${naam}/`))).toEqual([]);
			expect(hoofdstuk).toContain(`href="/${naam}/waarom-stilstaan/"`);
		}
	);

	test('each region has its own colours', () => {
		expect(css('noord')).toContain('--sl-color-accent:#7a1f5c');
		expect(css('oost')).toContain('--sl-color-accent:#1d5e2f');
		for (const naam of ['noord', 'west']) expect(css(naam)).not.toContain('#1d5e2f');
		for (const naam of ['oost', 'west']) expect(css(naam)).not.toContain('#7a1f5c');
	});

	test("a region's own page is in its site only, linked with its base path", () => {
		const pagina = lees('oost', 'onze-regio', 'index.html');
		expect(pagina).toContain('Onze regio Oostland');
		expect(pagina).toContain('href="/oost/drie-inzichten/"');
		expect(lees('oost', 'drie-inzichten', 'index.html')).toContain('href="/oost/onze-regio/"');
		for (const naam of ['noord', 'west'])
			expect(existsSync(join(SITE, naam, 'onze-regio'))).toBe(false);
	});

	test("each build wrote Astro's generated files in its own folder, and the project's .astro/ was not touched", () => {
		for (const naam of Object.keys(GOED)) {
			const modules = readFileSync(join(CACHE, naam, '.astro', 'content-modules.mjs'), 'utf8');
			expect(modules.includes('onze-regio.mdx'), naam).toBe(naam === 'oost');
			expect(existsSync(join(CACHE, naam, 'cache', 'data-store.json')), naam).toBe(true);
		}
		expect(projectAstro()).toEqual(voor);
	});

	test('the broken region stops only itself, with file, field and line in Dutch', () => {
		expect(existsSync(join(SITE, 'zuid'))).toBe(false);
		const bestand = `${relative(ROOT, REGIOS)}/zuid/regio.yaml`;
		const melding = `${bestand}:14 · netwerken.0.partners.1`;
		expect(build.stdout + build.stderr).toContain(melding);
		const samenvatting = readFileSync(SAMENVATTING, 'utf8');
		expect(samenvatting).toContain('| zuid | ✗ niet gebouwd |');
		for (const naam of Object.keys(GOED)) expect(samenvatting).toContain(`| ${naam} | ✓ gebouwd |`);
		expect(samenvatting).toContain('### Regio zuid: wat er mis is');
		expect(samenvatting).toContain(melding);
		expect(samenvatting).toContain(
			'Netwerk "Heinetwerk" noemt partner "thuiszorg-zuiderhei", maar die staat niet in \'partners\'.'
		);
	});
});

describe('the index page of the programme', () => {
	test('lists every region that was built, with name, logo and link, and not the broken one', () => {
		const index = lees('index.html');
		expect(index).toContain('<html lang="nl">');
		// The link text as a screen reader reads it: the initial of a region without a logo is hidden.
		const leesbaar = (html: string) =>
			html.replace(/<span[^>]*aria-hidden="true"[^>]*>.*?<\/span>/g, '').replace(/<[^>]+>/g, '');
		const links = [...index.matchAll(/<a href="([^"]+)">(.*?)<\/a>/g)].map((m) => ({
			href: m[1],
			tekst: leesbaar(m[2]!),
		}));
		expect(links).toEqual([
			{ href: './noord/', tekst: 'Werkboek Regio Noordkust' },
			{ href: './oost/', tekst: 'Werkboek Regio Oostland' },
			{ href: './west/', tekst: 'Werkboek Regio Westerduin' },
		]);
		expect(index).toContain('<img src="./noord/werkboek-logo.svg" alt=""');
		expect(lees('noord', 'werkboek-logo.svg')).toBe(
			readFileSync(fixture('programma/regios/noord/logo.svg'), 'utf8')
		);
		expect(index).not.toContain('Zuiderhei');
	});

	test('is valid HTML', async () => {
		// The project's rules (tests/quality/html.test.ts explains the relaxed ones).
		const validator = new HtmlValidate(
			new FileSystemConfigLoader({ extends: [join(ROOT, '.htmlvalidaterc.json')] })
		);
		const rapport = await validator.validateString(lees('index.html'), join(SITE, 'index.html'));
		expect(
			rapport.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))
		).toEqual([]);
	});

	test('passes axe in light and dark mode', async () => {
		const server = await serveer(SITE);
		const { browser } = await startChromium();
		try {
			for (const colorScheme of ['light', 'dark'] as const) {
				const page = await browser.newPage({ colorScheme });
				await page.goto(server.url.endsWith('/') ? server.url : `${server.url}/`);
				expect(await axeBevindingen(page, `index ${colorScheme}`, AXE_TAGS)).toEqual([]);
				await page.close();
			}
		} finally {
			await browser.close();
			await server.sluit();
		}
	});
});
