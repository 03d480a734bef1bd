import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PDFDocument, ParseSpeeds, beginMarkedContent, endMarkedContent } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import type { Regio } from '../schemas/regio.ts';
import {
	chromiumSearch,
	eersteRegel,
	startChromium,
	type ChromiumSearch,
} from '../utils/chromium.ts';
import { escapeHtml } from '../postprocess/html.ts';
import { serveer } from '../utils/static-server.ts';
import { hoofdstukStarts } from './outline.ts';
import type { PdfInfo } from './pdf-info.ts';

export interface PdfOptions {
	/** The built site. */
	map: string;
	/**
	 * Where its print pages (`print/` in the site) are while the PDFs are made, when not in the site:
	 * the build moves them out of the search index's way (src/integration/print.ts).
	 */
	printMap?: string | undefined;
	/**
	 * Where the PDFs go, when not in the site's `pdf/`: the build has them written into its cache and
	 * moves them into the site once all are made (src/integration/print.ts), so that nothing of them
	 * lands in an output folder that a failing build is removing meanwhile.
	 */
	pdfMap?: string | undefined;
	/** The base path, with a trailing slash. */
	base: string;
	/** The site's public address, when known: links to pages outside a PDF point there. */
	site: string | undefined;
	regio: Regio;
	logoPad: string | undefined;
	/** Which Chromium (the integration's `chromium` option): `source` "npm" and/or a browser's `path`. */
	chromium: { source?: string | undefined; path?: string | undefined };
}

export interface PdfResult {
	bestanden: number;
	paginas: number;
	ms: number;
	/** For the pages that offer the PDFs (fillPdfInfo, src/print/pdf-info.ts). */
	info: PdfInfo;
}

/** Page margins of the sheets (vel.css) and of the workbook (print.css), for page.pdf. */
const VEL_MARGE = { top: '14mm', right: '15mm', bottom: '16mm', left: '15mm' };
const BOEK_MARGE = { top: '18mm', right: '16mm', bottom: '18mm', left: '16mm' };

const MIME: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
};

/** The logo as a data URL: header and footer templates cannot load anything. */
function logoDataUrl(pad: string | undefined): string | undefined {
	if (!pad) return undefined;
	return `data:${MIME[extname(pad).toLowerCase()] ?? 'application/octet-stream'};base64,${readFileSync(pad).toString('base64')}`;
}

/**
 * pdf-lib's load and save options here. By default pdf-lib pauses for a timer tick every 100
 * objects it parses and every 50 it writes (at least a millisecond each, some 0.7 s in all for
 * the workbook's 16,000 objects) so as not to block a browser page; in this process nothing waits
 * for it. The same bytes come out.
 */
const LEZEN = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest };
const SCHRIJVEN = { objectsPerTick: Infinity };

/** Sets what Chromium does not: the title to show, the language, author and creator. */
async function metMetadata(
	pdf: Uint8Array | PDFDocument,
	titel: string,
	regio: Regio
): Promise<PDFDocument> {
	const doc = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, LEZEN);
	doc.setTitle(titel, { showInWindowTitleBar: true });
	doc.setLanguage('nl');
	doc.setAuthor(regio.naam);
	doc.setSubject('Werkboek Regionaal Samenwerken');
	doc.setCreator('Regiowerkboek');
	doc.setProducer('Regiowerkboek met Chromium en pdf-lib');
	return doc;
}

interface VelInfo {
	slug: string;
	titel: string;
	paginas: number;
	past: boolean;
}

/**
 * In the browser: shows only the sheets `indexen` of the page, with their headings one level up
 * (h2 → h1, h3 → h2), as on a sheet's own print route, so each PDF starts with a level-1 heading and
 * is tagged and outlined like the sheet's own page. Works on copies of the laid-out sheets, kept in
 * `window.werkboekVellen` the first time.
 */
function toonVellen(indexen: number[]): void {
	const venster = window as unknown as { werkboekVellen?: Element[] };
	const main = document.querySelector('main')!;
	venster.werkboekVellen ??= [...main.querySelectorAll('.vel')];
	const kopieen = indexen.map((index) => {
		const kopie = venster.werkboekVellen![index]!.cloneNode(true) as Element;
		for (const kop of kopie.querySelectorAll('h2, h3, h4, h5, h6')) {
			const hoger = document.createElement(`h${Number(kop.tagName[1]) - 1}`);
			for (const { name, value } of kop.attributes) hoger.setAttribute(name, value);
			hoger.append(...kop.childNodes);
			kop.replaceWith(hoger);
		}
		return kopie;
	});
	main.replaceChildren(...kopieen);
}

