import {
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFHexString,
	PDFName,
	PDFRef,
	PDFString,
	type PDFObject,
} from 'pdf-lib';

/** A bookmark of a PDF with the (1-based) page it points to; 0 when it points nowhere readable. */
export interface Bookmark {
	titel: string;
	pagina: number;
	niveau: number;
}

const naam = (n: string) => PDFName.of(n);

/**
 * The bookmarks (outline) of a PDF already loaded with pdf-lib, in document order, depth first:
 * the same list as pdf-read.ts's `bladwijzers` (pdf.js), without parsing the file a second time.
 * Chromium writes each bookmark's destination as an explicit array `[page /XYZ x y z]`; a named
 * destination (in the catalog's /Dests dictionary) and a GoTo action are followed too.
 */
export function outline(doc: PDFDocument): Bookmark[] {
	const paginaVan = new Map<PDFRef, number>();
	doc.getPages().forEach((pagina, i) => paginaVan.set(pagina.ref, i + 1));
	const benoemd = doc.catalog.lookupMaybe(naam('Dests'), PDFDict);
	const lookup = (object: PDFObject | undefined) =>
		object instanceof PDFRef ? doc.context.lookup(object) : object;
	const pagina = (dest: PDFObject | undefined): number => {
		let waarde = lookup(dest);
		if (
			waarde instanceof PDFName ||
			waarde instanceof PDFString ||
			waarde instanceof PDFHexString
		) {
			const sleutel = waarde instanceof PDFName ? waarde : PDFName.of(waarde.decodeText());
			waarde = lookup(benoemd?.get(sleutel));
			if (waarde instanceof PDFDict) waarde = lookup(waarde.get(naam('D')));
		}
		if (!(waarde instanceof PDFArray) || waarde.size() === 0) return 0;
		const doel = waarde.get(0);
		return doel instanceof PDFRef ? (paginaVan.get(doel) ?? 0) : 0;
	};
	const uit: Bookmark[] = [];
	const loop = (eerste: PDFDict | undefined, niveau: number) => {
		const gezien = new Set<PDFDict>();
		for (
			let item = eerste;
			item && !gezien.has(item);
			item = item.lookupMaybe(naam('Next'), PDFDict)
		) {
			gezien.add(item);
			const titel = item.lookupMaybe(naam('Title'), PDFString, PDFHexString)?.decodeText() ?? '';
			const actie = item.lookupMaybe(naam('A'), PDFDict);
			const dest = item.get(naam('Dest')) ?? actie?.get(naam('D'));
			uit.push({ titel: titel.replace(/\s+/g, ' ').trim(), pagina: pagina(dest), niveau });
			loop(item.lookupMaybe(naam('First'), PDFDict), niveau + 1);
		}
	};
	loop(doc.catalog.lookupMaybe(naam('Outlines'), PDFDict)?.lookupMaybe(naam('First'), PDFDict), 0);
	return uit;
}

/** Chromium drops the space where a heading wraps in its bookmark titles: compare without spaces. */
const zonderWit = (tekst: string) => tekst.replace(/\s+/g, '');

/**
 * The page (1-based) on which each of `titels` starts, read from the PDF's bookmarks: the titles
 * are matched in order, so a title that occurs twice is found at its own place.
 */
export function hoofdstukStarts(doc: PDFDocument, titels: string[]): number[] {
	const lijst = outline(doc);
	let van = 0;
	return titels.map((titel) => {
		const gezocht = zonderWit(titel);
		const index = lijst.findIndex((b, i) => i >= van && zonderWit(b.titel) === gezocht);
		if (index < 0)
			throw new Error(`Het hoofdstuk "${titel}" staat niet in de bladwijzers van de PDF.`);
		van = index + 1;
		return lijst[index]!.pagina;
	});
}
