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

/** Folder of the editing screen in the built site: `<base>admin/`. */
export const CMS_DIR = 'admin';
const ENTRY = fileURLToPath(new URL('../cms/entry.ts', import.meta.url));
/** Bump when the bundle's build settings below change, so cached bundles are rebuilt. */
const BUNDEL_INSTELLINGEN = 'base=./;chunks=chunks/;assets=assets/;zonder-cdn-lettertypen';

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

/**
 * Sveltia's interface ships its fonts in the package and registers them with the FontFace API, but
 * its stylesheet also declares the same fonts from the jsDelivr CDN, which the browser then fetches
 * too. This drops those CDN rules from the bundle, so the fonts come only from the site itself.
 */
function zonderCdnLettertypen() {
	let gevonden = 0;
	return {
		name: 'werkboek:cms-zonder-cdn-lettertypen',
		transform(code: string, id: string) {
			if (!id.includes('@sveltia') || !code.includes('cdn.jsdelivr.net/fontsource/'))
				return undefined;
			return code.replace(CDN_LETTERTYPE, () => {
				gevonden++;
				return '';
			});
		},
		buildEnd() {
			// A new Sveltia version may load its fonts differently: fail loudly rather than leak.
			if (gevonden === 0)
				this.warn(
					'Geen CDN-lettertypen gevonden om te verwijderen; controleer de e2e-test van het bewerkscherm.'
				);
		},
	} satisfies import('vite').Plugin;
}

/**
 * Bundles src/cms/entry.ts with @sveltia/cms (its language files, fonts and lazily loaded chunks
 * included) into a folder of the cache (see cmsBundleCache), once per Sveltia and Vite version: a
 * separate Vite build, so the site's own `_astro/` stays as it is. Concurrent builds each write a
 * temporary folder and rename it.
 */
export async function cmsBundle(root: string, cacheMap = cmsBundleCache(root)): Promise<string> {
	// Keyed by the Sveltia and Vite versions and this project's entry and build settings.
	const sleutel = createHash('sha256')
		.update(readFileSync(ENTRY))
		.update(BUNDEL_INSTELLINGEN)
		.update(viteVersion)
		.digest('hex')
		.slice(0, 10);
	const doel = join(cacheMap, 'cms', `sveltia-${sveltiaPakket(root).versie}-${sleutel}`);
	if (existsSync(join(doel, 'cms.js'))) return doel;
	const tijdelijk = `${doel}.tmp-${process.pid}-${Date.now()}`;
	await build({
		configFile: false,
		root,
		// Relative URLs: fonts, language files and chunks load from <base>admin/, whatever the base.
		base: './',
		logLevel: 'error',
		// Vite's cache of its own per build: regions built at the same time share nothing they write.
		cacheDir: `${tijdelijk}-vite`,
		publicDir: false,
		plugins: [zonderCdnLettertypen()],
		build: {
			outDir: tijdelijk,
			emptyOutDir: true,
			sourcemap: false,
			modulePreload: false,
			chunkSizeWarningLimit: 4096,
			rollupOptions: {
				input: ENTRY,
				output: {
					entryFileNames: 'cms.js',
					chunkFileNames: 'chunks/[name]-[hash].js',
					assetFileNames: 'assets/[name]-[hash][extname]',
				},
			},
		},
	});
	rmSync(`${tijdelijk}-vite`, { recursive: true, force: true });
	try {
		renameSync(tijdelijk, doel);
	} catch {
		// Another build got there first: use its copy.
		rmSync(tijdelijk, { recursive: true, force: true });
	}
	return doel;
}

/**
 * Puts the files of `bron` (the cached bundle) in `doel` as hard links: 375 files and 17 MB are
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
							logger.error(`Het bewerkscherm kon niet worden gebouwd: ${String(fout)}`);
							next(fout);
						});
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const start = Date.now();
				const uit = join(fileURLToPath(dir), CMS_DIR);
				mkdirSync(uit, { recursive: true });
				linkFolder(await cmsBundle(root), uit);
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
