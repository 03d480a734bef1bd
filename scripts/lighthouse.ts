/**
 * `npm run lighthouse [-- <map>]`: a Lighthouse report (not a test) of the built workbook, for
 * mobile and desktop, on the home page, a chapter, a working method and a tool page when there is
 * one. Prints the four category scores. Uses the build in <map> (default dist/) and builds dist/
 * first when it does not exist.
 *
 * Lighthouse is not in the project's dependencies (with its Sentry client it is about 175 MB, for
 * a script few users run): the first run installs it with `npm ci` into scripts/lighthouse/
 * node_modules/ from the lockfile next to it (a pinned version, no install scripts), and every
 * later run uses that copy, also offline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../src/utils/chromium.ts';
import { serveer } from '../src/utils/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CATEGORIEEN = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const NAMEN: Record<(typeof CATEGORIEEN)[number], string> = {
	performance: 'Prestaties',
	accessibility: 'Toegankelijkheid',
	'best-practices': 'Goede praktijken',
	seo: 'SEO',
};

const LIGHTHOUSE_MAP = join(ROOT, 'scripts', 'lighthouse');
const LIGHTHOUSE_PAKKET = join(LIGHTHOUSE_MAP, 'node_modules', 'lighthouse');

const versie = (pad: string): string | undefined => {
	try {
		return (JSON.parse(readFileSync(pad, 'utf8')) as { version?: string }).version;
	} catch {
		return undefined;
	}
};

/** Installs the pinned Lighthouse on first use (and again when the pin in scripts/lighthouse/ changes). */
function installeerLighthouse(): void {
	const gewenst = (
		JSON.parse(readFileSync(join(LIGHTHOUSE_MAP, 'package.json'), 'utf8')) as {
			dependencies: Record<string, string>;
		}
	).dependencies['lighthouse'];
	if (versie(join(LIGHTHOUSE_PAKKET, 'package.json')) === gewenst) return;
	console.log(
		`Lighthouse ${gewenst} wordt eenmalig geïnstalleerd in scripts/lighthouse/node_modules/ (ongeveer 175 MB). ` +
			'Het hoort niet bij npm install, omdat alleen dit script het gebruikt. Daarna werkt npm run lighthouse ook zonder internet.'
	);
	// Under `npm run`, npm_execpath is npm's own script: run it with this Node, on every platform.
	const npm = process.env['npm_execpath'];
	const [opdracht, eerst] = npm && /\.c?js$/.test(npm) ? [process.execPath, [npm]] : ['npm', []];
	const installatie = spawnSync(
		opdracht,
		[...eerst, 'ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'],
		{
			cwd: LIGHTHOUSE_MAP,
			stdio: 'inherit',
			shell: opdracht === 'npm' && process.platform === 'win32',
		}
	);
	if (installatie.status !== 0 || versie(join(LIGHTHOUSE_PAKKET, 'package.json')) !== gewenst) {
		console.error(
			'Lighthouse kon niet worden geïnstalleerd. Controleer de internetverbinding en probeer het opnieuw, ' +
				'of installeer het zelf met: npm ci --prefix scripts/lighthouse'
		);
		process.exit(1);
	}
}

function bouwAlsNodig(map: string): void {
	if (existsSync(join(map, 'index.html'))) return;
	console.log(`Geen build gevonden in ${map}; het werkboek wordt eerst gebouwd.`);
	const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const build = spawnSync(process.execPath, [astro, 'build', '--outDir', map], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The first tool page (a static page in src/pages) that the build contains. */
function hulpmiddel(map: string): string | undefined {
	const pages = join(ROOT, 'src', 'pages');
	if (!existsSync(pages)) return undefined;
	return readdirSync(pages, { recursive: true, withFileTypes: true })
		.filter((item) => item.isFile() && item.name === 'index.astro')
		.map(
			(item) =>
				`${item.parentPath
					.slice(pages.length + 1)
					.split('\\')
					.join('/')}/`
		)
		.filter((pad) => pad !== '/' && existsSync(join(map, pad, 'index.html')))
		.sort()[0];
}

async function vrijePoort(): Promise<number> {
	return new Promise((klaar) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => klaar(port));
		});
	});
}

installeerLighthouse();
// Loaded from its own folder, not a dependency of the project; the types stay loose on purpose.
type LighthouseResultaat =
	| {
			lhr: {
				categories: Record<string, { score: number | null } | undefined>;
				audits: Record<string, { displayValue?: string } | undefined>;
			};
	  }
	| undefined;
const lighthouse = (await import(pathToFileURL(join(LIGHTHOUSE_PAKKET, 'core', 'index.js')).href))
	.default as (
	url: string,
	flags: Record<string, unknown>,
	config?: unknown
) => Promise<LighthouseResultaat>;
const desktopConfig: unknown = (
	await import(pathToFileURL(join(LIGHTHOUSE_PAKKET, 'core', 'config', 'desktop-config.js')).href)
).default;

const map = resolve(process.argv[2] ?? join(ROOT, 'dist'));
bouwAlsNodig(map);
const paginas: [string, string][] = [
	['Startpagina', ''],
	['Hoofdstuk', 'welkom/'],
	['Werkvorm', 'werkvormen/balansmeter/'],
];
const tool = hulpmiddel(map);
if (tool) paginas.push(['Hulpmiddel', tool]);

const site = await serveer(map);
const gevonden = await findChromium();
const poort = await vrijePoort();
const browser = await chromium.launch({
	executablePath: gevonden.pad,
	args: [...gevonden.args, `--remote-debugging-port=${poort}`],
	headless: true,
});

const rijen: string[][] = [];
try {
	for (const [naam, pad] of paginas) {
		for (const vorm of ['mobiel', 'desktop'] as const) {
			const resultaat = await lighthouse(
				new URL(pad, site.url).href,
				{ port: poort, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIEEN] },
				vorm === 'desktop' ? desktopConfig : undefined
			);
			const categorieen = resultaat?.lhr.categories ?? {};
			rijen.push([
				`${naam} (/${pad})`,
				vorm,
				...CATEGORIEEN.map((c) => String(Math.round((categorieen[c]?.score ?? 0) * 100))),
			]);
			const cls = resultaat?.lhr.audits['cumulative-layout-shift']?.displayValue;
			const lcp = resultaat?.lhr.audits['largest-contentful-paint']?.displayValue;
			console.log(`${naam} ${vorm}: klaar (LCP ${lcp ?? '?'}, CLS ${cls ?? '?'})`);
		}
	}
} finally {
	await browser.close();
	await site.sluit();
}

const kop = ['Pagina', 'Vorm', ...CATEGORIEEN.map((c) => NAMEN[c])];
const breedtes = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i]!.length)));
const regel = (cellen: string[]) =>
	cellen.map((c, i) => (i < 2 ? c.padEnd(breedtes[i]!) : c.padStart(breedtes[i]!))).join('  ');
console.log(`\nLighthouse-scores (0-100) voor ${map}\n`);
console.log(regel(kop));
for (const rij of rijen) console.log(regel(rij));
