import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import { AXE_TAGS, KLEURREGELS, UITZONDERINGEN, axeBevindingen, axeOpnieuw } from './axe.ts';
import { allePaginas, bewaak, perPagina } from './paginas.ts';
import { SCHERMEN, ibmBevindingen, opmaakProblemen } from './opmaak.ts';

// One sweep over every built page of the demo workbook in a real Chromium, checking per page:
// accessibility (axe in light and dark, and a second engine, IBM Equal Access, in light), requests
// to other origins (privacy), Content-Security-Policy violations, and the layout a reader sees at
// 390 px (phone, touch) and 1280 px, light and dark (tests/quality/opmaak.ts). Pages that other features add (tools, print routes) are found
// by walking the build output, so they are covered without being listed.
const demoDir = inject('demoDir');
const demoUrl = inject('demoUrl');

interface Uitslag {
	laden: string[];
	axe: string[];
	ibm: string[];
	opmaak: string[];
	vreemd: string[];
	csp: string[];
}
const uitslagen = new Map<string, Uitslag>();
const paginas = allePaginas(demoDir);
let browser: Browser;

beforeAll(async () => {
	({ browser } = await startChromium());
	await perPagina(
		browser,
		paginas,
		async (page, { pad }) => {
			const { vreemd, csp } = await bewaak(page, demoUrl);
			const uitslag: Uitslag = { laden: [], axe: [], ibm: [], opmaak: [], vreemd, csp };
			const opmaak = async (scherm: string, thema: string) => {
				for (const probleem of await opmaakProblemen(page))
					uitslag.opmaak.push(`/${pad} [${scherm} ${thema}] ${probleem}`);
			};
			uitslagen.set(pad, uitslag);
			// Starlight reads the stored theme before first paint (its ThemeProvider script).
			await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));

			try {
				// 'load', not 'networkidle': requests made later are still caught, the guard stays on while axe runs.
				const antwoord = await page.goto(new URL(pad, demoUrl).href);
				if (antwoord?.status() !== 200) uitslag.laden.push(`/${pad}: HTTP ${antwoord?.status()}`);
				// Starlight pages have a light and a dark theme; print routes have neither.
				const starlight = (await page.locator('starlight-theme-select').count()) > 0;
				if (starlight && (await page.getAttribute('html', 'data-theme')) !== 'light')
					uitslag.laden.push(`/${pad}: thema niet licht`);
				uitslag.axe.push(
					...(await axeBevindingen(page, `/${pad}${starlight ? ' (licht)' : ''}`, AXE_TAGS))
				);
				uitslag.ibm.push(...(await ibmBevindingen(page, `/${pad}`)));
				await opmaak('1280', 'licht');
				if (starlight) {
					// Switch the way Starlight's theme picker does: store the choice and set data-theme.
					await page.evaluate(() => {
						localStorage.setItem('starlight-theme', 'dark');
						document.documentElement.dataset['theme'] = 'dark';
					});
					uitslag.axe.push(...(await axeOpnieuw(page, `/${pad} (donker)`, KLEURREGELS)));
					await opmaak('1280', 'donker');
				}

				// The same page on a phone: touch, 390 px wide, light and dark.
				const { naam, ...telefoon } = SCHERMEN[0];
				const context = await browser.newContext(telefoon);
				try {
					const klein = await context.newPage();
					await klein.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
					await klein.goto(new URL(pad, demoUrl).href);
					for (const thema of starlight ? ['licht', 'donker'] : ['licht']) {
						if (thema === 'donker')
							await klein.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
						for (const probleem of await opmaakProblemen(klein))
							uitslag.opmaak.push(`/${pad} [${naam} ${thema}] ${probleem}`);
					}
				} finally {
					await context.close();
				}
			} catch (fout) {
				uitslag.laden.push(
					`/${pad}: ${fout instanceof Error ? fout.message.split('\n')[0] : String(fout)}`
				);
			}
		},
		2
	);
	// About two minutes on an idle two-core machine; far more when other builds share the CPU.
}, 1_800_000);

afterAll(async () => {
	await browser?.close();
});

const alle = (soort: keyof Uitslag) => [...uitslagen.values()].flatMap((u) => u[soort]);

describe('every page of the demo workbook', () => {
	test('the sweep covers the whole site', () => {
		expect(paginas.map((p) => p.pad)).toEqual(
			expect.arrayContaining(['', 'welkom/', 'werkvormen/balansmeter/', '404.html'])
		);
		expect(uitslagen.size).toBe(paginas.length);
	});

	test('every page loads (HTTP 200, Starlight pages in the stored theme)', () => {
		expect(alle('laden')).toEqual([]);
	});

	test('accessibility: 0 axe violations (WCAG 2.2 AA) in light and dark mode', () => {
		expect(alle('axe')).toEqual([]);
	});

	test('accessibility, second engine: 0 IBM Equal Access violations (WCAG 2.2 AA)', () => {
		expect(alle('ibm')).toEqual([]);
	});

	test('layout at 390 and 1280 px, light and dark: no sideways scroll, no oversized drawings, no cut-off text, targets of 24 px', () => {
		expect(alle('opmaak')).toEqual([]);
	});

	test('privacy: no request leaves the site', () => {
		expect(alle('vreemd')).toEqual([]);
	});

	test('security: 0 Content-Security-Policy violations', () => {
		expect(alle('csp')).toEqual([]);
	});

	test('every accepted axe exception still matches an element', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(demoUrl);
		for (const { selector } of UITZONDERINGEN)
			expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
		await context.close();
	});
});
