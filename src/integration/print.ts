import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import type { WerkboekContext } from '../plan/context.ts';
import { printInhoud } from '../print/contents.ts';
import { printAccentCss } from './kleuren.ts';
import { printModule, VIRTUAL, virtualModules } from './virtual.ts';

/**
 * Runs scripts/pdf.ts in its own Node process (the one running this build), with output shown as
 * it comes. Astro's build hooks cannot import modules once the config is loaded, and the PDF
 * code needs Playwright and the npm Chromium.
 */
function pdfScript(args: string[]): number | null {
	const script = fileURLToPath(new URL('../../scripts/pdf.ts', import.meta.url));
	return spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' }).status;
}

/** `WERKBOEK_PDF=0` skips the PDFs (fast fixture builds); everything else makes them. */
export function pdfAan(env: NodeJS.ProcessEnv = process.env): boolean {
	return env['WERKBOEK_PDF'] !== '0';
}

/**
 * Print output: print routes for the participant worksheets, the facilitator cards and the whole
 * workbook, the print stylesheet's region colours and the `beforeprint` script, and, after the
 * build, the PDFs made from those routes in a real Chromium.
 */
export function werkboekPrint(context: WerkboekContext): AstroIntegration {
	const { root, geladen, plan } = context;
	const versie = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
	const pdf = pdfAan();
	let base = '/';
	let site: string | undefined;
	const entry = (bestand: string) => fileURLToPath(new URL(`../print/routes/${bestand}`, import.meta.url));

	return {
		name: 'werkboek:print',
		hooks: {
			'astro:config:setup': ({ injectRoute, injectScript, updateConfig, command }) => {
				injectRoute({ pattern: '/print/werkbladen/[slug]', entrypoint: entry('werkblad.astro'), prerender: true });
				injectRoute({ pattern: '/print/werkbladen', entrypoint: entry('werkbladen.astro'), prerender: true });
				injectRoute({ pattern: '/print/kaarten/[slug]', entrypoint: entry('kaart.astro'), prerender: true });
				injectRoute({ pattern: '/print/kaarten', entrypoint: entry('kaarten.astro'), prerender: true });
				injectRoute({ pattern: '/print/werkboek', entrypoint: entry('werkboek.astro'), prerender: true });
				injectRoute({ pattern: '/print/sessie', entrypoint: entry('sessie.astro'), prerender: true });
				// Browsers cannot open <details> from CSS: open them for printing, close them afterwards.
				injectScript('page', `import { openDetailsBijPrinten } from '${fileURLToPath(new URL('../print/details.ts', import.meta.url))}'; openDetailsBijPrinten();`);
				updateConfig({
					vite: {
						plugins: [
							virtualModules('werkboek:print', {
								[VIRTUAL.print]: () => printModule(geladen.logoPad, pdf && command === 'build', versie, printInhoud(root, plan)),
								[VIRTUAL.printKleuren]: () => printAccentCss(geladen.regio),
							}),
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site;
			},
			'astro:build:start': () => {
				if (!pdf) return;
				// Fail before anything is written when no Chromium can make the PDFs.
				if (pdfScript(['--controleer']) !== 0) process.exit(1);
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!pdf) {
					logger.info('PDF\'s overgeslagen (WERKBOEK_PDF=0).');
					return;
				}
				const uit = fileURLToPath(dir);
				if (pdfScript([uit, '--base', base, ...(site ? ['--site', site] : [])]) !== 0) {
					// Nothing half-built: without its PDFs the site is not published.
					rmSync(uit, { recursive: true, force: true });
					console.error('De PDF\'s konden niet gemaakt worden; de uitvoer is weggehaald.\n');
					process.exit(1);
				}
			},
		},
	};
}