/**
 * In the browser: gives the PDF step's style sheet `naam` the rules `css` ('' empties it), adding it
 * to the page the first time. A constructed style sheet, which the page's Content-Security-Policy
 * allows (a <style> element it would block). Its sheets:
 * - `skelet` (SKELET): hides everything but the headings, so that a print of the page has the same
 *   pages and the same bookmarks on them (visibility changes no layout, so every page breaks where it
 *   does in the full print) while Chromium paints and tags only the headings;
 * - `voettekst`: the footer rules of the next sheet print (voettekstCss);
 * - `scherm` (NIET_OP_SCHERM): takes the page off the screen, not off paper, so that Chromium no
 *   longer lays out, paints and composites the window's view of it after every change the PDF step
 *   makes (each sheet swapped in, the page numbers filled in) and after every print (when it goes
 *   back to the screen layout): nobody sees that view, and each print lays out the page for paper
 *   anyway. The long documents from the start (they are never laid out on screen at all); the
 *   sheets once ready, since their layout script (vel.ts) measures on screen.
 */
function stijlblad({ naam, css }: { naam: string; css: string }): void {
	const venster = window as unknown as { werkboekBladen?: Record<string, CSSStyleSheet> };
	const bladen = (venster.werkboekBladen ??= {});
	let blad = bladen[naam];
	if (!blad) {
		blad = bladen[naam] = new CSSStyleSheet();
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, blad];
	}
	blad.replaceSync(css);
}
const SKELET = {
	naam: 'skelet',
	css: 'body { visibility: hidden !important } :is(h1, h2, h3, h4, h5, h6) { visibility: visible !important }',
};
const NIET_OP_SCHERM = {
	naam: 'scherm',
	css: '@media screen { html { display: none !important } }',
};

