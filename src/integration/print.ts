import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** scripts/pdf.ts, the PDF process (see startPdfProcess). */
const PDF_SCRIPT = fileURLToPath(new URL('../../scripts/pdf.ts', import.meta.url));

/** The PDF process of a build (startPdfProcess). */
interface PdfProcess {
	/** The Chromium check: a Dutch message when there is none, else undefined. */
	check: Promise<string | undefined>;
	/** Hands the process the build's options; resolves with its exit code once the PDFs are made. */
	make(opties: PdfOptions): Promise<number | null>;
}

/**
 * Starts scripts/pdf.ts in its own Node process (the one running this build) when the build starts,
 * with `--wacht`: while Astro bundles and renders, it loads the PDF code (pdf-lib, pdf.js,
 * Playwright) and looks for a Chromium, and reports that check; it makes the PDFs when `make` sends
 * it the options. Astro's build hooks cannot import modules once the config is loaded, and the PDF
 * code needs Playwright and the npm Chromium; the process loads neither the region nor the workbook
 * again. Its output is shown as it comes. It is stopped when this process ends first (a failed build).
 * Measured: the check and loading took 1–1.5 s at the start of every build when the build waited.
 */
function startPdfProcess(bestand: string, chromium: PdfOptions['chromium']): PdfProcess {
	writeFileSync(bestand, JSON.stringify({ chromium }));
	const kind = spawn(process.execPath, [PDF_SCRIPT, '--opties', bestand, '--wacht'], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const stop = () => kind.kill();
	process.once('exit', stop);
	const einde = new Promise<number | null>((klaar) => {
		kind.on('error', () => klaar(null));
		kind.on('close', (code) => {
			process.off('exit', stop);
			klaar(code);
		});
	});
	const check = new Promise<string | undefined>((klaar) => {
		kind.once('message', (bericht: { controle: string | null }) =>
			klaar(bericht.controle ?? undefined)
		);
		void einde.then(() =>
			klaar(
				'Het PDF-proces stopte voordat het een Chromium had gevonden; zie de melding hierboven.'
			)
		);
	});
	return {
		check,
		make: (opties) => {
			kind.send({ opties });
			return einde;
		},
	};
}

/**
 * Print output: print routes for the participant worksheets, the facilitator cards and the whole
 * workbook, the print stylesheet's region colours and the `beforeprint` script, and, after the
 * build, the PDFs made from those routes in a real Chromium.
 *
 * Three integrations. `beforeSearch` keeps the print pages out of Starlight's search index (it goes
 * before Starlight). `start` only hands the PDF process (started with the build, startPdfProcess)
 * the options once the pages are there: the workbook puts it right after Starlight, whose search
 * index must not see the PDF sizes that the process writes into the pages at its end (see
 * fillPdfInfo). The editing screen is then bundled or linked while the PDFs are made. `print` does
 * everything else and waits for the PDFs in its astro:build:done.
 */
export function werkboekPrint(
	context: WerkboekContext,
	opties: Pick<WerkboekOptions, 'pdf' | 'chromium'>
): { beforeSearch: AstroIntegration; start: AstroIntegration; print: AstroIntegration } {
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
	/** The PDF process, started in astro:build:start. */
	let pdfProcess: PdfProcess | undefined;
	/** Its exit code, once `start` has handed it the options. */
	let pdfKlaar: Promise<number | null> | undefined;
	const entry = (bestand: string) =>
		fileURLToPath(new URL(`../print/routes/${bestand}`, import.meta.url));

	/** Where `beforeSearch` keeps the print pages while Starlight builds its search index. */
	let printApart: { van: string; naar: string } | undefined;
	/** Puts the print pages back (also when the build fails: the output is removed whole then). */
	const printTerug = () => {
		if (!printApart) return;
		renameSync(printApart.naar, printApart.van);
		printApart = undefined;
	};

	/**
	 * Before Starlight's search index: the print pages (`print/`, over half of all pages) go to the
	 * cache folder, so Pagefind does not read them. They have no `data-pagefind-body`, so they never
	 * were in the index: it comes out byte for byte the same, and Pagefind is done sooner (measured
	 * on the 50-chapter bench site: 1.06 → 0.84 s and 1.68 → 1.34 s). Starlight has no option for this. `start` puts them back.
	 */
	const beforeSearch: AstroIntegration = {
		name: 'werkboek:print-buiten-zoekindex',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const van = join(fileURLToPath(dir), 'print');
				const naar = join(pdfBestand, '..', `print-apart-${process.pid}`);
				if (!existsSync(van)) return;
				rmSync(naar, { recursive: true, force: true });
				try {
					mkdirSync(join(naar, '..'), { recursive: true });
					renameSync(van, naar);
				} catch {
					return; // another disk: Pagefind then just reads them
				}
				printApart = { van, naar };
				process.once('exit', () => {
					if (printApart) rmSync(printApart.naar, { recursive: true, force: true });
				});
			},
		},
	};

	const start: AstroIntegration = {
		name: 'werkboek:pdf-start',
		hooks: {
			'astro:build:done': ({ dir }) => {
				printTerug();
				if (!pdf || !pdfProcess) return;
				const opdracht: PdfOptions = {
					map: fileURLToPath(dir),
					base,
					site,
					regio: geladen.regio,
					logoPad: geladen.logoPad,
					chromium,
				};
				// Also on disk: `node scripts/pdf.ts --opties <this file>` makes these PDFs again.
				writeFileSync(pdfBestand, JSON.stringify(opdracht));
				pdfKlaar = pdfProcess.make(opdracht);
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
				pdfProcess = startPdfProcess(join(pdfBestand, '..', 'werkboek-pdf-start.json'), chromium);
			},
			'astro:build:generated': async () => {
				// Fail before the search index, the editing screen and the PDFs when there is no Chromium.
				// The pages are written by now; the failed build removes them (src/integration/index.ts).
				const fout = await pdfProcess?.check;
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
	return { beforeSearch, start, print };
}
