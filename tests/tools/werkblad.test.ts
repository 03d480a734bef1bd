import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import { OPSLAG_UIT, OPSLAG_VOL } from '../../src/hulpmiddelen/opslag.ts';
import {
	bevestig,
	download,
	fixtureBestand,
	klaar,
	nieuweTab,
	pdfTekst,
	schoon,
	site,
	url,
} from './browser.ts';
import { vergelijkbaar } from '../../src/print/pdf-read.ts';

// Fill-in worksheets on working-method pages, in a real Chromium against the demo build.
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
});

afterAll(async () => {
	await browser?.close();
});

const ECOCYCLUS = url('werkvormen/ecocyclus/');

async function openEcocyclus(page: Page) {
	await page.goto(ECOCYCLUS);
	await klaar(page, 'werkblad-invullen');
}

/** Types one answer of each kind on the Ecocyclus sheet: list, 2×2 grid, text. */
async function vulIn(page: Page) {
	await page
		.getByLabel('Welke regionale activiteiten, projecten en overleggen kennen wij?: punt 1')
		.fill('Wijkoverleg ouderen');
	await page
		.getByLabel('Welke regionale activiteiten, projecten en overleggen kennen wij?: punt 2')
		.fill('Proef spreekuur');
	await page.getByLabel(/Volwassenheid\. Loopt en levert op\./).fill('Regiotafel jeugd');
	await page
		.getByLabel('Wat laten we los, en hoe doen we dat netjes?')
		.fill('Het oude overleg over ouderen.');
}

async function waarden(page: Page) {
	return {
		punt1: await page
			.getByLabel('Welke regionale activiteiten, projecten en overleggen kennen wij?: punt 1')
			.inputValue(),
		punt2: await page
			.getByLabel('Welke regionale activiteiten, projecten en overleggen kennen wij?: punt 2')
			.inputValue(),
		vak: await page.getByLabel(/Volwassenheid\. Loopt en levert op\./).inputValue(),
		los: await page.getByLabel('Wat laten we los, en hoe doen we dat netjes?').inputValue(),
	};
}

const INGEVULD = {
	punt1: 'Wijkoverleg ouderen',
	punt2: 'Proef spreekuur',
	vak: 'Regiotafel jeugd',
	los: 'Het oude overleg over ouderen.',
};
const LEEG = { punt1: '', punt2: '', vak: '', los: '' };
const fout = (page: Page) => page.getByRole('alert').filter({ hasText: /./ });

