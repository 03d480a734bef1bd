import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { tekstStukken, type TekstStuk } from '../../src/print/pdf-lezen.ts';
import { startChromium } from '../../src/utils/chromium.ts';

// What a reader of the printed workbook sees at once, read from the PDF the demo build made:
// no word in a table broken over two lines without a hyphen ("Scha|al", "Voorbeel|d"), and no
// heading (or part name of the table of contents) as the last line of a page, away from its text.
const demoDir = inject('demoDir');
const demoUrl = inject('demoUrl');
/** The workbook's page margin (print.css: 18 mm): running header and page number live there. */
const MARGE_PT = (18 / 25.4) * 72 - 4;

interface Document {
	/** Every word of the printed workbook's text. */
	woorden: Set<string>;
	/** Words in table cells. */
	tabelWoorden: string[];
	/** Headings and the part names of the table of contents. */
	koppen: string[];
}

let browser: Browser;
let html: Document;
let paginas: { hoogte: number; stukken: TekstStuk[] }[];

const woordenIn = (tekst: string) => tekst.split(/[\s/()[\],;:.!?"“”‘’']+/u).map((w) => w.replace(/^-+|-+$/g, '')).filter((w) => w.length > 1);
const normaal = (tekst: string) => tekst.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
	({ browser } = await startChromium());
	const page = await browser.newPage();
	await page.goto(new URL('print/werkboek/', demoUrl).href);
	const ruw = await page.evaluate(() => ({
		tekst: document.querySelector('main')!.innerText,
		cellen: [...document.querySelectorAll('main :is(td, th)')].map((c) => (c as HTMLElement).innerText),
		koppen: [...document.querySelectorAll('main :is(h2, h3, h4), .print-inhoud-deel')].map((k) => (k as HTMLElement).innerText),
	}));
	await page.close();
	html = { woorden: new Set(woordenIn(ruw.tekst)), tabelWoorden: [...new Set(ruw.cellen.flatMap(woordenIn))], koppen: ruw.koppen.map(normaal).filter(Boolean) };
	paginas = await tekstStukken(new Uint8Array(readFileSync(join(demoDir, 'pdf', 'werkboek.pdf'))));
}, 120_000);

afterAll(async () => {
	await browser?.close();
});

describe('the whole-workbook PDF as a reader sees it', () => {
	test('reads back: tables and headings are found (the checks below can fail)', () => {
		expect(paginas.length).toBeGreaterThan(20);
		expect(html.tabelWoorden).toEqual(expect.arrayContaining(['Schaal', 'multidisciplinair']));
		expect(html.koppen).toEqual(expect.arrayContaining(['Bijlagen', 'Colofon']));
	});

	test('no word in a table is split over two lines without a hyphen', () => {
		const gesplitst: string[] = [];
		paginas.forEach(({ stukken }, p) => {
			stukken.forEach((stuk, i) => {
				const volgende = stukken[i + 1];
				const eindeRegel = stuk.regelEinde || (volgende !== undefined && Math.abs(volgende.y - stuk.y) > stuk.hoogte / 2);
				if (!eindeRegel) return;
				const laatste = stuk.tekst.trimEnd().split(/\s+/).pop() ?? '';
				const woord = laatste.replace(/^[^\p{L}\p{N}]+/u, '');
				if (woord.length < 2 || /[-\u00AD\p{P}]$/u.test(woord) || html.woorden.has(woord)) return;
				const heel = html.tabelWoorden.find((w) => w.length > woord.length && w.startsWith(woord));
				if (heel) gesplitst.push(`pagina ${p + 1}: "${woord}|${heel.slice(woord.length)}"`);
			});
		});
		expect(gesplitst).toEqual([]);
	});

	test('no heading is the last line of a page', () => {
		const gestrand: string[] = [];
		paginas.forEach(({ stukken }, p) => {
			const inhoud = stukken.filter((s) => s.y > MARGE_PT);
			if (!inhoud.length) return;
			const onderste = Math.min(...inhoud.map((s) => s.y));
			const regel = normaal(inhoud.filter((s) => Math.abs(s.y - onderste) < 2).sort((a, b) => a.x - b.x).map((s) => s.tekst).join(' '));
			const kop = html.koppen.find((k) => k === regel || (regel.length > 3 && k.endsWith(regel) && k.length < 120));
			// A page whose only text is this heading is a page of its own, not a stranded heading.
			if (kop && inhoud.some((s) => s.y > onderste + 2)) gestrand.push(`pagina ${p + 1}: "${kop}"`);
		});
		expect(gestrand).toEqual([]);
	});
});
