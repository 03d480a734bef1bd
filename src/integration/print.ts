import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import type { WerkboekContext } from '../plan/context.ts';
import type { WerkboekOptions } from './options.ts';
import { printContents } from '../print/contents.ts';
import type { PdfOptions } from '../print/pdf.ts';
import { printAccentCss } from './kleuren.ts';
import { printModule, VIRTUAL, virtualModules } from './virtual.ts';
import { astroError } from '../utils/errors.ts';
import { normalizeBase } from '../utils/base-path.ts';

/** scripts/pdf.ts, the PDF process (see pdfScript and controleerChromium). */
const PDF_SCRIPT = fileURLToPath(new URL('../../scripts/pdf.ts', import.meta.url));

/**
 * Starts scripts/pdf.ts in its own Node process (the one running this build) and resolves with its
 * exit code. Astro's build hooks cannot import modules once the config is loaded, and the PDF code
 * needs Playwright and the npm Chromium. The process gets everything it needs from this build in
 * one JSON file (`opties`, in Astro's cache folder): it loads neither the region nor the workbook
 * again. Its output is shown as it comes. It is stopped when this process ends first (a failed build).
 */
function startPdfScript(bestand: string, opties: PdfOptions): Promise<number | null> {
	writeFileSync(bestand, JSON.stringify(opties));
	const kind = spawn(process.execPath, [PDF_SCRIPT, '--opties', bestand], { stdio: 'inherit' });
	const stop = () => kind.kill();
	process.once('exit', stop);
	return new Promise((klaar) => {
		kind.on('error', () => klaar(null));
		kind.on('close', (code) => {
			process.off('exit', stop);
			klaar(code);
		});
	});
}

/**
 * `scripts/pdf.ts --controleer` in the background: whether a Chromium is there to make the PDFs.
 * Resolves with the Dutch message of a failed check, or undefined.
 */
function controleerChromium(
	bestand: string,
	chromium: PdfOptions['chromium']
): Promise<string | undefined> {
	writeFileSync(bestand, JSON.stringify({ chromium }));
	return new Promise((klaar) => {
		const kind = spawn(process.execPath, [PDF_SCRIPT, '--opties', bestand, '--controleer'], {
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let fout = '';
		kind.stderr.setEncoding('utf8').on('data', (stuk: string) => (fout += stuk));
		kind.on('error', (e) => klaar(e.message));
		kind.on('close', (code) =>
			klaar(code === 0 ? undefined : fout.trim() || "Er is geen Chromium om de PDF's te maken.")
		);
	});
}

/**
 * Print output: print routes for the participant worksheets, the facilitator cards and the whole
 * workbook, the print stylesheet's region colours and the `beforeprint` script, and, after the
 * build, the PDFs made from those routes in a real Chromium.
 *
 * Two integrations. `start` only starts the PDF process once the pages are there: the workbook puts
 * it right after Starlight, whose search index must not see the PDF sizes that the process writes
 * into the pages at its end (see fillPdfInfo). The editing screen is then bundled or linked while
 * the PDFs are made. `print` does everything else and waits for the PDFs in its astro:build:done.
 */
export function werkboekPrint(
	context: WerkboekContext,
	opties: Pick<WerkboekOptions, 'pdf' | 'chromium'>
): { start: AstroIntegration; print: AstroIntegration } {
	const { root, geladen, plan } = context;
	const versie = (
		JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
			version: string;
		}
	).version;
	const { pdf, chromium } = opties;
	let base = '/';
	let site: string | undefined;
	/** The JSON file that hands this build's context to the PDF process (pdfScript). */
	let pdfBestand = '';
	/** The background check of astro:build:start: a Dutch message when there is no Chromium. */
	let chromiumControle: Promise<string | undefined> | undefined;
	/** The PDF process started by `start`: its exit code. */
	let pdfKlaar: Promise<number | null> | undefined;
	const entry = (bestand: string) =>
		fileURLToPath(new URL(`../print/routes/${bestand}`, import.meta.url));

	const start: AstroIntegration = {
		name: 'werkboek:pdf-start',
		hooks: {
			'astro:build:done': ({ dir }) => {
				if (!pdf) return;
				pdfKlaar = startPdfScript(pdfBestand, {
					map: fileURLToPath(dir),
					base,
					site,
					regio: geladen.regio,
					logoPad: geladen.logoPad,
					chromium,
				});
			},
		},
	};

	const print: AstroIntegration = {
		name: 'werkboek:print',
		hooks: {
			'astro:config:setup': ({ injectRoute, injectScript, updateConfig, command }) => {
				injectRoute({
					pattern: '/print/werkbladen/[slug]',
					entrypoint: entry('werkblad.astro'),
					prerender: true,
				});
				injectRoute({
					pattern: '/print/werkbladen',
					entrypoint: entry('werkbladen.astro'),
					prerender: true,
				});
				injectRoute({
					pattern: '/print/kaarten/[slug]',
					entrypoint: entry('kaart.astro'),
					prerender: true,
				});
				injectRoute({
					pattern: '/print/kaarten',
					entrypoint: entry('kaarten.astro'),
					prerender: true,
				});
				injectRoute({
					pattern: '/print/werkboek',
					entrypoint: entry('werkboek.astro'),
					prerender: true,
				});
				injectRoute({
					pattern: '/print/sessie',
					entrypoint: entry('sessie.astro'),
					prerender: true,
				});
				// Browsers cannot open <details> from CSS: open them for printing, close them afterwards.
				injectScript(
					'page',
					`import { openDetailsBijPrinten } from '${fileURLToPath(new URL('../print/details.ts', import.meta.url))}'; openDetailsBijPrinten();`
				);
				updateConfig({
					vite: {
						plugins: [
							virtualModules('werkboek:print', {
								[VIRTUAL.print]: () =>
									printModule(
										geladen.logoPad,
										pdf && command === 'build',
										versie,
										printContents(root, plan)
									),
								[VIRTUAL.printKleuren]: () => printAccentCss(geladen.regio),
							}),
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
				site = config.site;
				const cache = fileURLToPath(config.cacheDir);
				pdfBestand = join(cache, 'werkboek-pdf.json');
			},
			'astro:build:start': () => {
				if (!pdf) return;
				mkdirSync(join(pdfBestand, '..'), { recursive: true });
				// Whether a Chromium can make the PDFs, checked while Astro bundles and renders (it took
				// 1–1.5 s at the start of every build when it waited here).
				chromiumControle = controleerChromium(
					join(pdfBestand, '..', 'werkboek-pdf-controle.json'),
					chromium
				);
			},
			'astro:build:generated': async () => {
				// Fail before the search index, the editing screen and the PDFs when there is no Chromium.
				// The pages are written by now; the failed build removes them (src/integration/index.ts).
				const fout = await chromiumControle;
				if (fout) throw astroError(fout, "Bouwen zonder PDF's kan met WERKBOEK_PDF=0.");
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!pdf) {
					logger.info("PDF's overgeslagen (WERKBOEK_PDF=0).");
					return;
				}
				const uit = fileURLToPath(dir);
				if (!pdfKlaar)
					throw new Error('De PDF-stap is niet gestart (werkboek:pdf-start ontbreekt).');
				if ((await pdfKlaar) !== 0) {
					// Nothing half-built: without its PDFs the site is not published.
					rmSync(uit, { recursive: true, force: true });
					throw astroError(
						"De PDF's konden niet gemaakt worden; de uitvoer is weggehaald.",
						"De oorzaak staat in de melding hierboven. Bouwen zonder PDF's kan met WERKBOEK_PDF=0."
					);
				}
			},
		},
	};
	return { start, print };
}
