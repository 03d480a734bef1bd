import type { AstroIntegration } from 'astro';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import type { WerkboekContext } from '../plan/context.ts';
import type { WerkboekOptions } from './options.ts';
import { printContents } from '../print/contents.ts';
import { schrijfVelPaginas, velPaginasInDev } from '../print/vel-paginas.ts';
import type { PdfOptions } from '../print/pdf.ts';
import { fillPdfInfo, type PdfInfo } from '../print/pdf-info.ts';
import { removeLeftovers } from '../utils/leftovers.ts';
import { printAccentCss } from './kleuren.ts';
import { printModule, VIRTUAL, virtualModules } from './virtual.ts';
import { astroError } from '../utils/errors.ts';
import { normalizeBase } from '../utils/base-path.ts';

/** scripts/pdf.ts, the PDF process (see startPdfProcess). */
const PDF_SCRIPT = fileURLToPath(new URL('../../scripts/pdf.ts', import.meta.url));

/** How the PDF process of a build ended (startPdfProcess). */
interface PdfEinde {
	/** The sizes of the PDFs it made; undefined when it did not finish. */
	info: PdfInfo | undefined;
	/** What went wrong, in Dutch, when it did not finish. */
	fout: string | undefined;
}

/** The PDF process of a build (startPdfProcess). */
interface PdfProcess {
	/** The Chromium check: a Dutch message when there is none, it does not start or opens no tab. */
	check: Promise<string | undefined>;
	/** Hands the process the build's options; resolves once it has ended. */
	make(options: PdfOptions): Promise<PdfEinde>;
}

/**
 * Starts scripts/pdf.ts in its own Node process (the one running this build) as soon as the config
 * says this is a build, with `--wacht`: while Astro syncs, bundles and renders, it loads the PDF code
 * (pdf-lib, Playwright), starts a Chromium, opens its tabs and reports that check; it makes the PDFs
 * when `make` sends it the options, and sends back their sizes. Astro's build hooks cannot import
 * modules once the config is loaded, and the PDF code needs Playwright and the npm Chromium; the
 * process loads neither the region nor the workbook again. Its output is shown as it comes.
 *
 * When this process ends first (a failed build), the PDF process is killed before anything else
 * runs on exit (SIGKILL: it cannot write on meanwhile; its Chromium ends when its pipe closes). It
 * writes its PDFs into the cache, not into the output (see `pdfMap`). Until it has work it does not
 * keep this process alive.
 */
function startPdfProcess(chromium: PdfOptions['chromium']): PdfProcess {
	const child = spawn(
		process.execPath,
		[PDF_SCRIPT, '--wacht', '--chromium', JSON.stringify(chromium)],
		{ stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }
	);
	child.unref();
	child.channel?.unref();
	const stop = () => child.kill('SIGKILL');
	process.prependOnceListener('exit', stop);
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
		child.on('error', () => resolve({ code: null, signal: null }));
		child.on('close', (code, signal) => {
			process.off('exit', stop);
			resolve({ code, signal });
		});
	});
	const check = new Promise<string | undefined>((resolve) => {
		child.once('message', (message: { check: string | null }) =>
			resolve(message.check ?? undefined)
		);
		void exited.then(() =>
			resolve(
				'Het PDF-proces stopte voordat het een Chromium had gevonden; zie de melding hierboven.'
			)
		);
	});
	let info: PdfInfo | undefined;
	child.on('message', (message: { info?: PdfInfo }) => {
		if (message.info) info = message.info;
	});
	return {
		check,
		make: async (options) => {
			child.ref();
			child.channel?.ref();
			child.send({ options });
			const { code, signal } = await exited;
			if (code === 0 && info) return { info, fout: undefined };
			return {
				info: undefined,
				fout: signal
					? `Het PDF-proces is gestopt door ${signal}, bijvoorbeeld omdat het werkgeheugen op was.`
					: code === 0
						? "Het PDF-proces stopte zonder de PDF's door te geven."
						: 'De oorzaak staat in de melding hierboven.',
			};
		},
	};
}

