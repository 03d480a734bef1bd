import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Size and page count of each PDF made, by its path under `pdf/` ("werkboek.pdf", "kaarten/x.pdf"). */
export type PdfInfo = [pad: string, { bytes: number; paginas: number }][];

/** "2,1 MB" or "380 kB", as a Dutch reader writes sizes. */
export function grootteTekst(bytes: number): string {
	return bytes >= 1_000_000
		? `${(bytes / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`
		: `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

/**
 * Fills in the size and page count of the PDFs that pages offer for download (the empty
 * `<span data-pdf-info="werkboek.pdf">` of src/components/print/PdfDownloads.astro): the PDFs are
 * made after the pages, so only then are these known. Only text changes, so the pages'
 * Content-Security-Policy (hashes of scripts and styles) stays valid. In a module of its own: the
 * build calls it (src/integration/print.ts) without loading the PDF code.
 */
export function fillPdfInfo(map: string, info: PdfInfo): number {
	const bekend = new Map(info);
	let gevuld = 0;
	for (const item of readdirSync(map, { recursive: true, withFileTypes: true })) {
		if (!item.isFile() || item.name !== 'index.html') continue;
		const pad = join(item.parentPath, item.name);
		const html = readFileSync(pad, 'utf8');
		if (!html.includes('data-pdf-info=')) continue;
		const nieuw = html.replace(
			/(<span class="pdf-info[^"]*" data-pdf-info="([^"]+)"[^>]*>)[^<]*(<\/span>)/g,
			(heel, open: string, bestand: string, sluit: string) => {
				const pdf = bekend.get(bestand);
				if (!pdf) return heel;
				gevuld++;
				return `${open}(PDF, ${grootteTekst(pdf.bytes)}, ${pdf.paginas} ${pdf.paginas === 1 ? 'pagina' : "pagina's"})${sluit}`;
			}
		);
		if (nieuw !== html) writeFileSync(pad, nieuw);
	}
	return gevuld;
}
