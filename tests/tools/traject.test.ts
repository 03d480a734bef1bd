import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { BALANCEERACTS } from '../../src/schemas/balanceeracts.ts';
import { STAP_SLUGS } from '../../src/schemas/traject.ts';
import { vergelijkbaar } from '../../src/print/pdf-read.ts';
import { startChromium } from '../../src/utils/chromium.ts';
import { ROOT } from '../helpers.ts';
import { axe, bevestig, klaar, nieuweTab, pdfTekst, schoon, url } from './browser.ts';

// The trajectory, the act scripts and the planner presets, in a real Chromium against the demo build.
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
});

afterAll(async () => {
	await browser?.close();
});

const agenda = (page: Page) =>
	page
		.locator('[data-agenda] tr')
		.evaluateAll((rijen) =>
			rijen.map((r) => [...r.children].map((c) => c.textContent).join(' | '))
		);

const SESSIE_1 = [
	'13:15–13:55 | Balansmeter | 40',
	'13:55–14:10 | Pauze | 15',
	'14:10–15:10 | Polariteitenkaart | 60',
	'15:10–15:55 | Wat? En dan? Wat nu? | 45',
];

describe('session planner presets', () => {
	test('the link from the sessie 1 page loads its agenda; the plan then round-trips through the URL with every change', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(url('traject/sessie-1/'));
		await page.getByRole('link', { name: 'sessieplanner, met het voorstel voor sessie 1' }).click();
		await klaar(page, 'sessie-planner');
		expect(await agenda(page)).toEqual(SESSIE_1);
		// The preset became an ordinary plan in the address.
		expect(new URL(page.url()).hash).toBe(
			'#start=13:15&items=balansmeter,pauze:15,polariteitenkaart,wat-en-dan-wat-nu'
		);
		expect(await page.locator('[data-status]').textContent()).toContain(
			'Sessie 1: samen zien waar we staan'
		);
		// The facilitator adjusts it: a later start and one method less.
		await page.getByLabel('Begintijd', { exact: true }).fill('09:30');
		await page.getByLabel('Begintijd', { exact: true }).dispatchEvent('change');
		await page.getByRole('button', { name: 'Verwijder: Wat? En dan? Wat nu?' }).click();
		const aangepast = '#start=09:30&items=balansmeter,pauze:15,polariteitenkaart';
		expect(new URL(page.url()).hash).toBe(aangepast);
		// Reloading (or sharing the link) gives the adjusted plan, not the preset.
		await page.reload();
		await klaar(page, 'sessie-planner');
		expect(await agenda(page)).toEqual([
			'09:30–10:10 | Balansmeter | 40',
			'10:10–10:25 | Pauze | 15',
			'10:25–11:25 | Polariteitenkaart | 60',
		]);
		expect(new URL(page.url()).hash).toBe(aangepast);
		schoon(tab);
		await tab.sluit();
	});

	test('the buttons load a preset, after asking before they replace a plan', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(`${url('sessieplanner/')}#start=10:00&items=triz`);
		await klaar(page, 'sessie-planner');
		bevestig(page, false);
		await page
			.getByRole('button', { name: 'Laad dit voorstel: Sessie 2: kiezen en afspreken' })
			.click();
		expect(await agenda(page)).toEqual(['10:00–10:35 | TRIZ | 35']);
		bevestig(page, true);
		await page
			.getByRole('button', { name: 'Laad dit voorstel: Sessie 2: kiezen en afspreken' })
			.click();
		expect(await agenda(page)).toEqual([
			'13:15–14:00 | Belangenkaart | 45',
			'14:00–14:15 | Pauze | 15',
			'14:15–14:45 | Samenwerkingsladder | 30',
			'14:45–15:05 | 15%-oplossingen | 20',
		]);
		expect(new URL(page.url()).hash).toBe(
			'#start=13:15&items=belangenkaart,pauze:15,samenwerkingsladder,15-procent-oplossingen'
		);
		// The preset's title links to its step page.
		expect(
			await page
				.locator('[data-voorstellen]')
				.getByRole('link', { name: 'Sessie 2: kiezen en afspreken' })
				.getAttribute('href')
		).toMatch(/\/traject\/sessie-2\/$/);
		expect(await axe(page)).toEqual([]);
		schoon(tab);
		await tab.sluit();
	});
});

