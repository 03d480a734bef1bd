import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startChromium, findChromium } from '../../src/utils/chromium.ts';
import { metingSchema } from '../../src/schemas/meting.ts';
import { axe, download, klaar, nieuweTab, pdfTekst, schoon, url } from './browser.ts';
import { vergelijkbaar } from '../../src/print/pdf-read.ts';

// The group picture in the room: result codes pasted from a chat, QR codes read through a camera
// (Chromium's fake camera, fed from a video file made of what the meter page shows), refusals,
// and the anonymous measurement. Real Chromium against the demo build.
let browser: Browser;
const tmp = mkdtempSync(join(tmpdir(), 'werkboek-groep-'));

beforeAll(async () => {
	({ browser } = await startChromium());
});

afterAll(async () => {
	await browser?.close();
	rmSync(tmp, { recursive: true, force: true });
});

const METER = url('balansmeter/');
const GROEP = url('balansmeter/groep/');
const fout = (page: Page) => page.getByRole('alert').filter({ hasText: /./ });
const status = (page: Page) => page.locator('[data-status]');
const schaal = (page: Page, vraag: 'nu' | 'naartoe', act: string) =>
	page.getByRole('group', {
		name: `${vraag === 'nu' ? 'Waar staan we nu?' : 'Waar willen we naartoe?'} (${act})`,
	});

interface Invulling {
	naam: string;
	groep: string;
	keuzes: [act: string, nu: number | undefined, naartoe: number | undefined][];
	notitie?: [label: string, tekst: string];
}

const DEELNEMERS: Invulling[] = [
	{
		naam: 'Wethouder',
		groep: 'Gemeente',
		keuzes: [
			['Focus en breedte', 6, 3],
			['Ruimte en kaders', 2, 5],
			['Sturen en volgen', 4, 4],
		],
	},
	{
		naam: 'Wijkverpleegkundige',
		groep: 'Zorgaanbieder',
		keuzes: [
			['Focus en breedte', 2, 2],
			['Ruimte en kaders', 7, 3],
			['Co-creatie en representatie', undefined, 6],
		],
	},
	{
		naam: 'Inwoner',
		groep: 'Cliënten of inwoners',
		keuzes: [
			['Focus en breedte', 5, 1],
			['Ruimte en kaders', 6, 6],
			['Sturen en volgen', 1, 7],
		],
	},
];

async function vulIn(page: Page, deelnemer: Invulling): Promise<void> {
	await page.goto(METER);
	await klaar(page, 'balans-meter');
	await page.getByLabel('Je naam of rol').fill(deelnemer.naam);
	await page.getByLabel('Namens welke groep vul je in?').selectOption({ label: deelnemer.groep });
	for (const [act, nu, naartoe] of deelnemer.keuzes) {
		if (nu)
			await schaal(page, 'nu', act)
				.getByRole('radio', { name: new RegExp(`^${nu}`) })
				.check();
		if (naartoe)
			await schaal(page, 'naartoe', act)
				.getByRole('radio', { name: new RegExp(`^${naartoe}`) })
				.check();
	}
	if (deelnemer.notitie) await page.getByLabel(deelnemer.notitie[0]).fill(deelnemer.notitie[1]);
}

/** Everything the group view shows about the group, except names: to compare two ways in. */
async function groepsbeeld(page: Page) {
	return page.evaluate(() => {
		const tekst = (sel: string) => [...document.querySelectorAll(sel)].map((el) => el.textContent);
		return {
			verschillen: tekst('[data-verschillen] li'),
			groepen: tekst('[data-groepsverschillen] li'),
			acts: tekst('[data-acts] dl'),
			aantallen: document.querySelector('[data-aantallen]')?.textContent,
			merken: document.querySelectorAll('svg[data-grafiek] .grafiek-groep').length,
			posities: [...document.querySelectorAll('[data-acts] tbody tr')].map((rij) =>
				[...rij.querySelectorAll('td')]
					.slice(0, 3)
					.map((td) => td.textContent)
					.join('|')
			),
		};
	});
}

