import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import {
	axe,
	bevestig,
	download,
	fixtureBestand,
	klaar,
	nieuweTab,
	pdfTekst,
	schoon,
	url,
} from './browser.ts';
import { vergelijkbaar } from '../../src/print/pdf-read.ts';

// The Balansmeter and its group view, in a real Chromium against the demo build.
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
});

afterAll(async () => {
	await browser?.close();
});

const METER = url('balansmeter/');
const GROEP = url('balansmeter/groep/');
const fout = (page: Page) => page.getByRole('alert').filter({ hasText: /./ });
const schaal = (page: Page, vraag: 'nu' | 'naartoe', act: string) =>
	page.getByRole('group', {
		name: `${vraag === 'nu' ? 'Waar staan we nu?' : 'Waar willen we naartoe?'} (${act})`,
	});
const gekozen = async (page: Page, vraag: 'nu' | 'naartoe', act: string) => {
	const radios = schaal(page, vraag, act).getByRole('radio');
	for (let i = 0; i < (await radios.count()); i++)
		if (await radios.nth(i).isChecked()) return i + 1;
	return undefined;
};
const FOCUS = 'Focus en breedte';

describe('Balansmeter as it looks', () => {
	test('on a phone: legend icons at their 18 px, chart text readable, the result table whole, every step of a scale on one line', async () => {
		const tab = await nieuweTab(browser, {
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
		});
		const { page } = tab;
		await page.goto(METER);
		await klaar(page, 'balans-meter');
		await schaal(page, 'nu', FOCUS).getByRole('radio', { name: '3' }).check();
		await schaal(page, 'naartoe', FOCUS).getByRole('radio', { name: /^7/ }).check();
		const maten = await page.evaluate(() => {
			const vak = (el: Element) => el.getBoundingClientRect();
			const tabel = document.querySelector('.hulpmiddel-tabel')!;
			const ouder = tabel.parentElement!;
			return {
				legenda: [...document.querySelectorAll('.grafiek-legenda svg')].map((el) =>
					Math.round(vak(el).width)
				),
				// Icon and text of a legend entry on one line, centred on each other.
				legendaMidden: [...document.querySelectorAll('.grafiek-legenda li')].map((li) => {
					const [icoon, tekst] = [vak(li.querySelector('svg')!), vak(li.querySelector('span')!)];
					return Math.abs(icoon.top + icoon.height / 2 - (tekst.top + tekst.height / 2));
				}),
				tekst: Math.min(
					...[...document.querySelectorAll('svg[data-grafiek] text')].map((el) => vak(el).height)
				),
				grafiekBreedte: vak(document.querySelector('svg[data-grafiek]')!).width,
				tabelRechts: vak(tabel).right,
				ouderRechts: vak(ouder).right,
				tabelScrollt: tabel.scrollWidth > tabel.clientWidth + 1,
				bijschriftRechts: vak(tabel.querySelector('caption')!).right,
				stappen: [...document.querySelectorAll('.schaal-stappen')].map(
					(rij) =>
						new Set([...rij.querySelectorAll('input')].map((i) => Math.round(vak(i).top))).size
				),
			};
		});
		expect(maten.legenda).toEqual([18, 18]);
		expect(Math.max(...maten.legendaMidden)).toBeLessThan(3);
		// Text of at least 12 CSS px, and the chart within the screen.
		expect(maten.tekst).toBeGreaterThanOrEqual(12);
		expect(maten.grafiekBreedte).toBeLessThanOrEqual(390);
		expect(maten.tabelScrollt).toBe(false);
		expect(maten.tabelRechts).toBeLessThanOrEqual(maten.ouderRechts + 1);
		expect(maten.bijschriftRechts).toBeLessThanOrEqual(390);
		expect(maten.stappen.every((hoogtes) => hoogtes === 1)).toBe(true);
		await tab.sluit();
	});

	test('visible text keeps the spaces of its source lines ("jullie naartoe", "de groepsweergave")', async () => {
		const tab = await nieuweTab(browser);
		await tab.page.goto(METER);
		const tekst = await tab.page.locator('main').innerText();
		expect(tekst).toContain('waar je vindt dat jullie naartoe moeten');
		expect(tekst).toContain('in de groepsweergave');
		await tab.sluit();
	});
});

