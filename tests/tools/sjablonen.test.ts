import { execFileSync } from 'node:child_process';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { vergelijkbaar } from '../../src/print/pdf-read.ts';
import { startChromium } from '../../src/utils/chromium.ts';
import {
	axe,
	bevestig,
	download,
	klaar,
	nieuweTab,
	pdfTekst,
	schoon,
	site,
	url,
} from './browser.ts';

// Templates (sjablonen) on /sjablonen/<slug>/, in a real Chromium against the demo build.
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
});

afterAll(async () => {
	await browser?.close();
});

const UITNODIGING = url('sjablonen/uitnodiging/');

async function open(page: Page) {
	await page.goto(UITNODIGING);
	await klaar(page, 'werkblad-invullen');
	await klaar(page, 'sjabloon-acties');
}

const ondertekenaars = (page: Page) =>
	page.getByRole('group', { name: 'Wie ondertekenen de uitnodiging?' });
const ontvangers = (page: Page) =>
	page.getByRole('group', { name: 'Aan wie stuur je de uitnodiging?' });

/** Types an answer in a text field, ticks two signing partners and one addressee. */
async function vulIn(page: Page) {
	await page.getByLabel('Waarom nu?').fill('De wachtlijsten in de wijk groeien.');
	await page
		.getByLabel('Sessie 1 (samen zien waar we staan)')
		.fill('Dinsdag 3 maart, 13.00 uur, stadhuis Havenstad');
	await ondertekenaars(page).getByLabel('Gemeente Havenstad').check();
	await ondertekenaars(page).getByLabel('GGD Regio Voorbeeld').check();
	await ontvangers(page).getByLabel('Welzijn Plus').check();
}

async function waarden(page: Page) {
	return {
		waarom: await page.getByLabel('Waarom nu?').inputValue(),
		sessie1: await page.getByLabel('Sessie 1 (samen zien waar we staan)').inputValue(),
		havenstad: await ondertekenaars(page).getByLabel('Gemeente Havenstad').isChecked(),
		ggd: await ondertekenaars(page).getByLabel('GGD Regio Voorbeeld').isChecked(),
		welzijn: await ontvangers(page).getByLabel('Welzijn Plus').isChecked(),
		welzijnTekent: await ondertekenaars(page).getByLabel('Welzijn Plus').isChecked(),
	};
}

const INGEVULD = {
	waarom: 'De wachtlijsten in de wijk groeien.',
	sessie1: 'Dinsdag 3 maart, 13.00 uur, stadhuis Havenstad',
	havenstad: true,
	ggd: true,
	welzijn: true,
	welzijnTekent: false,
};

