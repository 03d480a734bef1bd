import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A bookmark of a PDF with the (1-based) page it points to. */
export interface Bladwijzer {
	titel: string;
	pagina: number;
	niveau: number;
}

type PdfjsDocument = Awaited<ReturnType<typeof getDocument>['promise']>;
type Geopend = PdfjsDocument & { sluit: () => Promise<void> };

async function open(pdf: Uint8Array): Promise<Geopend> {
	// pdf.js takes ownership of the buffer it is given: pass a copy. (pdf.js 6 no longer has the
	// `isEvalSupported` option: it never evaluates font code, so there is nothing to switch off.)
	const taak = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
	const doc = await taak.promise;
	return Object.assign(doc, { sluit: () => taak.destroy() });
}

/** The bookmarks (outline) of a PDF in document order, depth first. */
export async function bladwijzers(pdf: Uint8Array): Promise<Bladwijzer[]> {
	const doc = await open(pdf);
	try {
		const uit: Bladwijzer[] = [];
		const loop = async (
			items: Awaited<ReturnType<PdfjsDocument['getOutline']>>,
			niveau: number
		) => {
			for (const item of items ?? []) {
				const dest =
					typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
				const ref = dest?.[0];
				const pagina =
					ref && typeof ref === 'object'
						? (await doc.getPageIndex(ref)) + 1
						: typeof ref === 'number'
							? ref + 1
							: 0;
				uit.push({ titel: item.title.replace(/\s+/g, ' ').trim(), pagina, niveau });
				await loop(item.items, niveau + 1);
			}
		};
		await loop(await doc.getOutline(), 0);
		return uit;
	} finally {
		await doc.sluit();
	}
}

/** The text of every page of a PDF, whitespace collapsed. */
export async function paginaTeksten(pdf: Uint8Array): Promise<string[]> {
	const doc = await open(pdf);
	try {
		const teksten: string[] = [];
		for (let i = 1; i <= doc.numPages; i++) {
			const inhoud = await (await doc.getPage(i)).getTextContent();
			teksten.push(
				inhoud.items
					.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
					.join('')
					.replace(/\s+/g, ' ')
					.trim()
			);
		}
		return teksten;
	} finally {
		await doc.sluit();
	}
}

/**
 * Text of a PDF in a form that does not depend on where one Chromium build breaks its lines:
 * whitespace, soft hyphens and hyphens removed. Chromium builds differ in line breaking (one breaks
 * "EINDE-VAN-HET-ANTWOORD" after a hyphen, another does not) and CSS hyphenation adds hyphens, so
 * tests compare `vergelijkbaar(pdf)` with `vergelijkbaar(expected)`, never exact line breaks.
 */
export function vergelijkbaar(tekst: string): string {
	return tekst.normalize('NFC').replace(/[\s\u00AD\u2010\u2011-]+/g, '');
}

/** A run of text on a PDF page, where it starts (PDF points, origin bottom left) and its height. */
export interface TextPiece {
	tekst: string;
	x: number;
	y: number;
	breedte: number;
	hoogte: number;
	/** The run ends its line. */
	regelEinde: boolean;
}

/** The text runs of every page of a PDF, with their positions, and each page's height. */
export async function textPieces(
	pdf: Uint8Array
): Promise<{ hoogte: number; stukken: TextPiece[] }[]> {
	const doc = await open(pdf);
	try {
		const paginas: { hoogte: number; stukken: TextPiece[] }[] = [];
		for (let i = 1; i <= doc.numPages; i++) {
			const pagina = await doc.getPage(i);
			const inhoud = await pagina.getTextContent();
			const stukken: TextPiece[] = [];
			for (const item of inhoud.items) {
				if (!('str' in item) || !item.str.trim()) {
					if ('hasEOL' in item && item.hasEOL && stukken.length)
						stukken[stukken.length - 1]!.regelEinde = true;
					continue;
				}
				stukken.push({
					tekst: item.str,
					x: item.transform[4] as number,
					y: item.transform[5] as number,
					breedte: item.width,
					hoogte: item.height,
					regelEinde: item.hasEOL,
				});
			}
			paginas.push({ hoogte: pagina.view[3]! - pagina.view[1]!, stukken });
		}
		return paginas;
	} finally {
		await doc.sluit();
	}
}

/**
 * The runs of a page joined into pieces of lines: runs on one baseline that touch are one piece
 * (a word can be split into runs at a ligature such as "ff" or a fallback glyph), runs apart (the
 * cells of a table row) stay apart. Ligatures are written out (NFKC).
 */
export function linePieces(stukken: readonly TextPiece[]): string[] {
	const opRegel = new Map<number, TextPiece[]>();
	for (const s of stukken) {
		const y = Math.round(s.y);
		opRegel.set(y, [...(opRegel.get(y) ?? []), s]);
	}
	const uit: string[] = [];
	for (const regel of opRegel.values()) {
		regel.sort((a, b) => a.x - b.x);
		let huidig = '';
		let eind = -Infinity;
		for (const s of regel) {
			if (huidig && s.x - eind > 1) {
				uit.push(huidig);
				huidig = '';
			}
			huidig += s.tekst;
			eind = s.x + s.breedte;
		}
		if (huidig) uit.push(huidig);
	}
	return uit.map((t) => t.normalize('NFKC'));
}
