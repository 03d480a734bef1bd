/**
 * Takes the screenshots of the region wizard (/regio-maken/) for the chapter "Zo maak je het
 * werkboek van jullie regio", from a built site in a real Chromium: the start with the first
 * fields, a too light colour with its message and proposal, and the preview of the network map.
 *
 *   npm run invulhulp:schermafbeeldingen -- <gebouwde-map>
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { startChromium } from '../src/utils/chromium.ts';
import { serveer } from '../src/utils/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const UIT = join(ROOT, 'content', 'afbeeldingen');

/** Writes a screenshot as a small PNG (a 256-colour palette is plenty for a form). */
async function bewaar(png: Buffer, naam: string): Promise<void> {
	const klein = await sharp(png)
		.png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 })
		.toBuffer();
	writeFileSync(join(UIT, naam), klein);
	console.log(`${naam}: ${Math.round(klein.length / 1024)} kB`);
}

/** A screenshot from the top of `van` to the bottom of `tot`, the width of the content column. */
async function strook(page: Page, van: Locator, tot: Locator): Promise<Buffer> {
	await van.scrollIntoViewIfNeeded();
	const a = (await van.boundingBox())!;
	const b = (await tot.boundingBox())!;
	const kolom = (await page
		.locator('.sl-markdown-content, main .content-panel')
		.first()
		.boundingBox())!;
	const y = a.y - 12;
	return page.screenshot({
		fullPage: true,
		clip: {
			x: kolom.x - 12,
			y: y + (await page.evaluate(() => scrollY)),
			width: kolom.width + 24,
			height: b.y + b.height - y + 12,
		},
	});
}

export async function maakSchermafbeeldingen(gebouwd: string): Promise<void> {
	if (!statSync(join(gebouwd, 'regio-maken', 'index.html'), { throwIfNoEntry: false })) {
		throw new Error(
			`In ${gebouwd} staat geen invulhulp (regio-maken/index.html). Bouw eerst het werkboek.`
		);
	}
	const site = await serveer(gebouwd);
	const { browser } = await startChromium();
	try {
		const context = await browser.newContext({
			viewport: { width: 1100, height: 900 },
			deviceScaleFactor: 1,
			locale: 'nl-NL',
		});
		await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
		const page = await context.newPage();
		await page.goto(new URL('regio-maken/', site.url).href);
		await page.waitForFunction(() =>
			document.querySelector('regio-invulhulp')?.hasAttribute('data-klaar')
		);
		// Sticky bars (header, "Op deze pagina") would cover part of a long screenshot.
		await page.evaluate(() => {
			for (const el of document.querySelectorAll<HTMLElement>('body *')) {
				if (['sticky', 'fixed'].includes(getComputedStyle(el).position))
					el.style.position = 'static';
			}
		});
		await page.getByRole('button', { name: 'Begin met de voorbeeldregio' }).click();
		await page.waitForFunction(
			() => (document.querySelector('#ih-naam') as HTMLInputElement).value === 'Regio Voorbeeld'
		);
		await page.locator('#ih-naam').fill('Regio Kustland');
		await page.locator('#ih-korteNaam').fill('Kustland');
		await page.locator('#ih-naam').focus();
		await bewaar(
			await strook(page, page.locator('#ih-begin'), page.locator('[data-veld="korteNaam"]')),
			'invulhulp-begin.png'
		);

		await page.locator('#ih-accent').fill('#7fb2e5');
		await page.locator('#ih-accent').press('Tab');
		await page.locator('#ih-kleuren-accent-fout').waitFor();
		await page.waitForTimeout(300);
		await bewaar(
			await strook(
				page,
				page.locator('[data-samenvatting]'),
				page.locator('[data-actie="voorstel"]')
			),
			'invulhulp-kleur.png'
		);

		await page.locator('[data-actie="voorstel"]').click();
		await page.waitForTimeout(300);
		await bewaar(
			await page
				.locator('.ih-voorbeeld')
				.filter({ has: page.locator('[data-kaart]') })
				.screenshot(),
			'invulhulp-kaart.png'
		);
	} finally {
		await browser.close();
		await site.sluit();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const map = process.argv[2];
	if (!map) {
		console.error(
			'Geef de map van een gebouwd werkboek mee, bijvoorbeeld: npm run invulhulp:schermafbeeldingen -- dist'
		);
		process.exit(1);
	}
	await maakSchermafbeeldingen(map);
}
