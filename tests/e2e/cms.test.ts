import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { kiesMapUitOpfs, starterBestanden } from '../../scripts/cms-schermafbeeldingen.ts';
import { startChromium } from '../../src/utils/chromium.ts';

// The editing screen (/admin/, src/integration/cms.ts) of the demo build, in a real Chromium.
// It is not a workbook page, so the site-wide sweeps leave it out (tests/quality/paginas.ts); this
// file checks it instead: served from the site itself, Dutch, no requests to other sites before
// sign-in, and the region form in local-folder mode.
const demoUrl = inject('demoUrl');
const demoDir = inject('demoDir');
const admin = new URL('admin/', demoUrl).href;

let browser: Browser;
beforeAll(async () => {
	({ browser } = await startChromium());
});
afterAll(async () => {
	await browser?.close();
});

async function open(init?: Parameters<typeof kiesMapUitOpfs>[0]) {
	const context = await browser.newContext({
		locale: 'en-US',
		viewport: { width: 1200, height: 760 },
	});
	if (init) await context.addInitScript(kiesMapUitOpfs, init);
	const page = await context.newPage();
	const eigen = new URL(demoUrl).origin;
	const vreemd: string[] = [];
	const scripts: string[] = [];
	const fouten: string[] = [];
	page.on('response', (antwoord) => {
		if (antwoord.status() >= 400) fouten.push(`HTTP ${antwoord.status()} ${antwoord.url()}`);
	});
	// Sveltia's GitHub status check is answered in the page (ZONDER_STATUSCHECK in
	// src/integration/cms.ts): it must neither leave the page nor show up as a blocked request.
	page.on('requestfailed', (req) => fouten.push(`mislukt: ${req.url()}`));
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== eigen)
			vreemd.push(req.url());
		if (req.resourceType() === 'script') scripts.push(req.url());
	});
	page.on('pageerror', (fout) => fouten.push(fout.message));
	page.on('console', (bericht) => {
		if (bericht.type() === 'error') fouten.push(bericht.text());
	});
	return { page, vreemd, scripts, fouten, sluit: () => context.close() };
}

describe('editing screen /admin/', () => {
	test('loads the CMS from the site itself and shows its Dutch sign-in screen, with 0 requests to other sites', async () => {
		// An English browser: the page still starts in Dutch.
		const tab = await open();
		const start = Date.now();
		await tab.page.goto(admin);
		await tab.page
			.getByRole('button', { name: 'Inloggen met een toegangstoken' })
			.waitFor({ timeout: 30_000 });
		const laadtijd = Date.now() - start;
		expect(await tab.page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Werkboek Regio Voorbeeld bewerken'
		);
		expect(await tab.page.getByRole('button', { name: /Inloggen met .*GitHub/ }).count()).toBe(1);
		expect(
			await tab.page.getByRole('button', { name: 'Werken met een lokale repository' }).count()
		).toBe(1);
		await tab.page.waitForLoadState('networkidle');
		expect(tab.scripts.length).toBeGreaterThan(0);
		expect(
			tab.scripts.every((s) => s.startsWith(admin)),
			tab.scripts.join('\n')
		).toBe(true);
		expect(tab.vreemd, 'requests to another origin before sign-in').toEqual([]);
		expect(tab.fouten).toEqual([]);
		expect(laadtijd).toBeLessThan(30_000);
		await tab.sluit();
	});

	test('every module Sveltia loads on demand (languages, code highlighting, maps, SVG, images) loads from the site', async () => {
		// Sveltia's own build is copied, its imports of package names pointed at files in admin/
		// (cmsBundle): each of those imports must load in a browser, not only the ones a sign-in uses.
		const sveltia = join(demoDir, 'admin', 'sveltia');
		// Sveltia's own modules: its code and chunks (deps/ and shiki/ are made by cmsBundle).
		const modules = readdirSync(sveltia, { recursive: true, encoding: 'utf8' }).filter(
			(pad) => pad.endsWith('.js') && !/^(?:deps|shiki)\//.test(pad)
		);
		const alle = modules.flatMap((pad) =>
			[...readFileSync(join(sveltia, pad), 'utf8').matchAll(/import\(([`'"])([^`'"$]+)\1\)/g)].map(
				(m) => new URL(m[2]!, new URL(pad, 'https://x/sveltia/')).href
			)
		);
		expect(alle.filter((url) => !url.startsWith('https://x/sveltia/'))).toEqual([]);
		const paden = [...new Set(alle.map((url) => `./${url.slice('https://x/sveltia/'.length)}`))];
		for (const deel of [
			'./locales/nl.js',
			'./shiki/langs/html.js',
			'./shiki/themes/github-dark.js',
		])
			expect(paden).toContain(deel);
		expect(paden.filter((p) => p.startsWith('./deps/')).length).toBeGreaterThanOrEqual(5);
		const tab = await open();
		await tab.page.goto(new URL('config.json', admin).href);
		// A string, not a function: Vitest would rewrite import() in a function's source.
		const urls = paden.map((p) => new URL(p, new URL('sveltia/', admin)).href);
		const geladen = await tab.page.evaluate<string[]>(`(async () => {
			const uit = [];
			for (const url of ${JSON.stringify(urls)}) {
				try {
					const module = await import(url);
					uit.push(url + ': ' + (Object.keys(module).length ? 'ok' : 'leeg'));
				} catch (fout) {
					uit.push(url + ': ' + String(fout));
				}
			}
			return uit;
		})()`);
		expect(geladen.filter((r) => !r.endsWith(': ok'))).toEqual([]);
		expect(geladen.length).toBe(paden.length);
		expect(tab.vreemd).toEqual([]);
		expect(tab.fouten).toEqual([]);
		await tab.sluit();
	});

	test('the generated configuration is served next to the page', async () => {
		const config = JSON.parse(readFileSync(join(demoDir, 'admin', 'config.json'), 'utf8')) as {
			collections: { name: string }[];
		};
		expect(config.collections.map((c) => c.name)).toEqual(['regio', 'paginas', 'metingen']);
		expect(readFileSync(join(demoDir, 'admin', 'index.html'), 'utf8')).not.toMatch(
			/(?:src|href)="https?:/
		);
	});

	test('in local-folder mode the region data opens as a form', async () => {
		const tab = await open(starterBestanden());
		await tab.page.goto(admin);
		await tab.page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
		await tab.page.getByText('Gegevens van de regio').first().click();
		await expect
			.poll(
				() =>
					tab.page
						.getByRole('textbox', { name: /Naam van de regio/ })
						.first()
						.inputValue(),
				{ timeout: 20_000 }
			)
			.toBe('Regio Voorbeeld');
		expect(await tab.page.getByText('Accentkleur').count()).toBeGreaterThan(0);
		expect(tab.vreemd).toEqual([]);
		expect(tab.fouten).toEqual([]);
		await tab.sluit();
	});
});
