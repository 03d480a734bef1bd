/**
 * Takes the screenshots of the editing screen for the chapter "Zo maak je het werkboek van jullie
 * regio": the sign-in screen and the region form, from a built site in a real Chromium.
 *
 *   npm run cms:schermafbeeldingen -- <gebouwde-map>
 *
 * The form is opened in Sveltia's local-folder mode. A script can't click through the browser's
 * folder picker, so the picker is replaced by a folder in the browser's private storage (OPFS)
 * that holds a copy of the starter region, with an empty `.git` folder as a real clone would have.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { startChromium } from '../src/utils/chromium.ts';
import { serveer } from '../src/utils/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const UIT = join(ROOT, 'content', 'afbeeldingen');

/** The starter region as files of a clone: path in the repository → content (base64). */
export function starterBestanden(): Record<string, string> {
	const map = join(ROOT, 'templates', 'regio');
	const bestanden: Record<string, string> = {};
	for (const item of readdirSync(map, { recursive: true, withFileTypes: true })) {
		if (!item.isFile()) continue;
		const pad = join(item.parentPath, item.name);
		bestanden[`content/regio/${relative(map, pad).split('\\').join('/')}`] =
			readFileSync(pad).toString('base64');
	}
	return bestanden;
}

/**
 * Init script (runs in the page): the folder picker returns a folder in the origin's private file
 * system (OPFS) that holds `bestanden` and an empty `.git` folder, like a fresh clone.
 */
export function kiesMapUitOpfs(bestanden: Record<string, string>): void {
	(
		window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }
	).showDirectoryPicker = async () => {
		const wortel = await navigator.storage.getDirectory();
		const kloon = await wortel.getDirectoryHandle('werkboek', { create: true });
		await kloon.getDirectoryHandle('.git', { create: true });
		for (const [pad, inhoud] of Object.entries(bestanden)) {
			const delen = pad.split('/');
			let map = kloon;
			for (const deel of delen.slice(0, -1))
				map = await map.getDirectoryHandle(deel, { create: true });
			const schrijver = await (
				await map.getFileHandle(delen.at(-1)!, { create: true })
			).createWritable();
			await schrijver.write(Uint8Array.from(atob(inhoud), (c) => c.charCodeAt(0)));
			await schrijver.close();
		}
		return kloon;
	};
}

/** Writes a screenshot as a small PNG (256-colour palette is plenty for a UI). */
async function bewaar(png: Buffer, naam: string): Promise<void> {
	const klein = await sharp(png)
		.png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 })
		.toBuffer();
	writeFileSync(join(UIT, naam), klein);
	console.log(`${naam}: ${Math.round(klein.length / 1024)} kB`);
}

export async function maakSchermafbeeldingen(gebouwd: string): Promise<void> {
	if (!statSync(join(gebouwd, 'admin', 'index.html'), { throwIfNoEntry: false })) {
		throw new Error(
			`In ${gebouwd} staat geen bewerkscherm (admin/index.html). Bouw eerst het werkboek.`
		);
	}
	const site = await serveer(gebouwd);
	const { browser } = await startChromium();
	try {
		const context = await browser.newContext({
			viewport: { width: 1200, height: 760 },
			deviceScaleFactor: 1,
			locale: 'nl-NL',
		});
		await context.addInitScript(kiesMapUitOpfs, starterBestanden());
		const page = await context.newPage();
		await page.goto(new URL('admin/', site.url).href);
		const lokaal = page.getByRole('button', { name: 'Werken met een lokale repository' });
		await lokaal.waitFor();
		await page.waitForTimeout(500);
		await bewaar(await page.locator('.sui.app-shell').screenshot(), 'bewerkscherm-inloggen.png');

		await lokaal.click();
		await page.getByText('Gegevens van de regio').first().click();
		await page.getByText('Naam van de regio').first().waitFor();
		await page.waitForTimeout(1000);
		await bewaar(await page.locator('.sui.app-shell').screenshot(), 'bewerkscherm-regio.png');
	} finally {
		await browser.close();
		await site.sluit();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const map = process.argv[2];
	if (!map) {
		console.error(
			'Geef de map van een gebouwd werkboek mee, bijvoorbeeld: npm run cms:schermafbeeldingen -- dist'
		);
		process.exit(1);
	}
	await maakSchermafbeeldingen(map);
}
