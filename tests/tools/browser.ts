import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Download, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { fixture } from '../helpers.ts';
import { paginaTeksten, vergelijkbaar } from '../../src/print/pdf-read.ts';

/** The demo workbook built once per test run (tests/setup/demo.ts). */
export const site = { url: inject('demoUrl') };
export const url = (pad: string) => {
	if (!site.url)
		throw new Error(
			'No demo build for this file: it is listed in zonderDemo in vitest.config.ts, but reads the demo.'
		);
	return new URL(pad, site.url).href;
};

export interface Tab {
	page: Page;
	/** Requests that left the site's origin (data: and blob: stay on the device). */
	vreemd: string[];
	/** Uncaught errors and console errors, e.g. a blocked script. */
	fouten: string[];
	sluit: () => Promise<void>;
}

/** A fresh context and page that records foreign requests and errors. */
export async function nieuweTab(
	browser: Browser,
	opties: BrowserContextOptions & { init?: string } = {}
): Promise<Tab> {
	const { init, ...contextOpties } = opties;
	const context = await browser.newContext(contextOpties);
	if (init) await context.addInitScript(init);
	const page = await context.newPage();
	const vreemd: string[] = [];
	const fouten: string[] = [];
	const eigen = new URL(site.url).origin;
	page.on('request', (req) => {
		const u = new URL(req.url());
		if (['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol) && u.origin !== eigen)
			vreemd.push(req.url());
	});
	page.on('pageerror', (fout) => fouten.push(fout.message));
	page.on('console', (bericht) => {
		if (bericht.type() === 'error') fouten.push(bericht.text());
	});
	return { page, vreemd, fouten, sluit: () => context.close() };
}

/**
 * Waits until a custom element is defined (its script ran) and, for the fill-in tools, has
 * restored what was stored (they set `data-klaar`).
 */
export async function klaar(page: Page, naam: string): Promise<void> {
	await page.waitForFunction((n) => {
		if (customElements.get(n) === undefined) return false;
		const el = document.querySelector(n);
		return (
			!el || !['werkblad-invullen', 'balans-meter'].includes(n) || el.hasAttribute('data-klaar')
		);
	}, naam);
}

export const fixtureBestand = (naam: string) => fixture(`hulpmiddelen/${naam}`);

/** Clicks a button that starts a download and returns the file's JSON. */
export async function download(
	page: Page,
	knop: string
): Promise<{ naam: string; data: unknown; pad: string }> {
	const [bestand] = (await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: knop }).click(),
	])) as [Download, unknown];
	const pad = await bestand.path();
	return { naam: bestand.suggestedFilename(), data: JSON.parse(readFileSync(pad, 'utf8')), pad };
}

/** Accepts (or dismisses) the next confirm() dialog. */
export function bevestig(page: Page, ja = true): void {
	page.once('dialog', (dialoog) => void (ja ? dialoog.accept() : dialoog.dismiss()));
}

/** The text of a whole PDF, made comparable across Chromium builds (see `vergelijkbaar`). */
export async function pdfTekst(pdf: Uint8Array): Promise<string> {
	return vergelijkbaar((await paginaTeksten(pdf)).join(' '));
}

/**
 * axe with the WCAG 2.1 A/AA rules over the page's main content (the tool); returns the violations
 * as readable lines. Starlight's own header and sidebar are the site-wide quality sweep's concern.
 */
export async function axe(page: Page, alleenKleur = false): Promise<string[]> {
	const builder = new AxeBuilder({ page }).include('main');
	// In dark mode only colours change: checking contrast is enough there, and much faster.
	const { violations } = await (
		alleenKleur
			? builder.withRules(['color-contrast'])
			: builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
	).analyze();
	return violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`)
	);
}

/** Every page must be clean: no foreign requests, no script errors. */
export function schoon(tab: Tab): void {
	expect(tab.vreemd, 'requests to another origin').toEqual([]);
	expect(tab.fouten, 'script errors').toEqual([]);
}
