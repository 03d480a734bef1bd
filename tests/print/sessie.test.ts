import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import { nieuweTab, url } from '../tools/browser.ts';

// The session bundle: a plan from the session planner printed as one document.
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
});

afterAll(async () => {
	await browser?.close();
});

describe('session bundle (/print/sessie/)', () => {
	test('prints the agenda, then the card and worksheet of each chosen method in plan order, and nothing else', async () => {
		const { page, fouten, vreemd, sluit } = await nieuweTab(browser);
		await page.goto(`${url('print/sessie/')}#start=13:00&items=triz,pauze:15,balansmeter`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-vellen-klaar'));
		const rijen = await page
			.locator('[data-sessie-regels] tr')
			.evaluateAll((r) => r.map((rij) => rij.textContent));
		expect(rijen).toHaveLength(3);
		expect(rijen[0]).toMatch(/^13:00–13:\d\dTRIZ/);
		expect(rijen[1]).toContain('Pauze15');
		expect(await page.locator('[data-sessie-samenvatting]').textContent()).toMatch(
			/^Agenda van 13:00 tot \d\d:\d\d \(\d+ minuten\)$/
		);
		const blokken = await page
			.locator('[data-sessie-werkvorm]')
			.evaluateAll((b) => b.map((e) => (e as HTMLElement).dataset['sessieWerkvorm']));
		expect(blokken).toEqual(['triz', 'balansmeter']);
		expect(await page.locator('.kaart').count()).toBe(2);
		expect(await page.locator('.werkblad').count()).toBeGreaterThanOrEqual(1);
		expect(await page.locator('h1').count()).toBe(1);
		expect(fouten).toEqual([]);
		expect(vreemd).toEqual([]);
		await sluit();
	});

	test('without a plan the page says how to make one', async () => {
		const { page, fouten, vreemd, sluit } = await nieuweTab(browser);
		await page.goto(url('print/sessie/'));
		await expect.poll(() => page.locator('[data-sessie-werkvorm]').count()).toBe(0);
		expect(await page.locator('[data-sessie-leeg]').textContent()).toContain(
			'Kies werkvormen in de sessieplanner'
		);
		expect(fouten).toEqual([]);
		expect(vreemd).toEqual([]);
		await sluit();
	});

	test('the planner links to the bundle of its current plan', async () => {
		const { page, fouten, vreemd, sluit } = await nieuweTab(browser);
		await page.goto(`${url('sessieplanner/')}#start=09:30&items=triz`);
		await expect
			.poll(() => page.locator('[data-sessiebundel]').getAttribute('href'))
			.toMatch(/\/print\/sessie\/#start=09(?::|%3A)30&items=triz$/);
		expect(fouten).toEqual([]);
		expect(vreemd).toEqual([]);
		await sluit();
	});
});
