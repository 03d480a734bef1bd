import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported up front: the config's module runner is closed by the time astro:build:done runs.
import { build, version as viteVersion } from 'vite';
import { cmsConfig, type CmsOpties } from '../cms/config.ts';
import { sjabloonSlugs } from '../sjablonen/load.ts';
import { escapeHtml } from '../postprocess/html.ts';
import type { WerkboekContext } from '../plan/context.ts';
import type { WerkboekOptions } from './options.ts';
import { normalizeBase } from '../utils/base-path.ts';
import { removeLeftovers } from '../utils/leftovers.ts';
import { astroError } from '../utils/errors.ts';

/** Folder of the editing screen in the built site: `<base>admin/`. */
export const CMS_DIR = 'admin';
const ENTRY = fileURLToPath(new URL('../cms/entry.ts', import.meta.url));
/** Bump when the bundle's build settings below change, so cached bundles are rebuilt. */
const BUNDEL_INSTELLINGEN =
	'sveltia-npm-gekopieerd;deps=sveltia/deps/;shiki=sveltia/shiki/;zonder-cdn-lettertypen';

/** Folder and version of the installed @sveltia/cms package. */
function sveltiaPakket(root: string): { map: string; versie: string } {
	// The package's exports hide package.json: go up from its entry point.
	let map = dirname(createRequire(join(root, 'package.json')).resolve('@sveltia/cms'));
	while (!existsSync(join(map, 'package.json')) && dirname(map) !== map) map = dirname(map);
	return {
		map,
		versie: (JSON.parse(readFileSync(join(map, 'package.json'), 'utf8')) as { version: string })
			.version,
	};
}

/**
 * Where the bundle is kept: in `node_modules/.cache/regiowerkboek/` of the installation that holds
 * @sveltia/cms (as Vite keeps its pre-bundled dependencies in `node_modules/.vite/`). The bundle
 * depends only on installed packages and this file, not on the workbook or the region, so it
 * outlives Astro's cache: a clean build, another region or a benchmark's cold build reuses it.
 */
export function cmsBundleCache(root: string): string {
	const pakket = sveltiaPakket(root).map;
	const nodeModules = pakket.slice(0, pakket.lastIndexOf(`node_modules`) + 'node_modules'.length);
	return join(nodeModules, '.cache', 'regiowerkboek');
}

/** `@font-face` rules that load a font from the jsDelivr CDN. */
const CDN_LETTERTYPE = /@font-face\s*\{[^{}]*https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^{}]*\}/g;

