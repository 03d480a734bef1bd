import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { paginaTeksten, vergelijkbaar } from '../../src/print/pdf-read.ts';
import { startChromium } from '../../src/utils/chromium.ts';

// Printing pages of the demo workbook from the browser, in a real Chromium with print emulation.
const site = inject('demoUrl');
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
});
afterAll(async () => {
	await browser?.close();
});

/** A page the width of A4's printable area (210 mm minus 2 × 16 mm margins), in print media. */
async function afdruk(pad: string, kleur: 'light' | 'dark' = 'light'): Promise<Page> {
	const page = await browser.newPage({
		viewport: { width: Math.floor((178 / 25.4) * 96), height: 1000 },
		colorScheme: kleur,
	});
	await page.goto(new URL(pad, site).href, { waitUntil: 'load' });
	await page.emulateMedia({ media: 'print', colorScheme: kleur });
	return page;
}

/**
 * Since issue 15 the workbook has one yearly calendar, in quarters, and no chapter of its own with a
 * month-by-month table any more. Region pages still may have one, and print must keep all its
 * columns: the tests add such a table, rendered as a Markdown table would be, to a real chapter.
 */
async function voegMaandtabelToe(page: Page): Promise<void> {
	await page.evaluate(() => {
		const maanden = [
			'jan',
			'feb',
			'mrt',
			'apr',
			'mei',
			'jun',
			'jul',
			'aug',
			'sep',
			'okt',
			'nov',
			'dec',
		];
		const rijen = [
			'Balansmeter',
			'Terugblik in het overleg',
			'Gesprek met inwoners',
			'Verslag aan de bestuurders',
		];
		const kop = `<tr><th>Moment</th>${maanden.map((m) => `<th>${m}</th>`).join('')}</tr>`;
		const lijf = rijen
			.map(
				(r, i) =>
					`<tr><td>${r}</td>${maanden.map((_, m) => `<td>${m % 4 === i ? 'x' : ''}</td>`).join('')}</tr>`
			)
			.join('');
		const tabel = document.createElement('table');
		tabel.tabIndex = 0;
		tabel.innerHTML = `<thead>${kop}</thead><tbody>${lijf}</tbody>`;
		document.querySelector('main .sl-markdown-content')!.append(tabel);
	});
}

const woorden = (tekst: string) =>
	tekst
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((w) => w.length > 1)
		.map(vergelijkbaar);

describe('printing from the browser', () => {
	test('navigation, search, theme select and buttons are hidden; the region logo and name stay', async () => {
		const page = await afdruk('werkvormen/polariteitenkaart/', 'dark');
		for (const selector of [
			'nav.sidebar',
			'site-search',
			'starlight-theme-select',
			'.right-sidebar-container',
			'.pagination-links',
			'.werkvorm-printlinks',
		]) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		expect(await page.locator('button:visible').count()).toBe(0);
		expect(await page.locator('.site-title').isVisible()).toBe(true);
		expect(await page.locator('.site-title img').getAttribute('alt')).toBe('Logo Regio Voorbeeld');
		// Light palette even when the reader chose dark mode: dark text on a light page.
		const kleur = await page.evaluate(
			() => getComputedStyle(document.querySelector('main p')!).color
		);
		const [r, g, b] = kleur.match(/\d+/g)!.map(Number);
		expect(r! + g! + b!).toBeLessThan(200);
		await page.close();
	});

	test('a closed <details> prints its content, a 12-column table keeps every column, nothing is wider than the page', async () => {
		const page = await afdruk('blijven-balanceren/');
		const details = page.locator('main details').first();
		expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect(await page.getByText('Kies aan het begin van het jaar de data').isVisible()).toBe(true);
		await voegMaandtabelToe(page);
		const tabel = page.locator('main table').filter({ hasText: 'dec' }).first();
		expect(await tabel.locator('thead th').count()).toBe(13);
		const breedte = await page.evaluate(() => document.documentElement.clientWidth);
		const teBreed = await page.evaluate((breedte) => {
			return [...document.querySelectorAll('main *')]
				.filter((el) => {
					const r = el.getBoundingClientRect();
					return r.width > 0 && (r.right > breedte + 1 || r.left < -1);
				})
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
		}, breedte);
		expect(teBreed).toEqual([]);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).toBe(true);
		// The last column is on the page, inside the printable width.
		const dec = await tabel.locator('thead th').last().boundingBox();
		expect(dec!.x + dec!.width).toBeLessThanOrEqual(breedte + 1);
		await page.close();
	});

	test('external links show their address after the text', async () => {
		const page = await afdruk('bronnen/');
		const na = await page.evaluate(() => {
			const a = document.querySelector<HTMLAnchorElement>(
				'main .sl-markdown-content a[href^="http"]'
			)!;
			return { href: a.getAttribute('href'), na: getComputedStyle(a, '::after').content };
		});
		expect(na.na).toContain(na.href);
		await page.close();
	});

	test('no text of a page is missing from its PDF (table of 12 columns, closed details)', async () => {
		const page = await afdruk('blijven-balanceren/');
		await voegMaandtabelToe(page);
		const html = await page.locator('main .sl-markdown-content').innerText();
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const pdfZonderWit = vergelijkbaar((await paginaTeksten(new Uint8Array(pdf))).join(' '));
		const ontbreekt = woorden(html).filter((w) => !pdfZonderWit.includes(w));
		expect(html).toContain('Kies aan het begin van het jaar');
		expect(html).toContain('Terugblik in het overleg');
		expect(ontbreekt).toEqual([]);
		await page.close();
	});

	test('the whole workbook PDF contains the text of that chapter too', async () => {
		const page = await afdruk('blijven-balanceren/');
		const html = await page.locator('main .sl-markdown-content').innerText();
		await page.close();
		const { readFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const boek = vergelijkbaar(
			(
				await paginaTeksten(
					new Uint8Array(readFileSync(join(inject('demoDir'), 'pdf', 'werkboek.pdf')))
				)
			).join(' ')
		);
		expect(woorden(html).filter((w) => !boek.includes(w))).toEqual([]);
	});

	test('a worksheet page links to its print route and its PDF, which exist', async () => {
		const page = await browser.newPage();
		await page.goto(new URL('werkvormen/polariteitenkaart/', site).href);
		for (const naam of [
			'Werkblad printen',
			'Werkblad als PDF',
			'Begeleiderskaart printen',
			'Begeleiderskaart als PDF',
		]) {
			const href = await page.getByRole('link', { name: naam }).getAttribute('href');
			const antwoord = await page.request.get(new URL(href!, site).href);
			expect(antwoord.status(), naam).toBe(200);
		}
		await page.close();
	});
});
