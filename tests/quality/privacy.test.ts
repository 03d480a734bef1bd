import type { Browser } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import { bewaak } from './paginas.ts';

// Privacy: the site loads nothing from other origins (checked on every page by the route guard in
// elke-pagina.test.ts), contains no analytics and uses system fonts or fonts it hosts itself.
const demoDir = inject('demoDir');
const demoUrl = inject('demoUrl');

/** Traces of the usual analytics and tracking services, as they appear in HTML or JavaScript. */
const ANALYTICS = [
	/google-analytics\.com|googletagmanager\.com|\bgtag\(/i,
	/plausible\.io|matomo|_paq\.push|piwik/i,
	/hotjar|clarity\.ms|segment\.(com|io)|mixpanel|amplitude\.com|posthog|umami\.is|sentry\.io/i,
	/connect\.facebook\.net|\bfbq\(|linkedin\.com\/insight|snap\.licdn/i,
];

function bestanden(map: string, extensie: RegExp): string[] {
	return readdirSync(map, { recursive: true, withFileTypes: true })
		.filter((item) => item.isFile() && extensie.test(item.name))
		.map((item) => join(item.parentPath, item.name));
}

let browser: Browser;
beforeAll(async () => {
	({ browser } = await startChromium());
});
afterAll(async () => {
	await browser?.close();
});

describe('privacy', () => {
	test('the route guard catches a request to another origin and never sends it', async () => {
		// Control for the sweep: without this, a guard that sees nothing would look like a pass. The
		// site's CSP (connect-src 'self') would stop this fetch before the guard sees it, so bypass it.
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		const { vreemd } = await bewaak(page, demoUrl);
		await page.goto(demoUrl);
		const gelukt = await page.evaluate(() =>
			fetch('https://tracker.example/pixel.gif', { mode: 'no-cors' }).then(
				() => true,
				() => false
			)
		);
		expect(gelukt).toBe(false);
		expect(vreemd).toEqual(['https://tracker.example/pixel.gif']);
		await context.close();
	});

	test('search loads its index from the site itself', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const { vreemd } = await bewaak(page, demoUrl);
		await page.goto(new URL('welkom/', demoUrl).href);
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.getByRole('button', { name: 'Zoeken' }).first().click();
		await page.getByRole('textbox', { name: 'Zoeken' }).fill('samenwerking');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
		expect(vreemd).toEqual([]);
		await context.close();
	});

	test('no analytics or tracking code in any page or script', () => {
		const gevonden: string[] = [];
		for (const bestand of bestanden(demoDir, /\.(html|js|mjs)$/)) {
			const inhoud = readFileSync(bestand, 'utf8');
			for (const patroon of ANALYTICS) {
				const treffer = patroon.exec(inhoud);
				if (treffer) gevonden.push(`${bestand.slice(demoDir.length)}: ${treffer[0]}`);
			}
		}
		expect(gevonden).toEqual([]);
	});

	test('no page refers to scripts, styles, fonts or images on another origin', () => {
		const gevonden: string[] = [];
		for (const bestand of bestanden(demoDir, /\.html$/)) {
			const html = readFileSync(bestand, 'utf8');
			for (const [element] of html.matchAll(
				/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/gi
			)) {
				// rel=canonical/alternate/sitemap links name the site's own public address, they load nothing.
				if (
					/^<link\b/i.test(element) &&
					!/rel="?(stylesheet|preload|modulepreload|icon|shortcut icon|manifest|prefetch|preconnect|dns-prefetch)"?/i.test(
						element
					)
				)
					continue;
				const url = /\b(?:src|href|data)="((?:https?:)?\/\/[^"]+)"/i.exec(element)?.[1];
				if (url) gevonden.push(`${bestand.slice(demoDir.length)}: ${element}`);
			}
		}
		expect(gevonden).toEqual([]);
	});

	test('fonts are system fonts or hosted on the site', () => {
		const bronnen: string[] = [];
		for (const bestand of bestanden(demoDir, /\.css$/)) {
			const css = readFileSync(bestand, 'utf8');
			for (const [blok] of css.matchAll(/@font-face\s*{[^}]*}/gi)) {
				for (const [, url = ''] of blok.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi))
					bronnen.push(url);
			}
			expect(css, bestand).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
		}
		expect(bronnen.filter((url) => /^(https?:)?\/\//i.test(url))).toEqual([]);
	});
});
