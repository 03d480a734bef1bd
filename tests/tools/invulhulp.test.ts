import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import { controleerAccent, voorstelAccent } from '../../src/utils/color.ts';
import { check, ROOT } from '../helpers.ts';
import { AXE_TAGS, KLEURREGELS, axeBevindingen, axeOpnieuw } from '../quality/axe.ts';
import { SCHERMEN, ibmBevindingen, opmaakProblemen } from '../quality/opmaak.ts';
import { klaar, nieuweTab, schoon, url, type Tab } from './browser.ts';

// The region wizard (/regio-maken/) in a real Chromium against the demo build: filled in with the
// keyboard only, downloaded, checked with `npm run check`, reopened, reloaded, and swept with axe
// and the layout checks, empty and filled.
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
});

afterAll(async () => {
	await browser?.close();
});

const WIZARD = url('regio-maken/');
const TE_LICHT = '#7fb2e5';
const KIES_SOORT =
	'Dit veld is verplicht. Kies uit: gemeente, zorgaanbieder, zorgverzekeraar, ggd, welzijn, clientenorganisatie, onderwijs, overig.';

/** Every named field of the form with its value (checkboxes: checked or not), in page order. */
const formulier = (page: Page) =>
	page.locator('regio-invulhulp form [name]').evaluateAll((velden) =>
		velden.map((v) => {
			const el = v as HTMLInputElement;
			return el.type === 'checkbox'
				? `${el.name}=${el.value}:${el.checked ? 'ja' : 'nee'}`
				: `${el.name}=${el.value}`;
		})
	);

const actief = (page: Page) =>
	page.evaluate(
		() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''
	);

