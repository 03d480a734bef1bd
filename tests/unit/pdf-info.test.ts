import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { linePieces, vergelijkbaar, type TextPiece } from '../../src/print/pdf-read.ts';
import { grootteTekst, fillPdfInfo } from '../../src/print/pdf-info.ts';
import { remarkZichtbareAdressen } from '../../src/remark/links.ts';

describe('vergelijkbaar: PDF text independent of one Chromium build’s line breaks', () => {
	test('a break after a hyphen, a hyphenated word and a soft hyphen compare equal to the source', () => {
		expect(vergelijkbaar('EINDE-VAN-HET- ANTWOORD')).toBe(vergelijkbaar('EINDE-VAN-HET-ANTWOORD'));
		expect(vergelijkbaar('multidisci-\nplinair')).toBe(vergelijkbaar('multidisciplinair'));
		expect(vergelijkbaar('Voor\u00ADbeeld')).toBe('Voorbeeld');
		expect(vergelijkbaar('een ander woord')).not.toContain(vergelijkbaar('anderwoorden'));
	});
});

describe('linePieces: the pieces of a PDF line, as the split-word check reads them', () => {
	const stuk = (tekst: string, x: number, y: number, breedte: number): TextPiece => ({
		tekst,
		x,
		y,
		breedte,
		hoogte: 10,
		regelEinde: false,
	});
	test('runs that touch on one baseline join (a ligature splits a word into runs), ligatures written out', () => {
		expect(
			linePieces([stuk('Ko', 10, 100, 12), stuk('\uFB00', 22, 100, 8), stuk('ie', 30, 100, 10)])
		).toEqual(['Koffie']);
	});
	test('cells of one row stay apart, and a word broken over two lines is found in neither line', () => {
		const stukken = [
			stuk('Scha', 10, 100, 24),
			stuk('Netwerk', 80, 100, 40),
			stuk('al', 10, 88, 10),
		];
		expect(linePieces(stukken).sort()).toEqual(['Netwerk', 'Scha', 'al']);
	});
});

describe('PDF downloads: size and page count filled in after the PDF step', () => {
	test('grootteTekst writes sizes as a Dutch reader does', () => {
		expect(grootteTekst(2_149_000)).toBe('2,1 MB');
		expect(grootteTekst(380_400)).toBe('380 kB');
		expect(grootteTekst(12)).toBe('1 kB');
	});

	test('fillPdfInfo fills every placeholder of a known PDF and leaves others alone', () => {
		const map = mkdtempSync(join(tmpdir(), 'pdf-info-'));
		mkdirSync(join(map, 'welkom'));
		const html =
			'<p><a href="/pdf/werkboek.pdf" download>Werkboek <span class="pdf-info astro-x1" data-pdf-info="werkboek.pdf">(PDF)</span></a>' +
			'<span class="pdf-info astro-x1" data-pdf-info="onbekend.pdf">(PDF)</span></p>';
		writeFileSync(join(map, 'welkom', 'index.html'), html);
		expect(fillPdfInfo(map, [['werkboek.pdf', { bytes: 2_149_000, paginas: 181 }]])).toBe(1);
		const uit = readFileSync(join(map, 'welkom', 'index.html'), 'utf8');
		expect(uit).toContain('data-pdf-info="werkboek.pdf">(PDF, 2,1 MB, 181 pagina\'s)</span>');
		expect(uit).toContain('data-pdf-info="onbekend.pdf">(PDF)</span>');
	});
});

describe('remarkZichtbareAdressen', () => {
	const html = (md: string) =>
		String(
			unified()
				.use(remarkParse)
				.use(remarkGfm)
				.use(remarkZichtbareAdressen)
				.use(remarkRehype)
				.use(rehypeStringify)
				.processSync(md)
		);

	test('a link whose text is its address gets class "adres", so print does not repeat it', () => {
		expect(html('Zie https://www.regio.nl en <https://www.regio.nl/>.')).toBe(
			'<p>Zie <a href="https://www.regio.nl" class="adres">https://www.regio.nl</a> en <a href="https://www.regio.nl/" class="adres">https://www.regio.nl/</a>.</p>'
		);
	});

	test('a link with its own text is left alone', () => {
		expect(html('[de website](https://www.regio.nl)')).toBe(
			'<p><a href="https://www.regio.nl">de website</a></p>'
		);
	});
});
