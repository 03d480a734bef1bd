import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { linePieces, textPieces, type TextPiece } from '../../src/print/pdf-read.ts';
import { startChromium } from '../../src/utils/chromium.ts';

// What a reader of the printed workbook sees at once, read from the PDF the demo build made:
// no word in a table broken over two lines without a hyphen ("Scha|al", "Voorbeel|d"), and no
// heading (or part name of the table of contents) as the last line of a page, away from its text.
const demoDir = inject('demoDir');
const demoUrl = inject('demoUrl');
/** The workbook's page margin (print.css: 18 mm): running header and page number live there. */
const MARGE_PT = (18 / 25.4) * 72 - 4;

interface Document {
	/** Words in table cells. */
	tabelWoorden: string[];
	/** Headings and table captions. */
	koppen: string[];
	/** The part names of the table of contents. */
	delen: string[];
}

let browser: Browser;
let html: Document;
let paginas: { hoogte: number; stukken: TextPiece[] }[];

const woordenIn = (tekst: string) =>
	tekst
		.split(/[\s/()[\],;:.!?"“”‘’']+/u)
		.map((w) => w.replace(/^-+|-+$/g, ''))
		.filter((w) => w.length > 1);
/** Words as a line may break them: a word with a hyphen may break after it, so its parts count. */
const delenIn = (tekst: string) =>
	woordenIn(tekst)
		.flatMap((w) => w.split(/[-–—]/))
		.filter((w) => w.length > 1);
const normaal = (tekst: string) => tekst.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
	({ browser } = await startChromium());
	const page = await browser.newPage();
	await page.goto(new URL('print/werkboek/', demoUrl).href);
	const ruw = await page.evaluate(() => ({
		cellen: [...document.querySelectorAll('main :is(td, th)')].map(
			(c) => (c as HTMLElement).innerText
		),
		koppen: [
			// Terms of definition lists (the glossary) too: a term must stay with its explanation.
			...[...document.querySelectorAll('main :is(h2, h3, h4, h5, h6, caption, dt)')].map(
				(k) => (k as HTMLElement).innerText
			),
			// A table's header row counts too: it must not end a page without a row under it.
			...[...document.querySelectorAll('main thead tr')].map((tr) =>
				[...tr.children].map((c) => (c as HTMLElement).innerText).join(' ')
			),
		],
		delen: [...document.querySelectorAll('.print-inhoud-deel')].map(
			(k) => (k as HTMLElement).innerText
		),
	}));
	await page.close();
	html = {
		tabelWoorden: [...new Set(ruw.cellen.flatMap(delenIn))],
		koppen: ruw.koppen.map(normaal).filter(Boolean),
		delen: ruw.delen.map(normaal).filter(Boolean),
	};
	paginas = await textPieces(new Uint8Array(readFileSync(join(demoDir, 'pdf', 'werkboek.pdf'))));
}, 120_000);

afterAll(async () => {
	await browser?.close();
});

describe('the whole-workbook PDF as a reader sees it', () => {
	test('reads back: tables and headings are found (the checks below can fail)', () => {
		expect(paginas.length).toBeGreaterThan(20);
		expect(html.tabelWoorden).toEqual(expect.arrayContaining(['Schaal', 'multidisciplinair']));
		expect(html.koppen).toEqual(expect.arrayContaining(['Colofon', 'Netwerken in Voorbeeld']));
		expect(html.delen).toEqual(expect.arrayContaining(['Aan de slag', 'Bijlagen']));
	});

	test('no word in a table is split over two lines without a hyphen', () => {
		// Every word of a table cell (of four letters or more, a hyphenated word by its parts) must
		// stand whole on one line of the PDF (linePieces), so a word broken over two lines
		// ("Scha|al", "Voor|beeld", even at a fragment that is a word itself) is found.
		const inRuns = new Set(paginas.flatMap(({ stukken }) => linePieces(stukken).flatMap(delenIn)));
		const gesplitst = html.tabelWoorden.filter((w) => w.length >= 4 && !inRuns.has(w));
		expect(gesplitst).toEqual([]);
	});

	test('no heading, table caption or part name of the contents is the last line of a page', () => {
		const gestrand: string[] = [];
		paginas.forEach(({ stukken }, p) => {
			const inhoud = stukken.filter((s) => s.y > MARGE_PT);
			// The lines of the page from the bottom up (runs on one baseline joined left to right).
			const hoogtes = [...new Set(inhoud.map((s) => Math.round(s.y)))].sort((a, b) => a - b);
			const regels = hoogtes.map((y) =>
				normaal(
					inhoud
						.filter((s) => Math.abs(s.y - y) < 2)
						.sort((a, b) => a.x - b.x)
						.map((s) => s.tekst)
						.join(' ')
				)
			);
			if (regels.length < 2) return; // a page with a single line is a page of its own
			// A heading may wrap: its last line alone, or its last two lines together.
			const onderaan = [regels[0]!, `${regels[1]} ${regels[0]}`];
			// Part names count on the pages of the table of contents only (where they stand as lines).
			const isInhoud = regels.filter((r) => html.delen.includes(r)).length >= 2;
			const kop = [...html.koppen, ...(isInhoud ? html.delen : [])].find((k) =>
				onderaan.includes(k)
			);
			if (kop) gestrand.push(`pagina ${p + 1}: "${kop}"`);
		});
		expect(gestrand).toEqual([]);
	});
});
