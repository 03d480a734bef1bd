// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import werkboek from './src/integration/index.ts';

// Declarative on purpose: everything a region sets (name, logo, colours, pages) comes from
// content/regio/. This file is the only place that reads the environment: the site URL and base
// path for Astro, the rest as options of werkboek() (documented in src/integration/options.ts; the
// README lists every variable).
const env = process.env;
/**
 * An environment variable, or undefined when it is not set or empty.
 * @param {string} naam
 */
const variabele = (naam) => env[naam] || undefined;
const project = fileURLToPath(new URL('./', import.meta.url));
/**
 * A folder of this build's own (`WERKBOEK_BOUWMAP`; `npm run build:regios` gives each region one).
 * Astro writes generated files (types, the content layer's lists of modules) into `<root>/.astro/`
 * and reads them back while it builds, and keeps its cache in `<root>/node_modules/.astro/`: two
 * regions built at the same time from one checkout would read each other's. With this folder as
 * Astro's root, its `.astro/` and cache are this build's alone; the source, the public files and
 * the output stay in the project.
 */
const bouwmap = variabele('WERKBOEK_BOUWMAP');

export default defineConfig({
	...(env.SITE_URL ? { site: env.SITE_URL } : {}),
	...(env.BASE_PATH ? { base: env.BASE_PATH } : {}),
	...(bouwmap
		? {
				root: resolve(bouwmap),
				srcDir: resolve(project, 'src'),
				publicDir: resolve(project, 'public'),
				outDir: resolve(project, 'dist'),
				cacheDir: resolve(bouwmap, 'cache'),
				// Astro takes the `~/` alias from the tsconfig.json in its root, which is not there.
				vite: {
					resolve: { alias: [{ find: /^~\//, replacement: `${resolve(project, 'src')}/` }] },
				},
			}
		: {}),
	// Separate caches let several regions be built at the same time from one checkout.
	...(env.WERKBOEK_CACHE ? { cacheDir: env.WERKBOEK_CACHE } : {}),
	trailingSlash: 'always',
	// Astro 7 compresses HTML by JSX rules by default ('jsx'), which drops the line break between a
	// word and an element on the next source line: "jullie\n<strong>naartoe</strong>" became
	// "jullienaartoe". HTML-aware compression keeps one space there (tests/quality/spaties.test.ts).
	compressHTML: true,
	// Four pages in progress at a time: rendering waits on file writes and content reads, which then
	// overlap. Measured with `npm run bench`: page generation 20–30% faster at 50 chapters, memory
	// at 1000 chapters unchanged (1.39 GB).
	build: { concurrency: 4 },
	markdown: { processor: unified() },
	integrations: [
		werkboek({
			regio: variabele('WERKBOEK_REGIO'),
			pdf: env.WERKBOEK_PDF !== '0',
			chromium: { source: variabele('WERKBOEK_CHROMIUM'), path: variabele('CHROME_PATH') },
			sidebar: {
				cache: { 1: true, 0: false }[env.WERKBOEK_ZIJBALK_CACHE ?? ''],
				max: Number(env.WERKBOEK_ZIJBALK_MAX) || undefined,
			},
			cms: {
				repo: variabele('WERKBOEK_REPO') ?? variabele('GITHUB_REPOSITORY'),
				branch: variabele('WERKBOEK_BRANCH') ?? 'main',
				oauthUrl: variabele('WERKBOEK_CMS_OAUTH'),
			},
		}),
	],
});