describe('fill-in worksheet', () => {
	test('answers survive a reload, under a key namespaced by origin and base path', async () => {
		const tab = await nieuweTab(browser);
		await openEcocyclus(tab.page);
		await vulIn(tab.page);
		await expect
			.poll(() => tab.page.getByRole('status').filter({ hasText: 'bewaard' }).count())
			.toBeGreaterThan(0);
		await tab.page.reload();
		await klaar(tab.page, 'werkblad-invullen');
		expect(await waarden(tab.page)).toEqual(INGEVULD);
		const sleutels = await tab.page.evaluate(() =>
			Object.keys(localStorage).filter((k) => k.startsWith('regiowerkboek:'))
		);
		expect(sleutels).toEqual([`regiowerkboek:${new URL(site.url).origin}/:werkblad:ecocyclus`]);
		schoon(tab);
		await tab.sluit();
	});

	test('export, clear (with confirmation) and import round-trip', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await openEcocyclus(page);
		await vulIn(page);
		const bestand = await download(page, 'Exporteer antwoorden (JSON)');
		expect(bestand.naam).toMatch(/^werkblad-ecocyclus-\d{4}-\d{2}-\d{2}\.json$/);
		expect(bestand.data).toMatchObject({
			formaat: 'regiowerkboek-werkblad',
			versie: 3,
			werkvorm: 'ecocyclus',
			antwoorden: {
				'wat-laten-we-los-en-hoe-doen-we-dat-netjes': 'Het oude overleg over ouderen.',
			},
			vragen: {
				'wat-laten-we-los-en-hoe-doen-we-dat-netjes':
					'Wat laten we los, en hoe doen we dat netjes?',
			},
		});

		bevestig(page, false);
		await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
		expect(await waarden(page)).toEqual(INGEVULD);
		bevestig(page);
		await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toBe('Je antwoorden zijn gewist.');
		await page.reload();
		await klaar(page, 'werkblad-invullen');
		expect(await waarden(page)).toEqual(LEEG);

		await page.locator('[data-invoer="importeer"]').setInputFiles(bestand.pad);
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toMatch(/staan in het werkblad/);
		expect(await waarden(page)).toEqual(INGEVULD);
		await page.reload();
		await klaar(page, 'werkblad-invullen');
		expect(await waarden(page)).toEqual(INGEVULD);
		schoon(tab);
		await tab.sluit();
	});

	test('saved answers of every earlier version migrate; an answer whose question is gone is kept and offered', async () => {
		// Stored by an earlier version of the site (version 2: by position), then the site was updated.
		const v2 = JSON.stringify({
			formaat: 'regiowerkboek-werkblad',
			versie: 2,
			werkvorm: 'ecocyclus',
			antwoorden: { '3': 'Meer tijd.' },
		});
		// Stored once (not again on every reload: the init script runs before each load of the tab).
		const sleutel = JSON.stringify(`regiowerkboek:${new URL(site.url).origin}/:werkblad:ecocyclus`);
		const tab = await nieuweTab(browser, {
			init: `if (!sessionStorage.getItem('proef')) { sessionStorage.setItem('proef', '1'); localStorage.setItem(${sleutel}, ${JSON.stringify(v2)}); }`,
		});
		const { page } = tab;
		await openEcocyclus(page);
		expect(await page.getByLabel('Wat krijgt meer tijd, geld of mensen?').inputValue()).toBe(
			'Meer tijd.'
		);
		expect(await page.getByRole('heading', { name: 'Antwoorden zonder vraag' }).count()).toBe(0);

		// Version 3 with an answer to a question that an update removed: shown, exported, removable.
		await page
			.locator('[data-invoer="importeer"]')
			.setInputFiles(fixtureBestand('werkblad-ecocyclus-v3.json'));
		bevestig(page);
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toMatch(/Eén antwoord hoort bij een vraag die niet meer op dit werkblad staat/);
		const sectie = page.getByRole('region', { name: 'Antwoorden zonder vraag' });
		expect(await sectie.getByRole('definition').textContent()).toBe(
			'De huisartsen en de jongerenraad.'
		);
		expect(await sectie.getByRole('term').textContent()).toBe('Wie mist er aan tafel?');
		expect(await page.getByLabel('Wat krijgt meer tijd, geld of mensen?').inputValue()).toBe(
			'Meer tijd voor het spreekuur.'
		);
		await page.getByLabel('Wat laten we los, en hoe doen we dat netjes?').fill('Iets nieuws');
		await page.reload();
		await klaar(page, 'werkblad-invullen');
		expect(
			await page
				.getByRole('region', { name: 'Antwoorden zonder vraag' })
				.getByRole('definition')
				.textContent()
		).toBe('De huisartsen en de jongerenraad.');
		const bestand = await download(page, 'Exporteer antwoorden (JSON)');
		expect(
			(bestand.data as { antwoorden: Record<string, unknown> }).antwoorden['wie-mist-er-aan-tafel']
		).toBe('De huisartsen en de jongerenraad.');
		bevestig(page);
		await page.getByRole('button', { name: 'Verwijder de antwoorden zonder vraag' }).click();
		await expect
			.poll(() => page.getByRole('heading', { name: 'Antwoorden zonder vraag' }).count())
			.toBe(0);
		await page.reload();
		await klaar(page, 'werkblad-invullen');
		expect(await page.getByRole('heading', { name: 'Antwoorden zonder vraag' }).count()).toBe(0);
		expect(await page.getByLabel('Wat laten we los, en hoe doen we dat netjes?').inputValue()).toBe(
			'Iets nieuws'
		);
		schoon(tab);
		await tab.sluit();
	});

	test('an export of version 1 still imports', async () => {
		const tab = await nieuweTab(browser);
		await openEcocyclus(tab.page);
		await tab.page
			.locator('[data-invoer="importeer"]')
			.setInputFiles(fixtureBestand('werkblad-ecocyclus-v1.json'));
		await expect
			.poll(() =>
				tab.page
					.getByLabel('Welke regionale activiteiten, projecten en overleggen kennen wij?: punt 3')
					.inputValue()
			)
			.toBe('Regiotafel jeugd');
		expect(await tab.page.getByLabel(/Creatieve afbraak/).inputValue()).toBe(
			'Oud overleg over ouderen'
		);
		await tab.sluit();
	});

	test('refuses bad files with a Dutch message each, and keeps the answers', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await openEcocyclus(page);
		await vulIn(page);
		const voor = await page.evaluate(() => JSON.stringify(localStorage));
		const groot = Buffer.from(
			JSON.stringify({
				formaat: 'regiowerkboek-werkblad',
				versie: 2,
				werkvorm: 'ecocyclus',
				antwoorden: { '2': 'x'.repeat(1024 * 1024) },
			})
		);
		const gevallen: [string | { name: string; mimeType: string; buffer: Buffer }, string][] = [
			[fixtureBestand('slecht/kapot.json'), 'het is geen leesbaar JSON-bestand'],
			[fixtureBestand('slecht/werkblad-nieuwer.json'), 'nieuwere versie van het werkboek'],
			[fixtureBestand('slecht/vreemd.json'), 'geen export uit het werkboek'],
			[fixtureBestand('balansmeter-v2.json'), 'komt van de balansmeter, niet van dit werkblad'],
			[fixtureBestand('slecht/proto.json'), 'niet-toegestane naam (__proto__)'],
			[
				fixtureBestand('slecht/werkblad-verkeerde-vorm.json'),
				'De inhoud van dit bestand klopt niet',
			],
			[fixtureBestand('slecht/werkblad-andere-werkvorm.json'), 'andere werkvorm ("triz")'],
			[{ name: 'groot.json', mimeType: 'application/json', buffer: groot }, 'groter dan 1 MB'],
		];
		for (const [bestand, melding] of gevallen) {
			await page.locator('[data-invoer="importeer"]').setInputFiles(bestand);
			await expect.poll(() => fout(page).textContent(), { message: melding }).toContain(melding);
			expect(await fout(page).textContent()).toContain(
				'Je huidige antwoorden zijn niet veranderd.'
			);
			expect(await waarden(page)).toEqual(INGEVULD);
			expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(voor);
			// Clear the message so the next case cannot pass on the previous one.
			await page.evaluate(() => (document.querySelector('[data-fout]')!.textContent = ''));
		}
		expect(await page.evaluate(() => (({}) as Record<string, unknown>)['isAdmin'])).toBeUndefined();
		schoon(tab);
		await tab.sluit();
	});

	test('a full storage is shown in Dutch, not swallowed', async () => {
		const tab = await nieuweTab(browser, {
			init: `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`,
		});
		await openEcocyclus(tab.page);
		await tab.page.getByLabel('Wat laten we los, en hoe doen we dat netjes?').fill('Iets');
		await expect.poll(() => fout(tab.page).textContent()).toBe(OPSLAG_VOL);
		await tab.sluit();
	});

	test('disabled storage (private mode) is shown in Dutch', async () => {
		const tab = await nieuweTab(browser, {
			init: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied', 'SecurityError'); } });`,
		});
		await openEcocyclus(tab.page);
		await tab.page.getByLabel('Wat laten we los, en hoe doen we dat netjes?').fill('Iets');
		await expect.poll(() => fout(tab.page).textContent()).toBe(OPSLAG_UIT);
		await tab.sluit();
	});

	test('a scale is a radio group operated with the keyboard, and persists', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(url('werkvormen/lijnopstelling/'));
		await klaar(page, 'werkblad-invullen');
		const groep = page.getByRole('group', { name: 'Waar sta ik bij het begin?' });
		expect(await groep.getByRole('radio').count()).toBe(7);
		expect(await groep.getByRole('radio', { name: /^1\s*:\s*Pool A$/ }).count()).toBe(1);
		await groep.getByRole('radio', { name: /^1\s*:\s*Pool A$/ }).focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await groep.getByRole('radio', { name: '3' }).isChecked()).toBe(true);
		await page.reload();
		await klaar(page, 'werkblad-invullen');
		expect(
			await page
				.getByRole('group', { name: 'Waar sta ik bij het begin?' })
				.getByRole('radio', { name: '3' })
				.isChecked()
		).toBe(true);
		await tab.sluit();
	});

	test('the printed page shows the typed answers', async () => {
		const tab = await nieuweTab(browser);
		await openEcocyclus(tab.page);
		const lang =
			'Dit is een lang antwoord dat over meerdere regels loopt. '.repeat(8) +
			'EINDE-VAN-HET-ANTWOORD';
		await vulIn(tab.page);
		await tab.page.getByLabel('Wat krijgt meer tijd, geld of mensen?').fill(lang);
		await tab.page.emulateMedia({ media: 'print' });
		expect(
			await tab.page.getByRole('button', { name: 'Exporteer antwoorden (JSON)' }).isVisible()
		).toBe(false);
		const tekst = await pdfTekst(await tab.page.pdf({ format: 'A4' }));
		for (const antwoord of Object.values(INGEVULD))
			expect(tekst).toContain(vergelijkbaar(antwoord));
		// A long answer is printed in full, not cut off at the field's height.
		expect(tekst).toContain(vergelijkbaar('EINDE-VAN-HET-ANTWOORD'));
		await tab.sluit();
	});

	test('without JavaScript the worksheet still shows as a form with its questions', async () => {
		const tab = await nieuweTab(browser, { javaScriptEnabled: false });
		await tab.page.goto(ECOCYCLUS);
		expect(await tab.page.getByRole('heading', { name: 'Werkblad voor deelnemers' }).count()).toBe(
			1
		);
		expect(await tab.page.getByLabel('Wat laten we los, en hoe doen we dat netjes?').count()).toBe(
			1
		);
		expect(
			await tab.page.getByRole('group', { name: 'De vier fases' }).getByRole('textbox').count()
		).toBe(4);
		expect(await tab.page.getByRole('button', { name: 'Wis mijn antwoorden' }).isVisible()).toBe(
			false
		);
		await tab.sluit();
	});
});