describe('the trajectory', () => {
	test('/traject/ lists the overview and every step; the overview lists every step in order', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(url('traject/'));
		const deel = await page
			.locator('.traject-stappen > li > a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(deel).toEqual(STAP_SLUGS.map((s) => new URL(url(`traject/${s}/`)).pathname));
		expect(await axe(page)).toEqual([]);
		await page
			.getByRole('main')
			.getByRole('link', { name: 'het traject in het kort', exact: true })
			.click();
		await page.waitForURL(url('traject/overzicht/'));
		const stappen = await page
			.locator('.traject-stappen > li > a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(stappen).toEqual(
			STAP_SLUGS.filter((s) => s !== 'overzicht').map((s) => new URL(url(`traject/${s}/`)).pathname)
		);
		// The part is in the sidebar, in order.
		const zijbalk = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
		expect(await zijbalk.getByRole('link', { name: 'Jaarritme' }).getAttribute('href')).toMatch(
			/\/traject\/jaarritme\/$/
		);
		schoon(tab);
		await tab.sluit();
	});

	test('every step page is accessible in light and dark mode and shows its facts, checklist, materials and the worked example', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		for (const slug of STAP_SLUGS) {
			await page.goto(url(`traject/${slug}/`));
			expect(await axe(page), slug).toEqual([]);
			await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
			expect(await axe(page, true), `${slug} (dark)`).toEqual([]);
			expect(
				await page
					.getByRole('note', { name: 'Voorbeeld (verzonnen)' })
					.or(page.locator('aside[aria-label="Voorbeeld (verzonnen)"]'))
					.count(),
				slug
			).toBe(1);
			if (slug === 'overzicht') continue;
			const feiten = await page.locator('.stap-kop dt').allTextContents();
			expect(feiten, slug).toEqual(['Wanneer', 'Hoe lang', 'Wie doen mee', 'Wat het oplevert']);
			expect(
				await page.locator('.contains-task-list input[type="checkbox"]').count(),
				slug
			).toBeGreaterThanOrEqual(5);
			expect(await page.locator('.stap-materialen a').count(), slug).toBeGreaterThan(0);
		}
		// The worked example names the demo region's partners.
		await page.goto(url('traject/aanleiding-en-opdracht/'));
		expect(await page.locator('aside[aria-label="Voorbeeld (verzonnen)"]').textContent()).toContain(
			'Gemeente Havenstad en Zorgkantoor Voorbeeld'
		);
		schoon(tab);
		await tab.sluit();
	});

	test("a step's checklist is named by its text; ticks stay in this browser after a reload, without JavaScript the boxes are for paper", async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(url('traject/intake/'));
		const zaal = page.getByRole('checkbox', {
			name: 'Er is een zaal geregeld die voor alle partners neutraal voelt.',
		});
		await expect.poll(() => zaal.isEnabled()).toBe(true);
		expect(await zaal.isChecked()).toBe(false);
		// A click on the text ticks the box: the text is its label.
		await page.getByText('Er is een zaal geregeld die voor alle partners neutraal voelt.').click();
		expect(await zaal.isChecked()).toBe(true);
		await page.reload();
		await expect.poll(() => zaal.isEnabled()).toBe(true);
		expect(await zaal.isChecked()).toBe(true);
		expect(await page.locator('.contains-task-list input:checked').count()).toBe(1);
		// Another step keeps its own ticks.
		await page.goto(url('traject/voorgesprekken/'));
		await expect
			.poll(() => page.locator('.contains-task-list input:not([disabled])').count())
			.toBeGreaterThan(0);
		expect(await page.locator('.contains-task-list input:checked').count()).toBe(0);
		schoon(tab);
		await tab.sluit();
		const zonderJs = await nieuweTab(browser, { javaScriptEnabled: false });
		await zonderJs.page.goto(url('traject/intake/'));
		expect(
			await zonderJs.page
				.getByRole('checkbox', {
					name: 'Er is een zaal geregeld die voor alle partners neutraal voelt.',
				})
				.isDisabled()
		).toBe(true);
		await zonderJs.sluit();
	});
});

describe('facilitator scripts', () => {
	const demoDir = inject('demoDir');

	test("each act page shows its script from the act's data, with links to the card and its PDF", async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		for (const act of BALANCEERACTS) {
			const script = parse(
				readFileSync(join(ROOT, 'content', 'scripts', `${act.id}.yaml`), 'utf8')
			) as { opening: string; poolA: string[]; poolB: string[]; slotvraag: string };
			await page.goto(url(`balanceeracts/${act.id}/`));
			const sectie = page.locator('section.act-script');
			expect(await sectie.getByRole('heading', { level: 2 }).textContent()).toBe(
				'Gespreksscript voor de begeleider'
			);
			expect((await sectie.locator('blockquote').textContent())?.trim()).toBe(script.opening);
			expect(await sectie.locator('ol').nth(0).locator('li').allTextContents()).toEqual(
				script.poolA
			);
			expect(await sectie.locator('ol').nth(1).locator('li').allTextContents()).toEqual(
				script.poolB
			);
			await expect.poll(() => sectie.getByText(script.slotvraag).count()).toBe(1);
			for (const link of await sectie
				.locator('.act-script-print a')
				.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
				expect((await page.request.get(link)).status(), link).toBe(200);
			}
			expect(await axe(page), act.id).toEqual([]);
		}
		schoon(tab);
		await tab.sluit();
	});

	test('each script prints on one A4 page: the card fits, its PDF is one tagged A4 page with the region and the questions', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(url('print/scripts/'));
		await page.waitForSelector('html[data-vellen-klaar]', { state: 'attached' });
		expect(await page.locator('.script-kaart').count()).toBe(BALANCEERACTS.length);
		expect(await page.locator('.script-kaart[data-past="nee"]').count()).toBe(0);
		expect(readdirSync(join(demoDir, 'pdf', 'scripts')).sort()).toEqual(
			BALANCEERACTS.map((a) => `${a.id}.pdf`).sort()
		);
		for (const act of BALANCEERACTS) {
			const bytes = new Uint8Array(readFileSync(join(demoDir, 'pdf', 'scripts', `${act.id}.pdf`)));
			const doc = await PDFDocument.load(bytes, { updateMetadata: false });
			expect(doc.getPageCount(), act.id).toBe(1);
			const { width, height } = doc.getPage(0).getSize();
			expect([Math.round(width), Math.round(height)], act.id).toEqual([595, 842]);
			expect(doc.getTitle(), act.id).toBe(
				`Gespreksscript: ${act.titel.charAt(0)}${act.titel.slice(1).toLocaleLowerCase('nl')} — Werkboek Regio Voorbeeld`
			);
			const tekst = await pdfTekst(bytes);
			const script = parse(
				readFileSync(join(ROOT, 'content', 'scripts', `${act.id}.yaml`), 'utf8')
			) as { slotvraag: string };
			expect(tekst).toContain(vergelijkbaar('Werkboek Regio Voorbeeld'));
			expect(tekst).toContain(vergelijkbaar(script.slotvraag));
		}
		schoon(tab);
		await tab.sluit();
	});
});