/**
 * Moves folder `van` to `naar`: renamed, or copied into it when that cannot be (another disk, or a
 * `naar` that already has files, as a site's own pdf/ from public/).
 */
function verplaats(van: string, naar: string): void {
	try {
		renameSync(van, naar);
	} catch (fout) {
		const code = (fout as NodeJS.ErrnoException).code;
		if (code !== 'EXDEV' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw fout;
		cpSync(van, naar, { recursive: true });
		rmSync(van, { recursive: true, force: true });
	}
}

/**
 * Print output: print routes for the participant worksheets, the facilitator cards and the whole
 * workbook, the print stylesheet's region colours and the `beforeprint` script, and, after the
 * build, the PDFs made from those routes in a real Chromium.
 *
 * Three integrations. `beforeSearch` (the workbook puts it before Starlight) moves the print pages
 * out of Starlight's search index and hands the PDF process (started with the build,
 * startPdfProcess) the options, so the PDFs are made while the search index, the editing screen and
 * the rest of the build go on. `afterSearch` (after Starlight and the integrations it adds) puts the
 * print pages back when no PDFs are made. `print` does everything else: it waits for the PDFs in its
 * astro:build:done, puts the print pages back, and fills the PDF sizes into the pages that offer
 * them (fillPdfInfo), which the search index is not to see.
 */
export function werkboekPrint(
	context: WerkboekContext,
	opties: Pick<WerkboekOptions, 'pdf' | 'chromium'>
): { beforeSearch: AstroIntegration; afterSearch: AstroIntegration; print: AstroIntegration } {
	const { root, geladen, plan } = context;
	const versie = (
		JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
			version: string;
		}
	).version;
	const { pdf, chromium } = opties;
	let base = '/';
	let site: string | undefined;
	/** Astro's cache folder: the PDF options and, for a moment, the print pages go there. */
	let cacheMap = '';
	/** The PDF process, started as soon as the config says this is a build. */
	let pdfProcess: PdfProcess | undefined;
	/** Its result, once `beforeSearch` has handed it the options. */
	let pdfDone: ReturnType<PdfProcess['make']> | undefined;
	const entry = (bestand: string) =>
		fileURLToPath(new URL(`../print/routes/${bestand}`, import.meta.url));

	/** Where `beforeSearch` keeps the print pages while Starlight builds its search index. */
	let printMoved: { from: string; to: string } | undefined;
	/** Puts the print pages back (after the PDFs, which load them); a no-op when they are in place. */
	const restorePrint = () => {
		if (!printMoved) return;
		renameSync(printMoved.to, printMoved.from);
		printMoved = undefined;
	};
	/**
	 * This build's own folders in the cache: `print-apart-<pid>` for the print pages while the search
	 * index is built, `pdf-apart-<pid>` for the PDFs while they are made. A build that fails removes
	 * them on exit; one that is killed leaves them, and the next build removes them.
	 */
	const apart = (soort: 'print' | 'pdf') => join(cacheMap, `${soort}-apart-${process.pid}`);
	const maakApart = () => {
		removeLeftovers(cacheMap, /^(?:print|pdf)-apart-(\d+)$/);
		// Of an earlier build that had this process id (in a container it often is the same).
		for (const soort of ['print', 'pdf'] as const)
			rmSync(apart(soort), { recursive: true, force: true });
		mkdirSync(cacheMap, { recursive: true });
		process.once('exit', () => {
			if (printMoved) rmSync(printMoved.to, { recursive: true, force: true });
			rmSync(apart('pdf'), { recursive: true, force: true });
		});
	};

	/**
	 * Before Starlight's search index: the print pages (`print/`, over half of all pages) go to the
	 * cache folder, so Pagefind does not read them. They have no `data-pagefind-body`, so they never
	 * were in the index: it comes out byte for byte the same, and Pagefind is done sooner (measured on
	 * the 50-chapter bench site: 1.06 → 0.84 s and 1.68 → 1.34 s). Starlight has no option for this.
	 * Then the PDF process gets the options and makes the PDFs from there, into the cache, while
	 * Pagefind and the rest of the build run (measured on the demo: Pagefind 0.4 s). `print` puts the
	 * print pages back and the PDFs in the site once the PDFs are made (`afterSearch` puts the print
	 * pages back at once when there are no PDFs).
	 */
	const beforeSearch: AstroIntegration = {
		name: 'werkboek:print-outside-search',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const uit = fileURLToPath(dir);
				maakApart();
				movePrint(uit);
				if (!pdf || !pdfProcess) return;
				const options: PdfOptions = {
					map: uit,
					base,
					site,
					regio: geladen.regio,
					logoPad: geladen.logoPad,
					chromium,
				};
				// Also on disk: `node scripts/pdf.ts --opties <this file>` makes these PDFs again, from
				// the print pages and into the folder where they end up.
				writeFileSync(join(cacheMap, 'werkboek-pdf.json'), JSON.stringify(options));
				logger.info("De PDF's worden gemaakt, terwijl de rest van de build doorgaat.");
				pdfDone = pdfProcess.make({ ...options, printMap: printMoved?.to, pdfMap: apart('pdf') });
			},
		},
	};
	/** Moves the print pages out of the search index's way (see beforeSearch). */
	const movePrint = (uit: string) => {
		const from = join(uit, 'print');
		if (!existsSync(from)) return;
		try {
			renameSync(from, apart('print'));
		} catch (fout) {
			// Another disk: Pagefind then just reads them.
			if ((fout as NodeJS.ErrnoException).code === 'EXDEV') return;
			throw fout;
		}
		printMoved = { from, to: apart('print') };
	};

	/** After Starlight's search index: the print pages back in the site, when no PDFs load them. */
	const afterSearch: AstroIntegration = {
		name: 'werkboek:print-after-search',
		hooks: {
			'astro:build:done': () => {
				if (!pdfDone) restorePrint();
			},
		},
	};

	const print: AstroIntegration = {
		name: 'werkboek:print',
		hooks: {
			'astro:config:setup': ({ config, injectRoute, injectScript, updateConfig, command }) => {
				// As early as possible: Chromium starts and opens its tabs while Astro syncs the content,
				// which keeps one core busy, rather than beside the bundler, which keeps both busy.
				if (pdf && command === 'build') pdfProcess = startPdfProcess(chromium);
				injectRoute({
					pattern: '/print/werkbladen',
					entrypoint: entry('werkbladen.astro'),
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
							{
								name: 'werkboek:vel-paginas',
								configureServer: (server) => {
									server.middlewares.use(velPaginasInDev(normalizeBase(config.base)));
								},
							},
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
				cacheMap = fileURLToPath(config.cacheDir);
			},
			'astro:build:generated': async ({ dir, logger }) => {
				// Each sheet's own page, from the bundle that holds it (src/print/vel-paginas.ts).
				const aantal = schrijfVelPaginas(fileURLToPath(dir), base);
				logger.info(`${aantal} pagina's van losse vellen afgeleid uit hun bundels.`);
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
				if (!pdfDone)
					throw new Error('De PDF-stap is niet gestart (werkboek:print-outside-search ontbreekt).');
				const { info, fout } = await pdfDone;
				restorePrint();
				if (!info) {
					// Nothing half-built: without its PDFs the site is not published.
					rmSync(uit, { recursive: true, force: true });
					throw astroError(
						"De PDF's konden niet gemaakt worden; de uitvoer is weggehaald.",
						`${fout} Bouwen zonder PDF's kan met WERKBOEK_PDF=0.`
					);
				}
				// Into the site: all of them at once, now that they are made.
				verplaats(apart('pdf'), join(uit, 'pdf'));
				// After the search index, which is not to see them (Starlight's, before `afterSearch`).
				fillPdfInfo(uit, info);
			},
		},
	};
	return { beforeSearch, afterSearch, print };
}