describe('a template page', () => {
	test('shows the region: contact filled in, opgaven in the text, partners to choose', async () => {
		const tab = await nieuweTab(browser);
		await open(tab.page);
		const { page } = tab;
		expect(await page.getByLabel('Vragen? Neem contact op met').inputValue()).toBe(
			'Netwerkbureau Regio Voorbeeld, werkboek@regiovoorbeeld.nl, 010 123 45 67'
		);
		expect(await page.locator('main').textContent()).toContain('Mentale gezondheid van jongeren');
		expect(await ondertekenaars(page).getByRole('checkbox').count()).toBe(11);
		expect(
			await page.getByRole('link', { name: 'Leeg sjabloon als PDF' }).getAttribute('href')
		).toBe('/pdf/sjablonen/uitnodiging.pdf');
		expect(await axe(page)).toEqual([]);
		schoon(tab);
		await tab.sluit();
	});

	test('fill in → reload → print: the answers survive and are on the A4 paper', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await open(page);
		await vulIn(page);
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'bewaard' }).count())
			.toBeGreaterThan(0);
		await page.reload();
		await klaar(page, 'werkblad-invullen');
		expect(await waarden(page)).toEqual(INGEVULD);
		const sleutels = await page.evaluate(() =>
			Object.keys(localStorage).filter((k) => k.startsWith('regiowerkboek:'))
		);
		expect(sleutels).toEqual([`regiowerkboek:${new URL(site.url).origin}/:sjabloon:uitnodiging`]);

		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		// pdfTekst compares without spaces and line breaks (vergelijkbaar).
		const tekst = await pdfTekst(pdf);
		expect(tekst).toContain(vergelijkbaar('De wachtlijsten in de wijk groeien.'));
		expect(tekst).toContain(vergelijkbaar('Dinsdag 3 maart, 13.00 uur, stadhuis Havenstad'));
		expect(tekst).toContain(vergelijkbaar('Netwerkbureau Regio Voorbeeld'));
		// Only the ticked partners are on paper; the buttons are not.
		expect(tekst).toContain(vergelijkbaar('GGD Regio Voorbeeld'));
		expect(tekst).not.toContain(vergelijkbaar('ROC Voorbeeld'));
		expect(tekst).not.toContain(vergelijkbaar('Download als Word-bestand'));
		// A4 is 595.3 × 841.9 pt; Chromium rounds the page to whole pixels.
		for (const blad of (await PDFDocument.load(pdf)).getPages()) {
			const { width, height } = blad.getSize();
			expect(Math.abs(width - 595.3)).toBeLessThan(1.5);
			expect(Math.abs(height - 841.9)).toBeLessThan(1.5);
		}
		schoon(tab);
		await tab.sluit();
	});

	test('export, clear and import round-trip in the template file format', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await open(page);
		await vulIn(page);
		const bestand = await download(page, 'Exporteer antwoorden (JSON)');
		expect(bestand.naam).toMatch(/^sjabloon-uitnodiging-\d{4}-\d{2}-\d{2}\.json$/);
		expect(bestand.data).toMatchObject({
			formaat: 'regiowerkboek-sjabloon',
			versie: 1,
			sjabloon: 'uitnodiging',
		});
		bevestig(page);
		await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toBe('Je antwoorden zijn gewist.');
		// Clearing brings back the region's text, not an empty field.
		expect(await page.getByLabel('Aanhef').inputValue()).toBe('Beste partners,');
		expect(await ondertekenaars(page).getByLabel('GGD Regio Voorbeeld').isChecked()).toBe(false);
		// The region's pre-filled text counts as an answer: importing asks before replacing it.
		bevestig(page);
		await page.locator('[data-invoer="importeer"]').setInputFiles(bestand.pad);
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toMatch(/staan in het sjabloon/);
		expect(await waarden(page)).toEqual(INGEVULD);
		// A worksheet's file is refused here.
		await page.locator('[data-invoer="importeer"]').setInputFiles({
			name: 'werkblad.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({
					formaat: 'regiowerkboek-werkblad',
					versie: 2,
					werkvorm: 'triz',
					antwoorden: {},
				})
			),
		});
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toContain('komt van een werkblad, niet van dit sjabloon');
		schoon(tab);
		await tab.sluit();
	});

	test('copies formatted text and plain text to the clipboard', async () => {
		const tab = await nieuweTab(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
		const { page } = tab;
		await open(page);
		await vulIn(page);
		await page.getByRole('button', { name: 'Kopieer als opgemaakte tekst' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Gekopieerd/);
		const klembord = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return {
				soorten: item!.types,
				html: await (await item!.getType('text/html')).text(),
				tekst: await (await item!.getType('text/plain')).text(),
			};
		});
		expect(klembord.soorten).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
		expect(klembord.html).toContain('<h1>Uitnodiging voor de reflectiesessies</h1>');
		expect(klembord.html).toContain('<li>Mentale gezondheid van jongeren</li>');
		expect(klembord.html).toContain('De wachtlijsten in de wijk groeien.');
		expect(klembord.tekst).toContain(
			'Met vriendelijke groet,\n\nGemeente Havenstad\nGGD Regio Voorbeeld'
		);
		schoon(tab);
		await tab.sluit();
	});

	test('downloads a valid Word file with the answers, loading the Word library only then', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await open(page);
		await vulIn(page);
		const voor = scripts.length;
		const [bestand] = (await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download als Word-bestand (.docx)' }).click(),
		])) as [Download, unknown];
		expect(scripts.length, 'the Word library is fetched on demand').toBeGreaterThan(voor);
		expect(bestand.suggestedFilename()).toMatch(/^uitnodiging-\d{4}-\d{2}-\d{2}\.docx$/);
		const pad = await bestand.path();
		// A .docx is a zip with [Content_Types].xml and word/document.xml.
		const lijst = execFileSync('unzip', ['-l', pad], { encoding: 'utf8' });
		expect(lijst).toContain('[Content_Types].xml');
		expect(lijst).toContain('word/document.xml');
		const xml = execFileSync('unzip', ['-p', pad, 'word/document.xml'], { encoding: 'utf8' });
		const tekst = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
		expect(tekst).toContain('Uitnodiging voor de reflectiesessies');
		expect(tekst).toContain('De wachtlijsten in de wijk groeien.');
		expect(tekst).toContain('Dinsdag 3 maart, 13.00 uur, stadhuis Havenstad');
		expect(tekst).toContain('GGD Regio Voorbeeld');
		expect(tekst).toContain('In Regio Voorbeeld werken we op veel plekken samen.');
		const kern = execFileSync('unzip', ['-p', pad, 'docProps/core.xml'], { encoding: 'utf8' });
		expect(kern).toContain('<dc:title>Uitnodiging voor de reflectiesessies</dc:title>');
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toBe('Het Word-bestand staat in je downloads.');
		schoon(tab);
		await tab.sluit();
	});
});