/** Presses Tab until the focused element has this id or (for buttons) this text. */
async function tabNaar(page: Page, doel: string, max = 300) {
	for (let i = 0; i < max; i++) {
		if ((await actief(page)) === doel) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Met Tab niet bij "${doel}" gekomen.`);
}

async function open(tab: Tab): Promise<Page> {
	await tab.page.goto(WIZARD);
	await klaar(tab.page, 'regio-invulhulp');
	return tab.page;
}

/** Runs `npm run check` on a downloaded regio.yaml in a fresh region folder inside the project. */
async function controleerBestand(yaml: string, logo?: { naam: string; pad: string }) {
	const map = mkdtempSync(join(ROOT, 'tests', '.invulhulp-'));
	try {
		writeFileSync(join(map, 'regio.yaml'), yaml);
		if (logo) cpSync(logo.pad, join(map, logo.naam));
		return await check({ WERKBOEK_REGIO: map });
	} finally {
		rmSync(map, { recursive: true, force: true });
	}
}

let gedownload = '';
let ingevuld: string[] = [];

describe('region wizard', () => {
	test('keyboard only: name, a too light colour with its proposal, two partners, a network; the download passes npm run check', async () => {
		const tab = await nieuweTab(browser);
		const page = await open(tab);
		// Start at the first button of the page's tool, then only the keyboard.
		await page.getByRole('button', { name: 'Begin leeg' }).focus();
		await tabNaar(page, 'ih-naam');
		await page.keyboard.type('Regio Kustland');
		await tabNaar(page, 'ih-accent');
		await page.keyboard.type(TE_LICHT);
		await page.keyboard.press('Tab');
		// The build's own message, next to the field and in the summary at the top.
		const bericht = controleerAccent(TE_LICHT)!;
		// The verdict comes from the validator in a worker: wait for it.
		await expect
			.poll(() => page.locator('#ih-kleuren-accent-fout').textContent(), { timeout: 15_000 })
			.toBe(`Fout: ${bericht} `);
		expect(await page.locator('[data-samenvatting-lijst] a').allTextContents()).toEqual([
			`Accentkleur: ${bericht}`,
		]);
		expect(await page.locator('#ih-accent').getAttribute('aria-invalid')).toBe('true');
		const voorstel = voorstelAccent(TE_LICHT);
		expect(await page.locator('[data-contrast]').textContent()).toContain(
			`Een donkerdere tint die wel genoeg contrast heeft: ${voorstel}`
		);
		await tabNaar(page, `Gebruik ${voorstel}`);
		await page.keyboard.press('Enter');
		expect(await page.locator('#ih-accent').inputValue()).toBe(voorstel);
		await expect
			.poll(() => page.locator('[data-samenvatting]').isHidden(), { timeout: 15_000 })
			.toBe(true);

		for (const [naam, soort] of [
			['Gemeente Kustdorp', 'Gemeente'],
			['GGD Kustland', 'GGD'],
		]) {
			await tabNaar(page, 'Voeg een partner toe');
			await page.keyboard.press('Enter');
			await page.keyboard.type(naam!);
			await page.keyboard.press('Tab'); // to the id, which the wizard fills in from the name
			await page.keyboard.press('Tab');
			await page.keyboard.type(soort!);
		}
		expect(await page.locator('#ih-partners-0-id').inputValue()).toBe('gemeente-kustdorp');
		expect(await page.locator('#ih-partners-1-id').inputValue()).toBe('ggd-kustland');

		await tabNaar(page, 'Voeg een netwerk toe');
		await page.keyboard.press('Enter');
		await page.keyboard.type('Gezond Kustland');
		for (const waarde of ['Multi', 'Alle inwoners', 'regio', 'GALA']) {
			await page.keyboard.press('Tab');
			await page.keyboard.type(waarde);
		}
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		// The preview draws the network with both partners.
		// (valid now: drawn from the validator's result, which a worker sends back)
		await expect
			.poll(() => page.locator('[data-kaart-svg] circle.deelname').count(), { timeout: 15_000 })
			.toBe(2);
		expect(await page.locator('[data-kop-titel]').textContent()).toBe('Werkboek Regio Kustland');

		await tabNaar(page, 'Download regio.yaml');
		const [download] = (await Promise.all([
			page.waitForEvent('download'),
			page.keyboard.press('Enter'),
		])) as [Download, unknown];
		expect(download.suggestedFilename()).toBe('regio.yaml');
		gedownload = readFileSync(await download.path(), 'utf8');
		expect(gedownload).toContain('naam: Regio Kustland');
		expect(gedownload).toContain(`accent: "${voorstel}"`);
		const uit = await controleerBestand(gedownload);
		expect(uit.code, uit.stdout + uit.stderr).toBe(0);
		expect(uit.stdout).toContain('Regio "Regio Kustland"');

		// Nothing is lost on reload.
		ingevuld = await formulier(page);
		expect(ingevuld).toContain('netwerken.0.partners=ggd-kustland:ja');
		await page.reload();
		await klaar(page, 'regio-invulhulp');
		expect(await formulier(page)).toEqual(ingevuld);
		expect(await page.locator('[data-status]').textContent()).toContain(
			'Je gaat verder waar je was'
		);
		schoon(tab);
		await tab.sluit();
	}, 180_000);

	test('the downloaded file opens in the wizard as the same form', async () => {
		expect(gedownload).not.toBe('');
		const tab = await nieuweTab(browser);
		const page = await open(tab);
		await page.locator('[data-invoer="open"]').setInputFiles({
			name: 'regio.yaml',
			mimeType: 'application/yaml',
			buffer: Buffer.from(gedownload),
		});
		await expect
			.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
			.toContain('regio.yaml is geopend: 2 partners en 1 netwerken. Alles klopt.');
		expect(await formulier(page)).toEqual(ingevuld);
		schoon(tab);
		await tab.sluit();
	});

	test("the preview's network map is the build's map for the same data (the starter region)", async () => {
		const tab = await nieuweTab(browser);
		const page = await open(tab);
		await page.getByRole('button', { name: 'Begin met de voorbeeldregio' }).click();
		await expect
			.poll(() => page.locator('#ih-naam').inputValue(), { timeout: 15_000 })
			.toBe('Regio Voorbeeld');
		const voorbeeld = await page.locator('[data-kaart-svg] svg').evaluate((svg) => svg.outerHTML);
		await page.goto(url('netwerken-en-partners/'));
		const gebouwd = await page
			.locator('.netwerkkaart svg')
			.first()
			.evaluate((svg) => svg.outerHTML);
		expect(voorbeeld).toBe(gebouwd);
		expect(voorbeeld.match(/class="deelname"/g)?.length).toBeGreaterThan(10);
		schoon(tab);
		await tab.sluit();
	});

	test('bad input: every error next to its field and in the linked summary, the download blocked, a fake logo and a broken file refused', async () => {
		const tab = await nieuweTab(browser);
		const page = await open(tab);
		// An empty form: the download shows the required name and moves focus to the summary.
		await page.getByRole('button', { name: 'Download regio.yaml' }).click();
		const samenvatting = page.locator('[data-samenvatting]');
		await expect
			.poll(() => samenvatting.evaluate((el) => el === document.activeElement), { timeout: 15_000 })
			.toBe(true);
		expect(await samenvatting.locator('a').allTextContents()).toEqual([
			'Naam van de regio: Vul de naam van de regio in.',
		]);
		expect(await page.locator('[data-download-status]').textContent()).toContain(
			'Nog niet gedownload'
		);
		await samenvatting.getByRole('link').click();
		expect(await actief(page)).toBe('ih-naam');

		// A partner without name, id and kind, and a web page saved as logo.png.
		await page.locator('#ih-naam').fill('Regio Kustland');
		await page.getByRole('button', { name: 'Voeg een partner toe' }).click();
		await page.locator('#ih-logo').setInputFiles({
			name: 'logo.png',
			mimeType: 'image/png',
			buffer: Buffer.from('<!doctype html><title>404</title>'),
		});
		await page.getByRole('button', { name: 'Download regio.yaml' }).click();
		await expect.poll(() => samenvatting.locator('a').count(), { timeout: 15_000 }).toBe(4);
		const links = await samenvatting.locator('a').allTextContents();
		expect(links).toEqual([
			'Logo: Het bestand "logo.png" is geen afbeelding die het werkboek kan lezen. Kies een SVG-, PNG-, JPG- of WebP-bestand.',
			'Partner 1: id: Gebruik alleen kleine letters, cijfers en streepjes, zoals "ggd-voorbeeld".',
			'Partner 1: naam: Dit veld mag niet leeg zijn.',
			`Partner 1: soort: ${KIES_SOORT}`,
		]);
		expect(await page.locator('#ih-partners-0-soort-fout').textContent()).toBe(
			`Fout: ${KIES_SOORT} `
		);
		expect(await page.locator('#ih-partners-0-soort').getAttribute('aria-describedby')).toContain(
			'ih-partners-0-soort-fout'
		);
		expect(await page.locator('[data-kop-logo] img').count()).toBe(0);

		// A real PNG under a wrong name is accepted by its bytes and named for what it is.
		// A 1×1 PNG.
		const png = Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
			'base64'
		);
		await page
			.locator('#ih-logo')
			.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: png });
		await expect
			.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
			.toContain('is eigenlijk een PNG-afbeelding. Het logo heet daarom logo.png.');
		expect(await page.locator('[data-kop-logo] img').isVisible()).toBe(true);

		// A broken regio.yaml: a Dutch message with the line; nothing in the form changes.
		const voor = await formulier(page);
		await page.locator('[data-invoer="open"]').setInputFiles({
			name: 'regio.yaml',
			mimeType: 'application/yaml',
			buffer: Buffer.from('naam: X\npartners:\n  - id: a\n   naam: b\n'),
		});
		await expect
			.poll(() => page.locator('[data-fout]').textContent(), { timeout: 15_000 })
			.toMatch(/^regio\.yaml, regel \d: de YAML-opmaak klopt niet: .* Er is niets veranderd\.$/);
		expect(await formulier(page)).toEqual(voor);

		// A file with schema errors opens, with every error shown and its line named.
		await page.locator('[data-invoer="open"]').setInputFiles({
			name: 'regio.yaml',
			mimeType: 'application/yaml',
			buffer: Buffer.from(
				'naam: Regio X\nkleuren:\n  accent: rood\npartners:\n  - id: a\n    naam: A\n    soort: bedrijf\n'
			),
		});
		await expect
			.poll(() => page.locator('[data-fout]').textContent(), { timeout: 15_000 })
			.toContain('is geopend, maar er zijn 2 punten om te verbeteren: regel 3:');
		expect(await page.locator('[data-fout]').textContent()).toContain(
			'regel 7: De tekst "bedrijf" is hier niet toegestaan.'
		);
		expect(await samenvatting.locator('a').count()).toBe(2);
		schoon(tab);
		await tab.sluit();
	});

	test('axe, IBM and the layout sweep over the wizard, empty and filled with its errors shown, light and dark, 1280 and 390 px', async () => {
		const problemen: string[] = [];
		for (const scherm of SCHERMEN) {
			const { naam, ...opties } = scherm;
			const tab = await nieuweTab(browser, {
				...opties,
				init: `localStorage.setItem('starlight-theme', 'light')`,
			});
			const page = await open(tab);
			// Empty (the site-wide sweep covers this too; here the second engine as well).
			if (naam === '1280') {
				problemen.push(...(await axeBevindingen(page, `/regio-maken/ leeg (licht)`, AXE_TAGS)));
				problemen.push(...(await ibmBevindingen(page, `/regio-maken/ leeg`)));
			}
			// Filled: the starter region with its logo, then errors on top: a too light colour and an empty partner.
			await page.getByRole('button', { name: 'Begin met de voorbeeldregio' }).click();
			await expect
				.poll(() => page.locator('#ih-naam').inputValue(), { timeout: 15_000 })
				.toBe('Regio Voorbeeld');
			await page.locator('#ih-accent').fill(TE_LICHT);
			await page.getByRole('button', { name: 'Voeg een partner toe' }).click();
			await page.getByRole('button', { name: 'Download regio.yaml' }).click();
			// The download waits for the validator's verdict (a worker) before it shows the errors.
			await expect
				.poll(() => page.locator('[data-samenvatting] a').count(), { timeout: 15_000 })
				.toBe(4);
			expect(await page.locator('[data-kaart-svg] svg').count()).toBe(1);
			if (naam === '1280') {
				problemen.push(...(await axeBevindingen(page, `/regio-maken/ ingevuld (licht)`, AXE_TAGS)));
				problemen.push(...(await ibmBevindingen(page, `/regio-maken/ ingevuld`)));
			}
			problemen.push(...(await opmaakProblemen(page)).map((p) => `[${naam} licht] ${p}`));
			await page.evaluate(() => {
				localStorage.setItem('starlight-theme', 'dark');
				document.documentElement.dataset['theme'] = 'dark';
			});
			if (naam === '1280')
				problemen.push(...(await axeOpnieuw(page, `/regio-maken/ ingevuld (donker)`, KLEURREGELS)));
			problemen.push(...(await opmaakProblemen(page)).map((p) => `[${naam} donker] ${p}`));
			schoon(tab);
			await tab.sluit();
		}
		expect(problemen).toEqual([]);
	}, 180_000);

	test('without JavaScript the page says what to do instead; the sidebar links the wizard', async () => {
		const tab = await nieuweTab(browser, { javaScriptEnabled: false });
		const { page } = tab;
		await page.goto(WIZARD);
		expect(await page.locator('[data-zonder-js]').textContent()).toContain(
			'Voor de invulhulp is JavaScript nodig.'
		);
		expect(await page.getByRole('form', { name: 'Gegevens van de regio' }).isVisible()).toBe(false);
		const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
		expect(
			new URL(
				(await nav
					.getByRole('link', { name: 'Regio maken (invulhulp)', exact: true })
					.getAttribute('href'))!,
				page.url()
			).href
		).toBe(WIZARD);
		await tab.sluit();
	});
});