describe('Balansmeter', () => {
	test('keyboard only: tab into a scale, choose with the arrow keys; saved, charted and kept after reload', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(METER);
		await klaar(page, 'balans-meter');
		await page.getByLabel('Je naam of rol').focus();
		await page.keyboard.type('Beleidsadviseur');
		// Tab moves from the name field to the stakeholder group, then into the first radio group; arrows choose within it.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).toBe(
			'groep'
		);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
			'nu-inbedding-borging'
		);
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
		expect(await gekozen(page, 'nu', 'Maatschappelijke inbedding en institutionele borging')).toBe(
			2
		);
		expect(
			await gekozen(page, 'naartoe', 'Maatschappelijke inbedding en institutionele borging')
		).toBe(5);
		const rij = page.getByRole('row', { name: /1\. Maatschappelijke inbedding/ });
		expect(await rij.textContent()).toContain('3 stappen richting Institutionele borging');
		expect(await page.locator('svg[data-grafiek]').getAttribute('aria-label')).toContain(
			'Maatschappelijke inbedding en institutionele borging: nu 2, naartoe 5'
		);
		expect(await page.locator('svg[data-grafiek] .grafiek-nu').count()).toBe(1);
		await page.reload();
		await klaar(page, 'balans-meter');
		expect(await gekozen(page, 'nu', 'Maatschappelijke inbedding en institutionele borging')).toBe(
			2
		);
		expect(await page.getByLabel('Je naam of rol').inputValue()).toBe('Beleidsadviseur');
		schoon(tab);
		await tab.sluit();
	});

	test('export, clear, import round-trip; version 1 imports; bad files refused; printed with answers', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(METER);
		await klaar(page, 'balans-meter');
		await schaal(page, 'nu', FOCUS).getByRole('radio', { name: '6' }).check();
		await schaal(page, 'naartoe', FOCUS).getByRole('radio', { name: '3' }).check();
		await page.getByLabel('Notitie bij focus en breedte').fill('Te veel tafels tegelijk.');
		const bestand = await download(page, 'Exporteer balansmeter (JSON)');
		expect(bestand.data).toMatchObject({
			formaat: 'regiowerkboek-balansmeter',
			versie: 3,
			acts: { 'focus-breedte': { nu: 6, straks: 3, notitie: 'Te veel tafels tegelijk.' } },
		});

		for (const [naam, melding] of [
			['slecht/balansmeter-proto.json', 'niet-toegestane naam (__proto__)'],
			['slecht/balansmeter-nieuwer.json', 'nieuwere versie'],
			['werkblad-ecocyclus-v2.json', 'komt van een werkblad, niet van de balansmeter'],
		]) {
			await page.locator('[data-invoer="importeer"]').setInputFiles(fixtureBestand(naam!));
			await expect.poll(() => fout(page).textContent()).toContain(melding);
			expect(await gekozen(page, 'nu', FOCUS)).toBe(6);
			await page.evaluate(() => (document.querySelector('[data-fout]')!.textContent = ''));
		}

		await page.emulateMedia({ media: 'print' });
		expect(await pdfTekst(await page.pdf({ format: 'A4' }))).toContain(
			vergelijkbaar('Te veel tafels tegelijk.')
		);
		await page.emulateMedia({ media: 'screen' });

		bevestig(page);
		await page.getByRole('button', { name: 'Wis mijn balansmeter' }).click();
		await expect.poll(() => gekozen(page, 'nu', FOCUS)).toBeUndefined();
		await page.locator('[data-invoer="importeer"]').setInputFiles(bestand.pad);
		await expect.poll(() => gekozen(page, 'nu', FOCUS)).toBe(6);
		expect(await page.getByLabel('Notitie bij focus en breedte').inputValue()).toBe(
			'Te veel tafels tegelijk.'
		);

		bevestig(page);
		await page
			.locator('[data-invoer="importeer"]')
			.setInputFiles(fixtureBestand('balansmeter-v1.json'));
		await expect
			.poll(() => gekozen(page, 'nu', 'Maatschappelijke inbedding en institutionele borging'))
			.toBe(2);
		expect(await gekozen(page, 'naartoe', 'Sturen en volgen')).toBe(5);
		expect(await gekozen(page, 'nu', 'Sturen en volgen')).toBeUndefined();
		schoon(tab);
		await tab.sluit();
	});
});