/** A dynamic import with a fixed path, as Sveltia's build writes them: import(`<path>`), or with quotes. */
const DYNAMISCHE_IMPORT = /import\(([`'"])([^`'"$]+)\1\)/g;

/** The folder of package `naam` as Node finds it from `vanaf` (each node_modules/ going up). */
function pakketMap(vanaf: string, naam: string): string {
	for (let map = vanaf; ; map = dirname(map)) {
		const kandidaat = join(map, 'node_modules', naam);
		if (existsSync(join(kandidaat, 'package.json'))) return kandidaat;
		if (dirname(map) === map) throw new Error(`Pakket ${naam} niet gevonden vanuit ${vanaf}.`);
	}
}

/**
 * A Shiki language or theme module (plain ES modules with only relative imports of each other,
 * `./<naam>.mjs`) and the modules it imports, to be written as `<naam>.js` into `doel` (see
 * cmsBundle): served as JavaScript by every static host, whatever it makes of `.mjs`.
 */
function shikiModules(bestand: string, doel: string, uit: Map<string, string>): void {
	const naar = join(doel, `${basename(bestand, '.mjs')}.js`);
	if (uit.has(naar)) return;
	uit.set(naar, '');
	uit.set(
		naar,
		readFileSync(bestand, 'utf8').replace(/from '\.\/([\w.-]+)\.mjs'/g, (_, naam: string) => {
			shikiModules(join(dirname(bestand), `${naam}.mjs`), doel, uit);
			return `from './${naam}.js'`;
		})
	);
}

/** An import with a fixed path (also with import attributes), to check the rewritten modules. */
const VASTE_IMPORT = /\bimport\s*\(\s*([`'"])([^`'"$]+)\1/g;
/** A static import or re-export of a package name (not a relative path). */
const PAKKET_IMPORT = /(?:\bfrom|\bimport)\s*(["'])([^"'./][^"']*)\1/g;

/**
 * What a browser would fetch from outside the editing screen's folder, in a rewritten module of
 * Sveltia: an import of a package name or an address, or a font from the jsDelivr CDN.
 */
export function buitenImports(code: string): string[] {
	const buiten = [...code.matchAll(VASTE_IMPORT)]
		.map((m) => m[2]!)
		.filter((pad) => !/^\.\.?\/.*\.js$/.test(pad));
	buiten.push(...[...code.matchAll(PAKKET_IMPORT)].map((m) => m[2]!));
	if (code.includes('cdn.jsdelivr.net/fontsource/')) buiten.push('cdn.jsdelivr.net/fontsource/');
	return buiten;
}

/** The versions of the packages Sveltia depends on, as installed: the bundle's deps/ and shiki/. */
function afhankelijkheden(sveltia: string): string {
	const { dependencies = {} } = JSON.parse(readFileSync(join(sveltia, 'package.json'), 'utf8')) as {
		dependencies?: Record<string, string>;
	};
	return Object.keys(dependencies)
		.sort()
		.map((naam) => {
			try {
				const map = pakketMap(sveltia, naam);
				return `${naam}@${(JSON.parse(readFileSync(join(map, 'package.json'), 'utf8')) as { version: string }).version}`;
			} catch {
				return `${naam}@-`;
			}
		})
		.join(';');
}

/**
 * Builds the editing screen into a folder of the cache (see cmsBundleCache), once per Sveltia and Vite
 * version. Sveltia's npm package holds its own finished browser build (`npm/`: its code, chunks, fonts
 * and workers); that is copied as it is, into `sveltia/`, not bundled again (measured: a Vite build of
 * it took 3.5 s and 5–6 s of CPU on a first build; this takes well under a second). Its code loads
 * other packages on demand, with dynamic imports of package names a browser cannot resolve; each is
 * pointed at a file in this folder:
 * - its language files (`../locales/<taal>.json`): written as modules, `sveltia/locales/<taal>.js`;
 * - Shiki's languages and themes, for code in the editor (plain modules): copied, `sveltia/shiki/`;
 * - the other packages (maps, SVG and image handling, HTML paste) and src/cms/entry.ts: one small Vite
 *   build, `sveltia/deps/` and `cms.js`.
 * Sveltia's stylesheet also declares its fonts from the jsDelivr CDN, which the browser would then
 * fetch, though the package ships them and registers them itself: those rules are removed, so the
 * fonts come only from the site itself. Concurrent builds each write a temporary folder and rename it.
 */
export async function cmsBundle(root: string, cacheMap = cmsBundleCache(root)): Promise<string> {
	const sveltia = sveltiaPakket(root);
	// Keyed by what goes into it: the Sveltia version and the installed versions of the packages it
	// loads, Vite's version, this file (how it is made) and the entry.
	const sleutel = createHash('sha256')
		.update(readFileSync(fileURLToPath(import.meta.url)))
		.update(readFileSync(ENTRY))
		.update(BUNDEL_INSTELLINGEN)
		.update(viteVersion)
		.update(afhankelijkheden(sveltia.map))
		.digest('hex')
		.slice(0, 10);
	const cms = join(cacheMap, 'cms');
	// The temporary folders of builds that stopped while they made the editing screen.
	removeLeftovers(cms, /\.tmp-(\d+)-\d+(?:-vite)?$/);
	const doel = join(cms, `sveltia-${sveltia.versie}-${sleutel}`);
	if (existsSync(join(doel, 'cms.js'))) return doel;
	const tijdelijk = `${doel}.tmp-${process.pid}-${Date.now()}`;
	const npm = join(sveltia.map, 'npm');
	const uit = join(tijdelijk, 'sveltia');
	const vanSveltia = createRequire(join(sveltia.map, 'package.json'));
	try {
		let lettertypen = 0;
		const pakketten: Record<string, string> = {};
		/** Files to write: path → content (the rewritten modules, language files, Shiki). */
		const schrijven = new Map<string, string>();
		const kopieren: [string, string][] = [];
		for (const item of readdirSync(npm, { recursive: true, withFileTypes: true })) {
			// Sveltia's build as it is, without its source maps.
			if (!item.isFile() || item.name.endsWith('.map')) continue;
			const van = join(item.parentPath, item.name);
			const naar = join(uit, relative(npm, van));
			if (!item.name.endsWith('.js')) {
				kopieren.push([van, naar]);
				continue;
			}
			// A module: its imports of package names and of language files pointed at files in this
			// folder, each path relative to the module.
			const relatief = (doel: string) => {
				const pad = relative(dirname(naar), doel).split('\\').join('/');
				return pad.startsWith('.') ? pad : `./${pad}`;
			};
			const code = readFileSync(van, 'utf8')
				.replace(CDN_LETTERTYPE, () => {
					lettertypen++;
					return '';
				})
				.replace(/^\/\/# sourceMappingURL=.*$/m, '')
				.replace(DYNAMISCHE_IMPORT, (geheel, aanhalingsteken: string, pad: string) => {
					const nieuw = (doel: string) =>
						`import(${aanhalingsteken}${relatief(doel)}${aanhalingsteken})`;
					const json = /^(?:\.\.?\/)+locales\/([\w-]+)\.json$/.exec(pad)?.[1];
					if (json) {
						const taal = join(uit, 'locales', `${json}.js`);
						const inhoud = readFileSync(join(sveltia.map, 'locales', `${json}.json`), 'utf8');
						schrijven.set(taal, `export default ${inhoud.trim()};\n`);
						return nieuw(taal);
					}
					const soort = /^@shikijs\/(langs|themes)\/[\w.-]+$/.exec(pad)?.[1];
					if (soort) {
						// The file its exports map names, as Node finds it from Sveltia.
						const bestand = vanSveltia.resolve(pad);
						shikiModules(bestand, join(uit, 'shiki', soort), schrijven);
						return nieuw(join(uit, 'shiki', soort, `${basename(bestand, '.mjs')}.js`));
					}
					if (pad.startsWith('.') || pad.startsWith('/') || pad.includes(':')) return geheel;
					const naam = pad.replace(/^@/, '').replace(/[^\w-]+/g, '-');
					pakketten[naam] = pad;
					return nieuw(join(uit, 'deps', `${naam}.js`));
				});
			// Nothing may load from outside the site: what this does not recognise stops the build.
			const buiten = buitenImports(code);
			if (buiten.length)
				throw new Error(
					`${relative(sveltia.map, van)} laadt iets van buiten het bewerkscherm (${buiten.join(', ')}). Deze versie van @sveltia/cms wordt nog niet ondersteund.`
				);
			schrijven.set(naar, code);
		}
		// A new Sveltia version may load its fonts differently: fail loudly rather than leak.
		if (lettertypen === 0)
			throw new Error(
				'Geen CDN-lettertypen gevonden in @sveltia/cms om te verwijderen: controleer hoe deze versie zijn lettertypen laadt (en de e2e-test van het bewerkscherm).'
			);
		// Written asynchronously: the build goes on meanwhile (this starts with it).
		const mappen = new Set([...schrijven.keys(), ...kopieren.map(([, naar]) => naar)].map(dirname));
		await Promise.all([...mappen].map((map) => mkdir(map, { recursive: true })));
		await Promise.all([
			...[...schrijven].map(([pad, inhoud]) => writeFile(pad, inhoud)),
			...kopieren.map(([van, naar]) => copyFile(van, naar)),
		]);
		await build({
			configFile: false,
			// Package names are resolved as Sveltia itself would.
			root: sveltia.map,
			base: './',
			logLevel: 'error',
			// Vite's cache of its own per build: regions built at the same time share nothing they write.
			cacheDir: `${tijdelijk}-vite`,
			publicDir: false,
			build: {
				outDir: tijdelijk,
				emptyOutDir: false,
				sourcemap: false,
				modulePreload: false,
				chunkSizeWarningLimit: 4096,
				rollupOptions: {
					input: { ...pakketten, cms: ENTRY },
					external: ['@sveltia/cms'],
					// Sveltia uses what each package exports.
					preserveEntrySignatures: 'strict',
					output: {
						entryFileNames: (chunk) => (chunk.name === 'cms' ? 'cms.js' : 'sveltia/deps/[name].js'),
						chunkFileNames: 'sveltia/deps/chunks/[name]-[hash].js',
						assetFileNames: 'sveltia/deps/assets/[name]-[hash][extname]',
						paths: { '@sveltia/cms': './sveltia/index.js' },
					},
				},
			},
		});
	} catch (fout) {
		rmSync(tijdelijk, { recursive: true, force: true });
		throw fout;
	} finally {
		rmSync(`${tijdelijk}-vite`, { recursive: true, force: true });
	}
	try {
		renameSync(tijdelijk, doel);
	} catch {
		// Another build got there first: use its copy.
		rmSync(tijdelijk, { recursive: true, force: true });
	}
	return doel;
}

/**
 * Puts the files of `bron` (the cached bundle) in `doel` as hard links: some 320 files and 17 MB are
 * not copied on every build (measured: 80–230 ms). Where a link cannot be made (another disk, a
 * file system without them) the file is copied. Nothing writes into these files afterwards: the
 * build's own files for the editing screen are written next to them (see plaatsBestand).
 */
export function linkFolder(bron: string, doel: string): void {
	for (const item of readdirSync(bron, { recursive: true, withFileTypes: true })) {
		if (item.isDirectory()) continue;
		const van = join(item.parentPath, item.name);
		const naar = join(doel, relative(bron, van));
		mkdirSync(dirname(naar), { recursive: true });
		rmSync(naar, { force: true });
		try {
			linkSync(van, naar);
		} catch {
			copyFileSync(van, naar);
		}
	}
}

/** Writes a file of the editing screen as a new file, never through a hard link into the cache. */
function plaatsBestand(pad: string, inhoud: string | Buffer): void {
	rmSync(pad, { force: true });
	writeFileSync(pad, inhoud);
}

/** `owner/name` of the repository the CMS commits to: `gekozen` (the `cms.repo` option), else git's origin. */
export function cmsRepo(root: string, gekozen?: string): string | undefined {
	if (gekozen) return gekozen;
	try {
		const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		return /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(url)?.[1];
	} catch {
		return undefined;
	}
}

/**
 * The Content-Security-Policy of the editing screen. The site-wide policy (src/postprocess/csp.ts)
 * leaves a page that has its own policy alone. The CMS needs more than a workbook page, and only here:
 * - connect-src: GitHub's API (after sign-in) and files from GitHub; blob:/data: for previews of
 *   uploaded files. Not www.githubstatus.com: Sveltia asks it for GitHub's status every five minutes,
 *   also before anyone signs in, and has no option to stop that; `ZONDER_STATUSCHECK` answers that
 *   request in the page, so it is never sent (and the policy never has to block it);
 * - style-src 'unsafe-inline': the CMS (Svelte) adds its styles at run time;
 * - img-src https: images in pages and avatars come from GitHub's servers after sign-in;
 * - 'wasm-unsafe-eval' and blob: workers: image conversion (WebP, HEIC) in the browser.
 * Scripts still come only from the site itself.
 */
export const CMS_CSP = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval' blob:",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob: https:",
	"media-src 'self' blob: https:",
	"font-src 'self' data:",
	"connect-src 'self' blob: data: https://api.github.com https://*.githubusercontent.com",
	"worker-src 'self' blob:",
	"frame-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');

/**
 * Loaded before the CMS: answers Sveltia's request for GitHub's status (www.githubstatus.com, every
 * five minutes, also before sign-in; no setting switches it off) in the page itself with "unknown"
 * (Sveltia then shows no status warning), so the editing screen sends nothing to another site before sign-in and the console
 * shows no blocked request. Every other request passes unchanged.
 */
export const ZONDER_STATUSCHECK = `// Generated by src/integration/cms.ts: answers Sveltia CMS's GitHub status check without a request.
{
	const origineel = window.fetch.bind(window);
	window.fetch = (invoer, init) => {
		const url = String(invoer instanceof Request ? invoer.url : invoer);
		if (url.startsWith('https://www.githubstatus.com/')) {
			// "unknown": the page does not know GitHub's status, and says nothing about it.
			return Promise.resolve(new Response('{"status":{"indicator":"unknown"}}', { headers: { 'content-type': 'application/json' } }));
		}
		return origineel(invoer, init);
	};
}
`;

/** The HTML page that loads the editing screen. */
export function cmsPage(titel: string): string {
	return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${CMS_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(titel)}</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link href="config.json" type="application/json" rel="cms-config-url">
<script src="zonder-statuscheck.js"></script>
</head>
<body>
<noscript>Het bewerkscherm werkt alleen met JavaScript aan.</noscript>
<script type="module" src="cms.js"></script>
</body>
</html>
`;
}

/**
 * The editing screen at `<base>admin/`: Sveltia CMS from the npm package, with a configuration
 * generated from the region schema (src/cms/config.ts). Written into the build output after the
 * build, and served by `astro dev` for editing a local clone.
 */
export function werkboekCms(
	context: WerkboekContext,
	opties: WerkboekOptions['cms']
): AstroIntegration {
	const { root, geladen, werkboek } = context;
	const { regio, bron } = geladen;
	// Set from Astro's config before anything is served or written.
	let base = '/';
	let site: string | undefined;

	let bundel: Promise<string> | undefined;
	const regioMap = bron.isStarter
		? 'content/regio'
		: relative(root, bron.map).split('\\').join('/');
	const logoNaam = geladen.logoPad ? `logo${extname(geladen.logoPad)}` : undefined;

	const bestanden = (): Record<string, string> => {
		const cms: CmsOpties = {
			regioMap,
			regioNaam: regio.naam,
			repo: cmsRepo(root, opties.repo) ?? 'eigenaar/werkboek',
			branch: opties.branch,
			hoofdstukken: werkboek.delen.flatMap((d) => d.hoofdstukken),
			delen: werkboek.delen,
			sjablonen: sjabloonSlugs(root),
			...(logoNaam ? { logo: `${base}${CMS_DIR}/${logoNaam}` } : {}),
			...(site ? { siteUrl: new URL(base, site).href } : {}),
			...(opties.oauthUrl ? { oauthUrl: opties.oauthUrl } : {}),
		};
		const titel = `Werkboek ${regio.naam} bewerken`;
		return {
			'index.html': cmsPage(titel),
			'config.json': `${JSON.stringify(cmsConfig(cms), null, '\t')}\n`,
			'zonder-statuscheck.js': ZONDER_STATUSCHECK,
		};
	};

	return {
		name: 'werkboek:cms',
		hooks: {
			'astro:config:setup': ({ config }) => {
				base = normalizeBase(config.base);
				site = config.site;
			},
			'astro:server:setup': ({ server, logger }) => {
				server.middlewares.use((req, res, next) => {
					const pad = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
					const prefix = `${base}${CMS_DIR}`;
					if (pad !== prefix && !pad.startsWith(`${prefix}/`)) return next();
					if (pad === prefix) {
						res.writeHead(301, { location: `${prefix}/` }).end();
						return;
					}
					const naam = pad.slice(prefix.length + 1) || 'index.html';
					const gegenereerd = bestanden()[naam];
					if (gegenereerd !== undefined) {
						const soort = naam.endsWith('.html')
							? 'text/html; charset=utf-8'
							: naam.endsWith('.js')
								? 'text/javascript; charset=utf-8'
								: 'application/json';
						res.writeHead(200, { 'content-type': soort }).end(gegenereerd);
						return;
					}
					if (logoNaam && naam === logoNaam && geladen.logoPad) {
						res
							.writeHead(200, {
								'content-type': logoNaam.endsWith('.svg')
									? 'image/svg+xml'
									: 'application/octet-stream',
							})
							.end(readFileSync(geladen.logoPad));
						return;
					}
					// Once per dev server: every chunk of the editor is a request of its own.
					bundel ??= cmsBundle(root).catch((fout: unknown) => {
						bundel = undefined;
						throw fout;
					});
					bundel
						.then((map) => {
							const bestand = join(map, naam);
							if (!bestand.startsWith(map) || !existsSync(bestand)) return next();
							const type = naam.endsWith('.js')
								? 'text/javascript; charset=utf-8'
								: naam.endsWith('.wasm')
									? 'application/wasm'
									: 'application/octet-stream';
							res.writeHead(200, { 'content-type': type }).end(readFileSync(bestand));
						})
						.catch((fout: unknown) => {
							logger.error(
								`Het bewerkscherm kon niet worden klaargezet: ${(fout as Error).message}`
							);
							next(fout);
						});
				});
			},
			'astro:build:start': () => {
				// Made (the first time) while Astro loads the workbook, which keeps one core of two
				// busy, rather than at the end, where it took CPU from the PDFs.
				bundel ??= cmsBundle(root);
				bundel.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const start = Date.now();
				const uit = join(fileURLToPath(dir), CMS_DIR);
				let map: string;
				try {
					map = await (bundel ?? cmsBundle(root));
				} catch (fout) {
					// Nothing half-built is published: without its editing screen the site is not complete.
					rmSync(fileURLToPath(dir), { recursive: true, force: true });
					throw astroError(
						`Het bewerkscherm (Sveltia CMS) kon niet worden klaargezet; de uitvoer is weggehaald. ${(fout as Error).message}`,
						'Voer npm install opnieuw uit, of verwijder de map node_modules/.cache/regiowerkboek/ en bouw opnieuw.'
					);
				}
				mkdirSync(uit, { recursive: true });
				linkFolder(map, uit);
				for (const [naam, inhoud] of Object.entries(bestanden()))
					plaatsBestand(join(uit, naam), inhoud);
				if (geladen.logoPad && logoNaam)
					plaatsBestand(join(uit, logoNaam), readFileSync(geladen.logoPad));
				logger.info(
					`Bewerkscherm in ${basename(fileURLToPath(dir))}/${CMS_DIR}/ (${Date.now() - start} ms).`
				);
			},
		},
	};
}