/** A CSS string: `tekst` in double quotes, with quotes, backslashes and line breaks escaped. */
export function cssTekst(tekst: string): string {
	// Control characters as hexadecimal escapes: a raw line break or carriage return ends the string
	// and drops the whole rule.
	return `"${tekst.replace(/["\\]/g, '\\$&').replace(/[\0-\x1f\x7f]/g, (teken) => `\\${teken.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The footer of a sheet: the region's logo and name, the kind of sheet, and "pagina X van Y", in
 * the page's own bottom margin (CSS page-margin boxes), not in Chromium's separate header and
 * footer template: that template is laid out as a document of its own for every page of every
 * print, which cost 20–25 ms a print, a third of a one-page sheet's print (measured on the demo's
 * cards: 71 against 48 ms a print). `logo` is a data: URL.
 */
export function voettekstCss(regioNaam: string, logo: string | undefined, soort: string): string {
	// On one baseline, 5 mm above the paper's edge (centred, the box with the logo sat lower).
	const tekst =
		'font: 7.5pt system-ui, sans-serif; color: #555; vertical-align: bottom; padding-bottom: 5mm';
	// A margin box paints no background, and shows an image at its own size: the logo goes in a
	// 9 × 9 pt SVG of its own, which shows it whole (as object-fit: contain), whatever its format.
	const beeld = logo
		? `url(${cssTekst(
				`data:image/svg+xml;base64,${Buffer.from(
					`<svg xmlns="http://www.w3.org/2000/svg" width="9pt" height="9pt" viewBox="0 0 9 9"><image href="${escapeHtml(logo)}" width="9" height="9"/></svg>`
				).toString('base64')}`
			)}) "\\2002"`
		: '';
	return (
		`@page {` +
		` @bottom-left { content: ${beeld} ${cssTekst(`Werkboek ${regioNaam}`)}; ${tekst} }` +
		` @bottom-center { content: ${cssTekst(soort)}; ${tekst}; text-align: center }` +
		` @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${tekst}; text-align: right }` +
		` }`
	);
}

/**
 * Chromium's tabs for the PDFs, opened before they are needed: each new tab starts a renderer
 * process, some 0.3 s (measured: four tabs opened beforehand saved 1.1 s), and the build opens
 * them while Astro builds the site (scripts/pdf.ts --wacht), when a core is mostly idle.
 */
export interface PdfTabs {
	browser: Browser;
	/** A tab: one opened beforehand while there are any left, else a new one. */
	tab(): Promise<Page>;
}

/**
 * How many tabs makePdfs uses at once: the workbook and the draaiboek with a tab each for their
 * running headers, and three for the sheets.
 */
const TABS = 7;

/** Opens the PDF step's tabs in `browser` (see PdfTabs), in one context. */
async function openTabs(browser: Browser): Promise<PdfTabs> {
	const context = await browser.newContext();
	const vrij = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
	return { browser, tab: async () => vrij.shift() ?? context.newPage() };
}

/**
 * Starts Chromium and opens the PDF step's tabs; once more when that fails, unless it timed out:
 * on a busy machine Chromium now and then closed during its start (seen once in some 40 builds of
 * the demo: "Target page, context or browser has been closed"), and the next start worked. The
 * messages are Dutch; the browser of a failed try is closed.
 */
export async function startPdfChromium(zoek: ChromiumSearch): Promise<PdfTabs> {
	const poging = async () => {
		const { browser } = await startChromium(zoek);
		return openTabs(browser).catch(async (fout: unknown) => {
			await browser.close().catch(() => {});
			throw new Error(
				`Chromium start, maar opent geen tabblad: ${eersteRegel(fout)}\nGeef een andere Chromium op met CHROME_PATH.`,
				{ cause: fout }
			);
		});
	};
	return poging().catch((fout: unknown) => {
		if (isTimeout(fout)) throw fout;
		console.warn(`${eersteRegel(fout)} Nog een poging.`);
		return poging();
	});
}

/** Whether `fout`, or what caused it, is Playwright's timeout: a Chromium that hangs, not one that closed. */
function isTimeout(fout: unknown): boolean {
	for (let f = fout; f instanceof Error; f = f.cause) if (f.name === 'TimeoutError') return true;
	return false;
}

/**
 * Makes every PDF of the workbook from the built print routes, in a real Chromium:
 * `pdf/werkbladen/<slug>.pdf`, `pdf/werkbladen-alle.pdf`, `pdf/kaarten/<slug>.pdf`, `pdf/scripts/<act>.pdf` and
 * `pdf/werkboek.pdf`. Throws a Dutch message when a sheet does not fit its pages. The pages that
 * offer the PDFs are not touched: the caller fills in their sizes (fillPdfInfo) with the result's `info`.
 */
export async function makePdfs(
	opties: PdfOptions,
	/** Tabs opened before the options were known (scripts/pdf.ts --wacht); their browser is closed here. */
	geopend?: PdfTabs
): Promise<PdfResult> {
	const start = performance.now();
	const { map, base, regio } = opties;
	const pdfMap = opties.pdfMap ?? join(map, 'pdf');
	// Tabs opened earlier, unless their Chromium went away meanwhile (it waited through the build).
	const tabs = geopend?.browser.isConnected()
		? geopend
		: await startPdfChromium(chromiumSearch(opties.chromium));
	const { browser } = tabs;
	const elders = opties.printMap ? { pad: 'print/', map: opties.printMap } : undefined;
	const server = await serveer(map, base, elders).catch(async (fout: unknown) => {
		await browser.close();
		throw fout;
	});
	const logo = logoDataUrl(opties.logoPad);
	let bestanden = 0;
	let paginas = 0;
	const info: PdfInfo = [];
	const schrijf = async (pad: string, doc: PDFDocument) => {
		mkdirSync(join(pdfMap, pad, '..'), { recursive: true });
		const bytes = await doc.save(SCHRIJVEN);
		writeFileSync(join(pdfMap, pad), bytes);
		bestanden++;
		paginas += doc.getPageCount();
		info.push([pad, { bytes: bytes.byteLength, paginas: doc.getPageCount() }]);
	};
	try {
		const fouten: string[] = [];
		const afdrukken = async (page: Page, soort: string) => {
			await page.evaluate(stijlblad, {
				naam: 'voettekst',
				css: voettekstCss(regio.naam, logo, soort),
			});
			return page.pdf({
				format: 'A4',
				preferCSSPageSize: true,
				margin: VEL_MARGE,
				tagged: true,
				outline: true,
			});
		};
		/** Sheets that overflow their pages (marked by the layout script, src/print/vel.ts). */
		const nietPassend = (soort: string, vellen: VelInfo[]) => {
			for (const v of vellen.filter((v) => !v.past)) {
				fouten.push(
					`- ${soort} "${v.titel}" past niet op ${v.paginas} A4. Zet minder velden of regels in de werkvorm, of verhoog werkblad.paginas.`
				);
			}
		};
		const telPaginas = (soort: string, vellen: VelInfo[], doc: PDFDocument) => {
			const verwacht = vellen.reduce((som, v) => som + v.paginas, 0);
			if (doc.getPageCount() !== verwacht) {
				fouten.push(
					`- ${soort} "${vellen.map((v) => v.titel).join(', ')}" heeft ${doc.getPageCount()} pagina's in plaats van ${verwacht}.`
				);
			}
		};

		/**
		 * The sheets of one kind, from the print route that holds them all (`print/werkbladen/`,
		 * `print/kaarten/`): loaded and laid out once, then printed as a bundle and sheet by sheet
		 * (see toonVellen): the same layout as each sheet's own page (`print/werkbladen/<slug>/`),
		 * without loading a page per sheet.
		 */
		const soortVellen = async (
			page: Page,
			pad: string,
			enkel: string,
			map: string,
			bundel?: { soort: string; uit: string }
		) => {
			await page.goto(new URL(pad, server.url).href, { waitUntil: 'domcontentloaded' });
			await page.waitForSelector('html[data-vellen-klaar]', { state: 'attached' });
			const vellen = await page.$$eval('main .vel', (els) =>
				els.map((el) => {
					const data = (el as HTMLElement).dataset;
					return {
						slug: data['slug'] ?? '',
						titel: data['titel'] ?? '',
						paginas: Number(data['paginas']),
						past: data['past'] !== 'nee',
					};
				})
			);
			nietPassend(enkel, vellen);
			await page.evaluate(stijlblad, NIET_OP_SCHERM);
			if (bundel && vellen.length) {
				await page.evaluate(
					toonVellen,
					vellen.map((_, index) => index)
				);
				const doc = await metMetadata(
					await afdrukken(page, bundel.soort),
					`${bundel.soort}: alle werkbladen — Werkboek ${regio.naam}`,
					regio
				);
				telPaginas(bundel.soort, vellen, doc);
				await schrijf(bundel.uit, doc);
			}
			for (const [index, vel] of vellen.entries()) {
				await page.evaluate(toonVellen, [index]);
				const doc = await metMetadata(
					await afdrukken(page, enkel),
					`${enkel}: ${vel.titel} — Werkboek ${regio.naam}`,
					regio
				);
				telPaginas(enkel, [vel], doc);
				await schrijf(`${map}/${vel.slug}.pdf`, doc);
			}
		};
		// Two lanes side by side, so Chromium's renderers and this process's pdf-lib work overlap: the
		// workbook, the longest chain of steps that must follow each other (load, skeleton, full print,
		// overlay, save), alone in one lane from the start; in the other the draaiboek, the other long
		// chain, first, and then the many short sheet prints (worksheets, cards, and scripts and then
		// templates, in a tab each), which keep both cores busy until the workbook is done instead of
		// leaving the draaiboek to run alone at the end. Each PDF is made from its own page; the order
		// they finish in changes nothing.
		const boekenKlaar = (async () => {
			const boek = await maakWerkboek(
				tabs,
				new URL('print/werkboek/', server.url).href,
				opties,
				logo
			);
			await schrijf('werkboek.pdf', boek);
		})();
		// The facilitator's draaiboek: the trajectory and the templates (src/print/routes/traject.astro).
		const draaiboekKlaar = (async () => {
			const draaiboek = await maakWerkboek(
				tabs,
				new URL('print/traject/', server.url).href,
				opties,
				logo,
				'Draaiboek'
			);
			await schrijf('traject.pdf', draaiboek);
		})();
		const vellenKlaar = (async () => {
			// After the draaiboek, whether it worked or not (its error is reported below).
			await draaiboekKlaar.catch(() => {});
			await Promise.all([
				soortVellen(await tabs.tab(), 'print/werkbladen/', 'Werkblad', 'werkbladen', {
					soort: 'Werkbladen',
					uit: 'werkbladen-alle.pdf',
				}),
				soortVellen(await tabs.tab(), 'print/kaarten/', 'Begeleiderskaart', 'kaarten'),
				(async () => {
					const tab = await tabs.tab();
					// The facilitator scripts of the balancing acts (src/integration/traject.ts): pdf/scripts/<act>.pdf.
					await soortVellen(tab, 'print/scripts/', 'Gespreksscript', 'scripts');
					// The templates (src/integration/sjablonen.ts): pdf/sjablonen/<slug>.pdf. After the
					// scripts, the fewest sheets, so that the three tabs finish at about the same time.
					// In the same tab: a new one would start another renderer process.
					await soortVellen(tab, 'print/sjablonen/', 'Sjabloon', 'sjablonen');
				})(),
			]);
		})();
		// All settle before anything is reported, so no lane is left running when the browser closes.
		const [vellen, boeken, draaiboek] = await Promise.allSettled([
			vellenKlaar,
			boekenKlaar,
			draaiboekKlaar,
		]);
		if (vellen.status === 'rejected') throw vellen.reason;
		if (fouten.length)
			throw new Error(`Niet elk werkblad of elke kaart past op A4:\n${fouten.join('\n')}`);
		if (boeken.status === 'rejected') throw boeken.reason;
		if (draaiboek.status === 'rejected') throw draaiboek.reason;
	} finally {
		await browser.close();
		await server.sluit();
	}
	return { bestanden, paginas, ms: performance.now() - start, info };
}

/** The printed workbook's chapters (sections with a running header), in document order. */
interface Hoofdstuk {
	anker: string;
	titel: string;
}

/**
 * The whole workbook. Chromium prints it in one go (tagged, with bookmarks from the headings), twice:
 * a first, cheap print of the same layout with only the headings painted (SKELET, see stijlblad) tells on
 * which page each chapter starts (read from the bookmarks), those numbers go into the table of
 * contents, and the full print is checked to have the same starts (else it is printed again). Running
 * headers (the chapter's title) and page numbers are printed by Chromium on a separate overlay
 * document and laid over each page with pdf-lib, so the tagged structure stays intact.
 */
async function maakWerkboek(
	tabs: PdfTabs,
	url: string,
	opties: PdfOptions,
	logo: string | undefined,
	soort = 'Werkboek'
): Promise<PDFDocument> {
	const { regio } = opties;
	const page = await tabs.tab();
	// Never laid out on screen (see stijlblad).
	await page.addInitScript(stijlblad, NIET_OP_SCHERM);
	await page.goto(url, { waitUntil: 'load' });
	const { titel, hoofdstukken } = await page.evaluate(
		({ site, base }) => {
			// Links to site pages outside this document: to the public site when its address is known,
			// else plain text (a loopback address in a PDF would lead nowhere).
			for (const a of document.querySelectorAll<HTMLAnchorElement>(
				'.print-werkboek a[href^="/"]'
			)) {
				if (site)
					a.href = new URL(
						a.getAttribute('href')!.slice(base.length - 1),
						site.replace(/\/?$/, base)
					).href;
				else a.removeAttribute('href');
			}
			for (const details of document.querySelectorAll('details')) details.open = true;
			// Starlight's page title, the only h1, is not printed: in the PDF's tags and bookmarks every
			// heading counts one level up (chapters are level 1), so the document starts with a level-1
			// heading. aria-level changes the tags only, not the look.
			for (const kop of document.querySelectorAll('.print-werkboek :is(h2, h3, h4, h5, h6)')) {
				kop.setAttribute('aria-level', String(Number(kop.tagName[1]) - 1));
			}
			return {
				titel: document.querySelector<HTMLElement>('.print-werkboek')!.dataset['titel']!,
				hoofdstukken: [...document.querySelectorAll<HTMLElement>('.print-hoofdstuk')].map((s) => ({
					anker: s.id,
					titel: s.querySelector('h2')!.textContent!.trim(),
				})),
			};
		},
		{ site: opties.site ?? '', base: opties.base }
	);
	const print = () =>
		page.pdf({
			format: 'A4',
			preferCSSPageSize: true,
			margin: BOEK_MARGE,
			tagged: true,
			outline: true,
		});
	const titels = hoofdstukken.map((h) => h.titel);

	// The first print only tells where the chapters start: a skeleton of the same layout (see
	// SKELET), which Chromium prints in about half the time of the full document.
	await page.evaluate(stijlblad, SKELET);
	const skeletDoc = await PDFDocument.load(await print(), LEZEN);
	let starts = hoofdstukStarts(skeletDoc, titels);
	await page.evaluate(stijlblad, { naam: SKELET.naam, css: '' });
	// The running headers need only the chapter starts and the number of pages, which the skeleton
	// gives: their overlay is printed in a page of its own while the full document prints, and
	// printed again below if the full print turns out different.
	const maakOverlay = (aantal: number, starts: number[]) => {
		const pdf = (async () => {
			const overlay = await tabs.tab();
			await overlay.setContent(overlayHtml(aantal, hoofdstukken, starts, regio, logo, soort));
			const bytes = await overlay.pdf({ format: 'A4', preferCSSPageSize: true });
			await overlay.close();
			return bytes;
		})();
		// Awaited below; a failure meanwhile (the browser closing after an error) is not unhandled.
		pdf.catch(() => {});
		return { aantal, starts, pdf };
	};
	let overlay = maakOverlay(skeletDoc.getPageCount(), starts);
	let doc: PDFDocument;
	for (let poging = 0; ; poging++) {
		await page.evaluate(
			({ hoofdstukken, starts }) => {
				const plekken = new Map(
					[...document.querySelectorAll<HTMLElement>('[data-pagina-van]')].map((plek) => [
						plek.dataset['paginaVan'],
						plek,
					])
				);
				hoofdstukken.forEach((h, i) => {
					const plek = plekken.get(h.anker);
					if (plek) plek.textContent = String(starts[i]);
				});
			},
			{ hoofdstukken, starts }
		);
		// The print with the page numbers filled in is checked against itself: a chapter that does
		// not start on the page the table of contents gives means another round.
		doc = await PDFDocument.load(await print(), LEZEN);
		const opnieuw = hoofdstukStarts(doc, titels);
		if (opnieuw.every((p, i) => p === starts[i])) break;
		if (poging === 2)
			throw new Error('De paginanummers in de inhoudsopgave van het werkboek blijven verschuiven.');
		starts = opnieuw;
	}
	if (overlay.aantal !== doc.getPageCount() || overlay.starts.some((p, i) => p !== starts[i]))
		overlay = maakOverlay(doc.getPageCount(), starts);

	await metMetadata(doc, titel, regio);
	const lagen = await doc.embedPdf(
		await PDFDocument.load(await overlay.pdf, LEZEN),
		doc.getPageIndices()
	);
	doc.getPages().forEach((blad, i) => {
		// Headers and footers are page furniture, not content: marked as an artifact for screen readers.
		blad.pushOperators(beginMarkedContent('Artifact'));
		blad.drawPage(lagen[i]!, { x: 0, y: 0 });
		blad.pushOperators(endMarkedContent());
	});
	await page.close();
	return doc;
}

/**
 * The running headers and page numbers of the workbook, one A4 page per page of the workbook. Only
 * for paper: on screen it is not laid out at all (as NIET_OP_SCHERM does for the documents).
 */
function overlayHtml(
	aantal: number,
	hoofdstukken: Hoofdstuk[],
	starts: number[],
	regio: Regio,
	logo: string | undefined,
	soort: string
): string {
	const kop = (pagina: number) => {
		let huidig: string | undefined;
		starts.forEach((start, i) => {
			if (start <= pagina) huidig = hoofdstukken[i]!.titel;
		});
		return huidig;
	};
	const paginas = Array.from({ length: aantal }, (_, i) => {
		const nummer = i + 1;
		const titel = kop(nummer);
		return (
			`<div class="p">` +
			(titel
				? `<div class="kop">${logo ? `<img src="${logo}" alt="">` : ''}<span>${escapeHtml(soort)} ${escapeHtml(regio.naam)}</span><span class="h">${escapeHtml(titel)}</span></div>`
				: '') +
			(nummer > 1 ? `<div class="voet">${nummer}</div>` : '') +
			`</div>`
		);
	}).join('');
	return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0 }
@media screen { html { display: none } }
body { margin: 0; font: 8pt system-ui, sans-serif; color: #555 }
.p { position: relative; width: 210mm; height: 297mm; break-after: page; overflow: hidden }
.p:last-child { break-after: auto }
.kop { position: absolute; top: 8mm; left: 16mm; right: 16mm; display: flex; gap: 3mm; align-items: center; border-bottom: 0.3mm solid #999; padding-bottom: 1.5mm }
.kop img { height: 10pt; width: 10pt; object-fit: contain }
.kop .h { margin-left: auto; font-weight: 600; color: #222 }
.voet { position: absolute; bottom: 8mm; left: 16mm; right: 16mm; text-align: center }
</style></head><body>${paginas}</body></html>`;
}