describe('the agenda templates', () => {
	test('give the programme of the chapter Sessie 1, with clock times and a buffer at the end', async () => {
		const tab = await nieuweTab(browser);
		await tab.page.goto(url('sjablonen/agenda-sessie-1/'));
		await klaar(tab.page, 'werkblad-invullen');
		expect(await tab.page.getByLabel('Programma: punt 1').inputValue()).toMatch(
			/^13\.00–13\.15 Openen/
		);
		expect(await tab.page.getByLabel('Programma: punt 7').inputValue()).toMatch(
			/^16\.10–16\.25 Buffer/
		);
		schoon(tab);
		await tab.sluit();
	});
});

describe('the agenda from the session planner', () => {
	const SESSIE_1 = [
		'13:15–13:55 Balansmeter (40 min.)',
		'13:55–14:10 Pauze (15 min.)',
		'14:10–15:10 Polariteitenkaart (60 min.)',
		'15:10–15:55 Wat? En dan? Wat nu? (45 min.)',
	];
	const AGENDA = url('sjablonen/agenda-sessie-1/');
	const programma = (page: Page) =>
		page
			.getByRole('group', { name: 'Programma' })
			.getByRole('textbox')
			.evaluateAll((velden) => velden.map((v) => (v as HTMLInputElement).value));
	const bewaard = (page: Page) =>
		page.evaluate(() => {
			const sleutel = Object.keys(localStorage).find((k) =>
				k.endsWith(':sjabloon:agenda-sessie-1')
			);
			return sleutel
				? (JSON.parse(localStorage.getItem(sleutel)!) as { antwoorden: Record<string, unknown> })
						.antwoorden['programma']
				: undefined;
		});
	/** The planner with the preset for sessie 1, and the address its link gives the agenda template. */
	async function planLink(page: Page): Promise<string> {
		await page.goto(url('sessieplanner/'));
		await klaar(page, 'sessie-planner');
		await page
			.getByRole('button', { name: 'Laad dit voorstel: Sessie 1: samen zien waar we staan' })
			.click();
		const link = page.getByRole('link', { name: 'Gebruik in agenda sessie 1' });
		await expect.poll(() => link.isVisible()).toBe(true);
		return (await link.getAttribute('href'))!;
	}

	test('preset "Sessie 1" → "Gebruik in agenda sessie 1": the programme has the planned items with times, stored, printed and in Word', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		const href = await planLink(page);
		expect(href).toBe(
			'/sjablonen/agenda-sessie-1/#start=13:15&items=balansmeter,pauze:15,polariteitenkaart,wat-en-dan-wat-nu'
		);
		await page.getByRole('link', { name: 'Gebruik in agenda sessie 1' }).click();
		await page.waitForURL(/\/sjablonen\/agenda-sessie-1\//);
		await klaar(page, 'werkblad-invullen');
		await expect.poll(() => programma(page)).toEqual([...SESSIE_1, '', '', '', '']);
		// Nothing was typed here before, so nothing is asked; the plan leaves the address once taken.
		expect(await page.getByRole('button', { name: 'Vervang agenda' }).isVisible()).toBe(false);
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
		expect(await page.locator('sjabloon-agenda [data-status]').textContent()).toContain(
			'De agenda uit de sessieplanner staat in het programma en is bewaard.'
		);
		await expect.poll(() => bewaard(page)).toEqual([...SESSIE_1, '', '', '', '']);
		// A reload keeps it (stored as any answer) and does not take the plan again.
		await page.reload();
		await klaar(page, 'werkblad-invullen');
		expect(await programma(page)).toEqual([...SESSIE_1, '', '', '', '']);

		// Printing, the copied text and the Word file read the filled-in programme.
		const tekst = await pdfTekst(await page.pdf({ format: 'A4', printBackground: true }));
		for (const regel of SESSIE_1) expect(tekst).toContain(vergelijkbaar(regel));
		expect(tekst).not.toContain(vergelijkbaar('13.00–13.15 Openen'));
		await klaar(page, 'sjabloon-acties');
		const [bestand] = (await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download als Word-bestand (.docx)' }).click(),
		])) as [Download, unknown];
		const xml = execFileSync('unzip', ['-p', await bestand.path(), 'word/document.xml'], {
			encoding: 'utf8',
		});
		const woord = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
		for (const regel of SESSIE_1) expect(woord).toContain(regel);
		expect(await axe(page)).toEqual([]);
		schoon(tab);
		await tab.sluit();
	});

	test('an agenda the reader typed is never replaced silently: "Houd mijn agenda" keeps it, "Vervang agenda" replaces it', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		const href = await planLink(page);
		await page.goto(AGENDA);
		await klaar(page, 'werkblad-invullen');
		await page.getByLabel('Programma: punt 1').fill('10.00 Koffie en ons eigen programma');
		await expect
			.poll(() => bewaard(page))
			.toEqual(expect.arrayContaining(['10.00 Koffie en ons eigen programma']));
		const eigen = await programma(page);

		// Opened again with the plan: a question in the page, which gets the focus.
		await page.goto('about:blank');
		await page.goto(url(href));
		await klaar(page, 'werkblad-invullen');
		const vraag = page.getByRole('group', {
			name: /Je opende dit sjabloon met een agenda uit de sessieplanner/,
		});
		await expect.poll(() => vraag.isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
		expect(await vraag.getByRole('listitem').allTextContents()).toEqual(SESSIE_1);
		expect(await programma(page)).toEqual(eigen);
		expect(await axe(page)).toEqual([]);
		await vraag.getByRole('button', { name: 'Houd mijn agenda' }).click();
		expect(await vraag.isVisible()).toBe(false);
		expect(await programma(page)).toEqual(eigen);
		expect(await bewaard(page)).toEqual(eigen);
		expect(await page.evaluate(() => location.hash)).toBe('');
		expect(await page.locator('sjabloon-agenda [data-status]').textContent()).toContain(
			'Je eigen agenda is gebleven.'
		);
		// Focus goes on to the programme.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(
			await page.getByLabel('Programma: punt 1').getAttribute('id')
		);

		await page.goto('about:blank');
		await page.goto(url(href));
		await klaar(page, 'werkblad-invullen');
		await expect.poll(() => vraag.isVisible()).toBe(true);
		await vraag.getByRole('button', { name: 'Vervang agenda' }).click();
		expect(await programma(page)).toEqual([...SESSIE_1, '', '', '', '']);
		await expect.poll(() => bewaard(page)).toEqual([...SESSIE_1, '', '', '', '']);
		expect(await page.evaluate(() => location.hash)).toBe('');
		await page.reload();
		await klaar(page, 'werkblad-invullen');
		expect(await programma(page)).toEqual([...SESSIE_1, '', '', '', '']);
		schoon(tab);
		await tab.sluit();
	});

	test('a broken or foreign address gives a Dutch message and changes nothing; without a plan the page links to the planner', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(`${AGENDA}#start=13:15&items=balansmeter,onzin`);
		await klaar(page, 'werkblad-invullen');
		const fout = page.locator('sjabloon-agenda [role="alert"]');
		await expect
			.poll(() => fout.textContent())
			.toContain('Onderdeel "onzin" in het webadres is geen werkvorm of pauze van dit werkboek.');
		expect(await fout.textContent()).toContain('Er is niets veranderd aan je sjabloon.');
		expect((await programma(page))[0]).toMatch(/^13\.00–13\.15 Openen/);
		expect(await bewaard(page)).toBeUndefined();

		// A plain anchor is just an anchor.
		await page.goto('about:blank');
		await page.goto(`${AGENDA}#sjabloon-invullen`);
		await klaar(page, 'werkblad-invullen');
		await klaar(page, 'sjabloon-agenda');
		expect(await fout.textContent()).toBe('');
		expect(
			await page
				.getByRole('link', { name: 'Plan de agenda in de sessieplanner' })
				.getAttribute('href')
		).toBe('/sessieplanner/#voorstel=sessie-1');
		expect((await programma(page))[0]).toMatch(/^13\.00–13\.15 Openen/);
		schoon(tab);
		await tab.sluit();
	});
});

describe('the overview', () => {
	test('lists the ten templates in the order of the trajectory', async () => {
		const tab = await nieuweTab(browser);
		await tab.page.goto(url('sjablonen/'));
		const titels = await tab.page.locator('.sjabloon-overzicht h2').allTextContents();
		expect(titels).toHaveLength(10);
		expect(titels[0]).toBe('Uitnodiging voor de reflectiesessies');
		expect(titels.at(-1)).toBe('Evaluatie na drie maanden');
		expect(
			await tab.page.locator('nav.sidebar').getByRole('link', { name: 'Alle sjablonen' }).count()
		).toBe(1);
		expect(await axe(tab.page)).toEqual([]);
		schoon(tab);
		await tab.sluit();
	});
});