describe('result codes', () => {
	test('three participants in three browsers: their codes pasted in one chat log give the same group picture as their files', async () => {
		const codes: string[] = [];
		const bestanden: string[] = [];
		for (const deelnemer of DEELNEMERS) {
			const tab = await nieuweTab(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
			const { page } = tab;
			await vulIn(page, deelnemer);
			const uitvoer = page.locator('output[data-code]');
			await expect.poll(() => uitvoer.textContent()).toMatch(/^RWB1-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
			// The output is named by its label, which says "code".
			expect(await page.getByLabel('Je resultaatcode').evaluate((el) => el.tagName)).toBe('OUTPUT');
			await page.getByRole('button', { name: 'Kopieer code' }).click();
			await expect.poll(() => status(page).textContent()).toContain('is gekopieerd');
			const gekopieerd = await page.evaluate(() => navigator.clipboard.readText());
			expect(gekopieerd).toBe(await uitvoer.textContent());
			codes.push(gekopieerd);
			// The QR code is there too, drawn in the page.
			await page.locator('svg[data-qr][data-klaar] path').waitFor();
			// Downloads are removed with their browser context: keep a copy.
			const kopie = join(tmp, `${deelnemer.naam}.json`);
			copyFileSync((await download(page, 'Exporteer balansmeter (JSON)')).pad, kopie);
			bestanden.push(kopie);
			schoon(tab);
			await tab.sluit();
		}
		expect(new Set(codes).size).toBe(3);

		const tab = await nieuweTab(browser);
		const { page } = tab;
		await page.goto(GROEP);
		await klaar(page, 'balans-groep');
		const chat = [
			`[09:31] Wethouder: Hier mijn code: ${codes[0]} succes!`,
			`[09:32] Wijkverpleegkundige: ${codes[1]!.toLowerCase()}`,
			`[09:32] Wijkverpleegkundige: nog een keer voor de zekerheid ${codes[1]}`,
			`[09:33] Inwoner: ${codes[2]!.replace(/-/g, ' ').replace(/^RWB1 /, 'RWB1-')}, lukt het?`,
			'[09:34] Begeleider: dank jullie wel!',
		].join('\n');
		await page.getByLabel('Plak hier de codes').fill(chat);
		await page.getByRole('button', { name: 'Voeg codes toe' }).click();
		await expect
			.poll(() => status(page).textContent())
			.toContain('3 codes toegevoegd; nu 3 deelnemers.');
		expect(await status(page).textContent()).toContain(
			`1 code stond er meer dan eens in en telt één keer: ${codes[1]}`
		);
		expect(await page.locator('[data-deelnemers] li').allTextContents()).toEqual([
			'Deelnemer 1 (Gemeente)',
			'Deelnemer 2 (Zorgaanbieder)',
			'Deelnemer 3 (Cliënten of inwoners)',
		]);
		const uitCodes = await groepsbeeld(page);
		// Stakeholder groups: the largest difference between groups first, named.
		expect(uitCodes.groepen[0]).toBe(
			"Ruimte en kaders: Gemeente (gemiddeld 2) en Zorgaanbieder (gemiddeld 7) liggen 5 stappen uit elkaar bij 'nu'."
		);
		expect(uitCodes.aantallen).toBe(
			'3 deelnemers (Gemeente: 1; Zorgaanbieder: 1; Cliënten of inwoners: 1).'
		);
		// Marks in the shape and colour of their group.
		expect(await page.locator('svg[data-grafiek] .groep-gemeente').count()).toBe(6);
		expect(await page.locator('[data-groepslegenda] li').allTextContents()).toEqual([
			'Gemeente',
			'Zorgaanbieder',
			'Cliënten of inwoners',
			expect.stringContaining('Boven de lijn'),
		]);

		// The same participants as files.
		await page.getByRole('button', { name: 'Begin opnieuw' }).click();
		await page.locator('[data-invoer="kies"]').setInputFiles(bestanden);
		await expect
			.poll(() => page.locator('[data-deelnemers] li').allTextContents())
			.toEqual([
				'Wethouder (Gemeente)',
				'Wijkverpleegkundige (Zorgaanbieder)',
				'Inwoner (Cliënten of inwoners)',
			]);
		// Files carry names, codes do not: participant n of the files is "Deelnemer n" of the codes.
		const uitBestanden = DEELNEMERS.reduce(
			(json, d, i) => json.replaceAll(d.naam, `Deelnemer ${i + 1}`),
			JSON.stringify(await groepsbeeld(page))
		);
		expect(JSON.parse(uitBestanden)).toEqual(uitCodes);
		schoon(tab);
		await tab.sluit();
	});

	test('refusals: a mistyped code, a newer version, another tool, and 1 MB of text change nothing', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		await vulIn(page, DEELNEMERS[0]!);
		const goed = (await page.locator('output[data-code]').textContent())!;
		await page.goto(GROEP);
		await klaar(page, 'balans-groep');
		const plak = async (tekst: string) => {
			await page.getByLabel('Plak hier de codes').fill(tekst);
			await page.getByRole('button', { name: 'Voeg codes toe' }).click();
		};
		await plak(goed);
		await expect.poll(() => page.locator('[data-deelnemers] li').count()).toBe(1);
		const voor = await groepsbeeld(page);

		const laatste = goed.at(-1)!;
		const getypt = `${goed.slice(0, -1)}${laatste === '0' ? '1' : '0'}`;
		for (const [tekst, melding] of [
			[getypt, 'er is waarschijnlijk een teken verkeerd overgenomen'],
			[goed.replace('RWB1', 'RWB2'), 'nieuwere versie van het werkboek'],
			[goed.replace('RWB1', 'RWS1'), 'komt van een ander hulpmiddel'],
			['Hallo allemaal, mijn code komt zo.', 'In de geplakte tekst staat geen code'],
		] as const) {
			await plak(tekst);
			await expect.poll(() => fout(page).textContent(), { message: tekst }).toContain(melding);
			expect(await groepsbeeld(page)).toEqual(voor);
		}
		await plak(goed);
		await expect.poll(() => status(page).textContent()).toContain('1 code was al toegevoegd');
		expect(await page.locator('[data-deelnemers] li').count()).toBe(1);

		// A megabyte of text is refused before it is searched.
		await page
			.getByLabel('Plak hier de codes')
			.evaluate((el, n) => ((el as HTMLTextAreaElement).value = `${'x'.repeat(n)} `), 1024 * 1024);
		await page.getByRole('button', { name: 'Voeg codes toe' }).click();
		await expect.poll(() => fout(page).textContent()).toContain('1 MB of groter');
		expect(await groepsbeeld(page)).toEqual(voor);
		schoon(tab);
		await tab.sluit();
	});

	test('"Bewaar groepsbeeld" saves an anonymous measurement that the build accepts', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		const codes: string[] = [];
		for (const deelnemer of [
			{
				...DEELNEMERS[0]!,
				notitie: ['Notitie bij focus en breedte', 'Geheime notitie'] as [string, string],
			},
			DEELNEMERS[2]!,
		]) {
			await vulIn(page, deelnemer);
			await expect.poll(() => page.locator('output[data-code]').textContent()).toMatch(/^RWB1/);
			codes.push((await page.locator('output[data-code]').textContent())!);
		}
		await page.goto(GROEP);
		await klaar(page, 'balans-groep');
		await page.getByLabel('Plak hier de codes').fill(codes.join('\n'));
		await page.getByRole('button', { name: 'Voeg codes toe' }).click();
		await page.getByLabel('Naam van deze meting').fill('Sessie 1, najaar 2026');
		const { naam, data } = await download(page, 'Bewaar groepsbeeld');
		expect(naam).toMatch(/^meting-\d{4}-\d{2}-\d{2}\.json$/);
		expect(metingSchema.safeParse(data).success).toBe(true);
		expect(data).toMatchObject({
			label: 'Sessie 1, najaar 2026',
			deelnemers: { gemeente: 1, inwoners: 1 },
			acts: { 'focus-breedte': { nu: [0, 0, 0, 0, 1, 1, 0], straks: [1, 0, 1, 0, 0, 0, 0] } },
		});
		expect(JSON.stringify(data)).not.toMatch(/Wethouder|Inwoner"|Geheime/);
		schoon(tab);
		await tab.sluit();
	});
});

/**
 * A Y4M video (what Chromium's fake camera plays) from grayscale images: 4:2:0, the colour planes
 * neutral. Each image is centred on a white frame and shown for `herhaal` frames.
 */
function y4m(
	beelden: { pixels: Buffer; breedte: number; hoogte: number }[],
	herhaal: number
): Buffer {
	const [W, H] = [640, 480];
	const delen: Buffer[] = [Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`)];
	for (const beeld of beelden) {
		const y = Buffer.alloc(W * H, 255);
		const [dx, dy] = [Math.floor((W - beeld.breedte) / 2), Math.floor((H - beeld.hoogte) / 2)];
		for (let r = 0; r < beeld.hoogte; r++)
			beeld.pixels.copy(y, (dy + r) * W + dx, r * beeld.breedte, (r + 1) * beeld.breedte);
		const kleur = Buffer.alloc((W / 2) * (H / 2), 128);
		for (let i = 0; i < herhaal; i++) delen.push(Buffer.from('FRAME\n'), y, kleur, kleur);
	}
	return Buffer.concat(delen);
}

/** A screenshot of an element as grayscale pixels, at most 440 px square. */
async function grijs(png: Buffer) {
	const { data, info } = await sharp(png)
		.flatten({ background: '#ffffff' })
		.grayscale()
		.resize({ width: 440, height: 440, fit: 'inside', kernel: 'nearest' })
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { pixels: data, breedte: info.width, hoogte: info.height };
}

describe('printing the group picture', () => {
	test('prints participants, the differences between groups and the tables, without the collecting controls', async () => {
		const tab = await nieuweTab(browser);
		const { page } = tab;
		const codes: string[] = [];
		for (const deelnemer of DEELNEMERS) {
			await vulIn(page, deelnemer);
			await expect.poll(() => page.locator('output[data-code]').textContent()).toMatch(/^RWB1/);
			codes.push((await page.locator('output[data-code]').textContent())!);
		}
		await page.goto(GROEP);
		await klaar(page, 'balans-groep');
		await page.getByLabel('Plak hier de codes').fill(codes.join('\n'));
		await page.getByRole('button', { name: 'Voeg codes toe' }).click();
		await page.locator('[data-uitkomst]:not([hidden])').waitFor();
		await page.emulateMedia({ media: 'print' });
		const tekst = await pdfTekst(await page.pdf({ format: 'A4' }));
		for (const verwacht of [
			'Deelnemer 3 (Cliënten of inwoners)',
			'Waar de groepen het meest verschillen',
			'liggen 5 stappen uit elkaar',
			'Posities bij Ruimte en kaders',
		]) {
			expect(tekst).toContain(vergelijkbaar(verwacht));
		}
		for (const niet of ['Voeg codes toe', 'Start camera', 'Kies bestanden', 'Bewaar groepsbeeld'])
			expect(tekst).not.toContain(vergelijkbaar(niet));
		schoon(tab);
		await tab.sluit();
	});
});

describe('QR codes through the camera', () => {
	test('the group view reads the QR code one page shows, through a camera fed from a video file; another QR code is ignored with a message', async () => {
		// 1. A participant ticks "name and notes" and the page draws the QR code: take it as pixels.
		const tab = await nieuweTab(browser, { deviceScaleFactor: 2 });
		await vulIn(tab.page, {
			...DEELNEMERS[1]!,
			notitie: ['Notitie bij ruimte en kaders', 'Te veel regels voor de wijk.'],
		});
		await tab.page.getByLabel('Zet ook mijn naam en notities in de QR-code').check();
		await expect
			.poll(() => tab.page.locator('[data-qr-uitleg]').textContent())
			.toContain('je naam en je notities');
		await tab.page.waitForTimeout(300);
		const onze = await grijs(await tab.page.locator('svg[data-qr]').screenshot());
		await tab.sluit();

		// Someone else's QR code in the room (a link to a menu), made with the same encoder.
		const { default: encodeQR } = await import('qr');
		const matrix = encodeQR('https://example.org/menu-van-de-dag', 'raw', { border: 4 });
		const schaal = 8;
		const vreemdeQr = {
			breedte: matrix.length * schaal,
			hoogte: matrix.length * schaal,
			pixels: Buffer.from(
				matrix
					.flatMap((rij) =>
						Array.from({ length: schaal }, () =>
							rij.flatMap((donker) => Array<number>(schaal).fill(donker ? 0 : 255))
						)
					)
					.flat()
			),
		};
		const video = join(tmp, 'camera.y4m');
		writeFileSync(video, y4m([vreemdeQr, onze], 20));
		expect(readFileSync(video).length).toBeGreaterThan(1_000_000);

		// 2. The facilitator's laptop: a Chromium whose camera plays that file.
		const gevonden = await findChromium();
		const { chromium } = await import('playwright-core');
		const camera = await chromium.launch({
			executablePath: gevonden.pad,
			headless: true,
			args: [
				...gevonden.args,
				'--use-fake-device-for-media-stream',
				'--use-fake-ui-for-media-stream',
				`--use-file-for-fake-video-capture=${video}`,
			],
		});
		try {
			const begeleider = await nieuweTab(camera, { permissions: ['camera'] });
			const { page } = begeleider;
			await page.goto(GROEP);
			await klaar(page, 'balans-groep');
			// The decoder is not loaded before the camera starts.
			const voorCamera = await page.evaluate(() =>
				performance.getEntriesByType('resource').map((r) => r.name)
			);
			await page.getByRole('button', { name: 'Start camera' }).click();
			await expect
				.poll(() => page.locator('[data-camera-status]').textContent(), { timeout: 30_000 })
				.toContain('komt niet van de balansmeter');
			await expect
				.poll(() => page.locator('[data-deelnemers] li').allTextContents(), { timeout: 30_000 })
				.toEqual(['Wijkverpleegkundige (Zorgaanbieder)']);
			const naCamera = await page.evaluate(() =>
				performance.getEntriesByType('resource').map((r) => r.name)
			);
			expect(naCamera.length).toBeGreaterThan(voorCamera.length);
			expect(await page.locator('[data-camera-status]').textContent()).toMatch(
				/Gelezen: Wijkverpleegkundige \(Zorgaanbieder\)|al gelezen|komt niet van de balansmeter/
			);
			// The notes came along because the participant ticked it.
			const ruimte = page.getByRole('region', { name: 'Ruimte en kaders' });
			expect(
				await ruimte.getByRole('row', { name: /Wijkverpleegkundige/ }).textContent()
			).toContain('Te veel regels voor de wijk.');
			// The same QR code again in the next loop of the video: still one participant.
			await page.waitForTimeout(3000);
			expect(await page.locator('[data-deelnemers] li').count()).toBe(1);
			await page.getByRole('button', { name: 'Stop camera' }).click();
			await expect.poll(() => page.locator('video[data-video]').isHidden()).toBe(true);
			schoon(begeleider);
			await begeleider.sluit();
		} finally {
			await camera.close();
		}
	});
});

describe('accessibility of the new states', () => {
	test('no WCAG 2.1 A/AA violations: meter with its code and QR code, group view with groups, the balance over time; light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const tab = await nieuweTab(browser, { colorScheme });
			const { page } = tab;
			const codes: string[] = [];
			for (const deelnemer of DEELNEMERS) {
				await vulIn(page, deelnemer);
				await expect.poll(() => page.locator('output[data-code]').textContent()).toMatch(/^RWB1/);
				codes.push((await page.locator('output[data-code]').textContent())!);
			}
			await page.locator('svg[data-qr][data-klaar]').waitFor();
			expect(await axe(page, colorScheme === 'dark'), `balansmeter ${colorScheme}`).toEqual([]);

			await page.goto(GROEP);
			await klaar(page, 'balans-groep');
			await page.getByLabel('Plak hier de codes').fill(`${codes.join(' en ')} RWB1-0000-0001`);
			await page.getByRole('button', { name: 'Voeg codes toe' }).click();
			await page.locator('[data-uitkomst]:not([hidden])').waitFor();
			await fout(page).waitFor();
			expect(await axe(page, colorScheme === 'dark'), `groep ${colorScheme}`).toEqual([]);

			await page.goto(url('balans-door-de-tijd/'));
			expect(await axe(page, colorScheme === 'dark'), `balans door de tijd ${colorScheme}`).toEqual(
				[]
			);
			schoon(tab);
			await tab.sluit();
		}
	});
});