describe('group view', () => {
	test('three files at once: positions, averages and the largest gaps; a bad file is named and skipped', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(GROEP);
		await klaar(page, 'balans-groep');
		await page
			.locator('[data-invoer="kies"]')
			.setInputFiles([
				fixtureBestand('balansmeter-v2.json'),
				fixtureBestand('balansmeter-groep-casemanager.json'),
				fixtureBestand('balansmeter-v1.json'),
				fixtureBestand('slecht/balansmeter-proto.json'),
			]);
		await expect
			.poll(() => page.locator('[data-deelnemers] li').allTextContents())
			.toEqual(['Wethouder', 'Casemanager', 'balansmeter-v1']);
		expect(await fout(page).textContent()).toContain(
			'balansmeter-proto.json: Dit bestand bevat een niet-toegestane naam (__proto__)'
		);
		expect(await page.locator('[data-verschillen] li').first().textContent()).toBe(
			'Ruimte en kaders: 3,5 stappen, gemiddeld richting Ruimte'
		);
		const ruimte = page.getByRole('region', { name: 'Ruimte en kaders' });
		expect(await ruimte.textContent()).toContain('Gemiddeld nu6,5');
		expect(await ruimte.textContent()).toContain('Grootste afstand4 stappen (Casemanager)');
		expect(await ruimte.getByRole('row', { name: /Casemanager/ }).textContent()).toContain(
			'Alleen maar regels.'
		);
		expect(await page.locator('svg[data-grafiek] .grafiek-nu').count()).toBe(12); // 5 + 5 + 2 (the old file has two 'nu' positions)
		expect(await page.locator('svg[data-grafiek]').getAttribute('aria-label')).toMatch(
			/^Groepsbeeld van 3 deelnemers/
		);
		schoon(tab);
		await tab.sluit();
	});

	test('files can be dropped on the drop zone', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(GROEP);
		await klaar(page, 'balans-groep');
		const inhoud = JSON.stringify({
			formaat: 'regiowerkboek-balansmeter',
			versie: 2,
			naam: 'Gesleept',
			acts: { 'focus-breedte': { nu: 1, straks: 7 } },
		});
		const overdracht = await page.evaluateHandle((tekst) => {
			const dt = new DataTransfer();
			dt.items.add(new File([tekst], 'gesleept.json', { type: 'application/json' }));
			return dt;
		}, inhoud);
		await page.locator('[data-sleep]').dispatchEvent('drop', { dataTransfer: overdracht });
		await expect
			.poll(() => page.locator('[data-deelnemers] li').allTextContents())
			.toEqual(['Gesleept']);
		await tab.sluit();
	});
});

describe('accessibility of the tool pages', () => {
	test('no WCAG 2.1 A/AA violations, light and dark, with content filled in', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const tab = await nieuweTab(browser, { colorScheme });
			const { page } = tab;
			await page.goto(METER);
			await klaar(page, 'balans-meter');
			await schaal(page, 'nu', FOCUS).getByRole('radio', { name: '2' }).check();
			await page
				.locator('[data-invoer="importeer"]')
				.setInputFiles(fixtureBestand('slecht/vreemd.json'));
			await fout(page).waitFor();
			expect(await axe(page, colorScheme === 'dark'), `balansmeter ${colorScheme}`).toEqual([]);

			await page.goto(GROEP);
			await klaar(page, 'balans-groep');
			await page
				.locator('[data-invoer="kies"]')
				.setInputFiles([
					fixtureBestand('balansmeter-v2.json'),
					fixtureBestand('balansmeter-groep-casemanager.json'),
				]);
			await page.locator('[data-uitkomst]:not([hidden])').waitFor();
			expect(await axe(page, colorScheme === 'dark'), `groep ${colorScheme}`).toEqual([]);

			// The planner and finder use the same token classes as the pages above: in dark mode the
			// contrast check of those pages covers them (this sweep is the slowest test of the tools).
			if (colorScheme === 'light') {
				await page.goto(`${url('sessieplanner/')}#start=09:00&items=1-2-4-allen,pauze:15,triz`);
				await klaar(page, 'sessie-planner');
				expect(await axe(page), 'sessieplanner').toEqual([]);
				await page.goto(url('werkvormen/'));
				await klaar(page, 'werkvorm-zoeker');
				expect(await axe(page), 'werkvormen').toEqual([]);
			}

			await page.goto(url('werkvormen/ecocyclus/'));
			await klaar(page, 'werkblad-invullen');
			await page.getByLabel('Wat laten we los, en hoe doen we dat netjes?').fill('Iets');
			expect(await axe(page, colorScheme === 'dark'), `werkblad ${colorScheme}`).toEqual([]);
			schoon(tab);
			await tab.sluit();
		}
	});
});
