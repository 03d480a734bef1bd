import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import { klaar, nieuweTab, schoon, url } from './browser.ts';

// The session planner and the working-method finder, in a real Chromium against the demo build.
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
});

afterAll(async () => {
	await browser?.close();
});

const PLANNER = url('sessieplanner/');
const agenda = (page: Page) =>
	page
		.locator('[data-agenda] tr')
		.evaluateAll((rijen) =>
			rijen.map((r) => [...r.children].map((c) => c.textContent).join(' | '))
		);
const actief = (page: Page) =>
	page.evaluate(
		() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent
	);

/** Presses Tab until the focused element has this accessible label (keyboard only, no clicks). */
async function tabNaar(page: Page, label: string, max = 200) {
	for (let i = 0; i < max; i++) {
		if ((await actief(page)) === label) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Met Tab niet bij "${label}" gekomen.`);
}

describe('session planner', () => {
	test('keyboard only: add methods and a break, reorder with the buttons; focus follows the moved item', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(PLANNER);
		await klaar(page, 'sessie-planner');
		// Start from the last filter, then only the keyboard.
		await page.getByLabel('Fase van de sessie').focus();
		await tabNaar(page, 'Voeg toe: TRIZ');
		await page.keyboard.press('Enter');
		await tabNaar(page, 'Voeg toe: 1-2-4-Allen');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toContain('1-2-4-Allen staat nu op plaats 2');
		// Move 1-2-4-Allen up with the keyboard: focus stays on the moved item.
		await tabNaar(page, 'Omhoog: 1-2-4-Allen');
		await page.keyboard.press('Enter');
		expect(await agenda(page)).toEqual([
			'09:30–09:45 | 1-2-4-Allen | 15',
			'09:45–10:20 | TRIZ | 35',
		]);
		// At the top, "omhoog" is disabled, so focus moves to the same item's "omlaag".
		expect(await actief(page)).toBe('Omlaag: 1-2-4-Allen');
		expect(await page.locator('[data-status]').textContent()).toBe(
			'1-2-4-Allen staat nu op plaats 1 van 2.'
		);
		await page.keyboard.press('Enter');
		expect(await actief(page)).toBe('Omhoog: 1-2-4-Allen');
		expect(await agenda(page)).toEqual([
			'09:30–10:05 | TRIZ | 35',
			'10:05–10:20 | 1-2-4-Allen | 15',
		]);
		// A 20-minute break, moved between the two.
		await page.getByLabel('Pauze (minuten)').focus();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('20');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await tabNaar(page, 'Omhoog: Pauze van 20 minuten');
		await page.keyboard.press('Enter');
		expect(await agenda(page)).toEqual([
			'09:30–10:05 | TRIZ | 35',
			'10:05–10:25 | Pauze | 20',
			'10:25–10:40 | 1-2-4-Allen | 15',
		]);
		expect(await page.locator('[data-samenvatting]').textContent()).toBe(
			'Sessie van 09:30 tot 10:40: 1 uur en 10 minuten in totaal.'
		);
		expect(new URL(page.url()).hash).toBe('#start=09:30&items=triz,pauze:20,1-2-4-allen');
		schoon(tab);
		await tab.sluit();
	});

	test('the plan in the URL opens the same agenda, materials and print links in a new tab', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(`${PLANNER}#start=13:15&items=1-2-4-allen,pauze:15,triz,onbekend`);
		await klaar(page, 'sessie-planner');
		expect(await agenda(page)).toEqual([
			'13:15–13:30 | 1-2-4-Allen | 15',
			'13:30–13:45 | Pauze | 15',
			'13:45–14:20 | TRIZ | 35',
		]);
		expect(await page.getByLabel('Begintijd', { exact: true }).inputValue()).toBe('13:15');
		const materialen = await page.locator('[data-materialen] li').allTextContents();
		expect(materialen).toContain('Pennen (1-2-4-Allen)');
		expect(materialen).toContain('Plakbriefjes (TRIZ)');
		// A new start time moves every clock time and lands in the URL.
		await page.getByLabel('Begintijd', { exact: true }).fill('10:00');
		await page.getByLabel('Begintijd', { exact: true }).dispatchEvent('change');
		expect((await agenda(page))[2]).toBe('10:30–11:05 | TRIZ | 35');
		expect(new URL(page.url()).hash).toBe('#start=10:00&items=1-2-4-allen,pauze:15,triz');
		// The printed bundle links to the method pages and, when the print feature has them, the print routes.
		const links = await page
			.locator('[data-bundel] a')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(links).toContain(url('werkvormen/triz/'));
		for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('heading', { name: '1. Kies werkvormen' }).isVisible()).toBe(false);
		expect(await page.getByRole('heading', { name: 'Agenda' }).isVisible()).toBe(true);
		schoon(tab);
		await tab.sluit();
	});

	test('before anything is planned: sentences, no empty list or table; after: the buttons of a row side by side', async () => {
		const tab = await nieuweTab(browser, {
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
		});
		const { page } = tab;
		await page.goto(url('sessieplanner/'));
		await klaar(page, 'sessie-planner');
		expect(await page.getByRole('list', { name: 'Onderdelen van de sessie' }).count()).toBe(0);
		expect(await page.getByRole('table').count()).toBe(0);
		expect(await page.getByText('Nog geen werkvormen gekozen.').first().isVisible()).toBe(true);
		// The intro stands apart from the first heading.
		const ruimte = await page.evaluate(() => {
			const intro = document
				.querySelector('main .sl-markdown-content > p')!
				.getBoundingClientRect();
			const kop = document.getElementById('kiezen')!.getBoundingClientRect();
			return kop.top - intro.bottom;
		});
		expect(ruimte).toBeGreaterThanOrEqual(12);
		await page
			.getByRole('button', { name: /Voeg toe/ })
			.first()
			.click();
		await page
			.getByRole('button', { name: /Voeg toe/ })
			.nth(1)
			.click();
		expect(await page.getByRole('table').count()).toBe(1);
		const hoogtes = await page.evaluate(() =>
			[...document.querySelectorAll('[data-plan] li')].map(
				(li) =>
					new Set(
						[...li.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top))
					).size
			)
		);
		expect(hoogtes).toEqual([1, 1]);
		await tab.sluit();
	});

	test('without JavaScript the planner says so and links to the plain list', async () => {
		const tab = await nieuweTab(browser, { javaScriptEnabled: false });
		await tab.page.goto(PLANNER);
		expect(await tab.page.getByText('Voor de sessieplanner is JavaScript nodig.').isVisible()).toBe(
			true
		);
		expect(
			await tab.page.getByRole('link', { name: 'Werkvormen zoeken' }).first().getAttribute('href')
		).toMatch(/\/werkvormen\/$/);
		await tab.sluit();
	});
});

