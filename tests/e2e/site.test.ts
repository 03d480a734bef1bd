import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import { nieuweTab, site } from '../tools/browser.ts';

// The demo workbook (starter region), built once by tests/setup/demo.ts, checked in a real Chromium.
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
});

afterAll(async () => {
	await browser?.close();
});

/** Opens Starlight's search dialog once its custom element is ready, and types a query. */
async function zoek(page: Page, tekst: string) {
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	await page.getByRole('button', { name: 'Zoeken' }).first().click();
	await page.getByRole('dialog', { name: 'Zoeken' }).waitFor();
	await page.getByRole('textbox', { name: 'Zoeken' }).fill(tekst);
}

describe('the demo workbook in a browser', () => {
	test('the home page is Dutch and shows the region', async () => {
		const { page, sluit } = await nieuweTab(browser);
		await page.goto(site.url);
		expect(await page.getAttribute('html', 'lang')).toBe('nl');
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe('Werkboek Regionaal Samenwerken');
		expect(await page.locator('main').textContent()).toContain(
			'Dit is het werkboek van Regio Voorbeeld'
		);
		expect(await page.title()).toContain('Werkboek Regio Voorbeeld');
		// Starlight's Dutch UI strings.
		expect(await page.getByRole('button', { name: 'Zoeken' }).count()).toBeGreaterThan(0);
		await sluit();
	});

	test('search finds a Dutch word from a chapter', async () => {
		const { page, sluit } = await nieuweTab(browser);
		await page.goto(site.url);
		await zoek(page, 'padafhankelijkheid');
		expect(await page.getByRole('search', { name: 'Zoek in dit werkboek' }).count()).toBe(1);
		const resultaat = page.locator('.pagefind-ui__result-link').first();
		await resultaat.waitFor({ timeout: 15_000 });
		expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain(
			'Waarom stilstaan?'
		);
		await sluit();
	});

	test('no page sends a request to another origin', async () => {
		const { page, vreemd, sluit } = await nieuweTab(browser);
		for (const pad of [
			'',
			'welkom/',
			'balanceeracts/focus-breedte/',
			'werkvormen/balansmeter/',
			'over-de-regio/',
		]) {
			const antwoord = await page.goto(new URL(pad, site.url).href, { waitUntil: 'networkidle' });
			expect(antwoord?.status(), pad).toBe(200);
		}
		// Open search too: Pagefind loads its index lazily.
		await zoek(page, 'regio');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		expect(vreemd).toEqual([]);
		await sluit();
	});

	test('a working method page shows its typed data', async () => {
		const { page, sluit } = await nieuweTab(browser);
		await page.goto(new URL('werkvormen/balansmeter/', site.url).href);
		expect(await page.locator('.werkvorm-feiten').textContent()).toContain('Duur');
		expect(await page.getByRole('heading', { name: 'Stappen' }).count()).toBe(1);
		expect(await page.getByRole('heading', { name: 'Werkblad voor deelnemers' }).count()).toBe(1);
		await sluit();
	});

	test('a working method\'s generated sections are listed in "Op deze pagina" (src/starlight/route-middleware.ts)', async () => {
		const { page, sluit } = await nieuweTab(browser);
		await page.goto(new URL('werkvormen/balansmeter/', site.url).href);
		// Not Markdown headings: only the route middleware puts them in Starlight's table of contents.
		for (const anker of ['#voorbereiding', '#stappen', '#werkblad'])
			expect(await page.locator(`starlight-toc a[href="${anker}"]`).count(), anker).toBe(1);
		await sluit();
	});

	test('Escape closes an open glossary explanation until the pointer leaves (src/starlight/MarkdownContent.astro, WCAG 1.4.13)', async () => {
		const { page, sluit } = await nieuweTab(browser);
		await page.goto(new URL('blijven-balanceren/', site.url).href);
		const begrip = page.locator('main .begrip').first();
		await begrip.hover();
		await page.keyboard.press('Escape');
		expect(await begrip.getAttribute('class')).toContain('begrip-dicht');
		await page.mouse.move(0, 0);
		await expect.poll(() => begrip.getAttribute('class')).not.toContain('begrip-dicht');
		await sluit();
	});
});