describe('from the planner to the agenda template', () => {
	test('the links appear once something is planned, carry the plan as it is now, and fill the template of sessie 2', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(PLANNER);
		await klaar(page, 'sessie-planner');
		const link = page.getByRole('link', { name: 'Gebruik in agenda sessie 2' });
		expect(await link.isVisible()).toBe(false);
		await page
			.getByRole('button', { name: 'Laad dit voorstel: Sessie 2: kiezen en afspreken' })
			.click();
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toContain(
				'Met "Gebruik in agenda sessie 2" onderaan zet je de agenda daarna in het sjabloon.'
			);
		expect(await link.getAttribute('href')).toBe(
			'/sjablonen/agenda-sessie-2/#start=13:15&items=belangenkaart,pauze:15,samenwerkingsladder,15-procent-oplossingen'
		);
		// A change in the plan changes the link: the break goes.
		await page.getByRole('button', { name: 'Verwijder: Pauze van 15 minuten' }).click();
		expect(await link.getAttribute('href')).toBe(
			'/sjablonen/agenda-sessie-2/#start=13:15&items=belangenkaart,samenwerkingsladder,15-procent-oplossingen'
		);
		await link.click();
		await page.waitForURL(/\/sjablonen\/agenda-sessie-2\//);
		await klaar(page, 'werkblad-invullen');
		await expect
			.poll(() => page.getByLabel('Programma: punt 1').inputValue())
			.toBe('13:15–14:00 Belangenkaart (45 min.)');
		expect(await page.getByLabel('Programma: punt 2').inputValue()).toBe(
			'14:00–14:30 Samenwerkingsladder (30 min.)'
		);
		expect(await page.getByLabel('Programma: punt 3').inputValue()).toBe(
			'14:30–14:50 15%-oplossingen (20 min.)'
		);
		expect(await page.getByLabel('Programma: punt 4').inputValue()).toBe('');
		schoon(tab);
		await tab.sluit();
	});
});

describe('working-method finder', () => {
	test('filters by duration, group size, act, phase and insight and says how many match', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(url('werkvormen/'));
		await klaar(page, 'werkvorm-zoeker');
		const zichtbaar = async () =>
			(await page.locator('[data-lijst] > li:not([hidden]) h2').allTextContents()).map((t) =>
				t.trim()
			);
		const alle = await zichtbaar();
		expect(alle.length).toBeGreaterThan(20);
		await page.getByLabel('Duur').selectOption('30');
		const kort = await zichtbaar();
		expect(kort).toContain('1-2-4-Allen');
		expect(kort).not.toContain('TRIZ');
		expect(kort.length).toBeGreaterThan(1);
		expect(await page.getByRole('status').textContent()).toBe(
			`${kort.length} werkvormen van de ${alle.length} gevonden.`
		);
		await page.getByLabel('Duur').selectOption('');
		await page.getByLabel('Balanceeract').selectOption('focus-breedte');
		await page.getByLabel('Fase van de sessie').selectOption('verkennen');
		await page.getByLabel('Inzicht').selectOption('belangen');
		await page.getByLabel('Aantal deelnemers').fill('12');
		const gefilterd = await zichtbaar();
		expect(gefilterd).toContain('Balansmeter');
		expect(gefilterd.length).toBeLessThan(alle.length);
		await page.getByLabel('Aantal deelnemers').fill('500');
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toBe('Geen werkvormen gevonden. Kies minder filters.');
		schoon(tab);
		await tab.sluit();
	});

	test('without JavaScript it is a plain list of all methods with their key facts; the sidebar links the tools', async () => {
		const tab = await nieuweTab(browser, { javaScriptEnabled: false });
		const { page } = tab;
		await page.goto(url('werkvormen/'));
		const items = page.locator('[data-lijst] > li');
		expect(await items.count()).toBeGreaterThan(20);
		expect(await items.filter({ hasText: 'TRIZ' }).textContent()).toMatch(
			/35 minuten · 5 tot 100 deelnemers · fase: /
		);
		expect(await page.getByRole('form', { name: 'Werkvormen filteren' }).isVisible()).toBe(false);
		const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
		for (const [naam, pad] of [
			['Werkvormen zoeken', 'werkvormen/'],
			['Balansmeter invullen', 'balansmeter/'],
			['Sessieplanner', 'sessieplanner/'],
			['Alle werkvormen zoeken', 'werkvormen/'],
		] as const) {
			expect(
				new URL(
					(await nav.getByRole('link', { name: naam, exact: true }).getAttribute('href'))!,
					page.url()
				).href
			).toBe(url(pad));
		}
		await tab.sluit();
	});
});
