import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers.ts';

/** One built HTML page: its file and the path it is served under (relative to the site root). */
export interface GebouwdePagina {
	bestand: string;
	pad: string;
}

/**
 * Every HTML page of a build: each `index.html` (served as its folder) plus `404.html`. Walking the
 * output instead of a fixed list means pages that other features add later (tools, print routes)
 * are checked without anyone remembering to list them. Pagefind's own folder holds no pages.
 */
export function allePaginas(map: string): GebouwdePagina[] {
	const paginas: GebouwdePagina[] = [];
	for (const item of readdirSync(map, { recursive: true, withFileTypes: true })) {
		if (!item.isFile() || !item.name.endsWith('.html')) continue;
		const bestand = join(item.parentPath, item.name);
		const rel = relative(map, bestand).split(sep).join('/');
		if (rel.startsWith('pagefind/')) continue;
		if (rel.startsWith('admin/')) continue; // The CMS editing screen (src/integration/cms.ts) is not a workbook page: Sveltia's own UI, its own CSP, talks to GitHub after sign-in. Checked by tests/e2e/cms.test.ts.
		paginas.push({
			bestand,
			pad: rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel,
		});
	}
	return paginas.sort((a, b) => a.pad.localeCompare(b.pad));
}

/** The kinds of page that budgets distinguish. */
export type PaginaSoort =
	'home' | 'hoofdstuk' | 'naslag' | 'werkvorm' | 'hulpmiddel' | 'print' | 'overig';

/** Paths of the tool pages: every static page in src/pages (the rest of the site is Starlight content). */
export function hulpmiddelPaden(root = ROOT): Set<string> {
	const map = join(root, 'src', 'pages');
	if (!existsSync(map)) return new Set();
	return new Set(
		readdirSync(map, { recursive: true, withFileTypes: true })
			.filter(
				(item) => item.isFile() && /\.(astro|md|mdx)$/.test(item.name) && !item.name.includes('[')
			)
			.map((item) => {
				const rel = relative(map, join(item.parentPath, item.name))
					.split(sep)
					.join('/')
					.replace(/\.(astro|mdx?)$/, '');
				return rel === 'index' ? '' : `${rel.replace(/\/?index$/, '')}/`;
			})
	);
}

export function soortVan(pad: string, hulpmiddelen: Set<string>): PaginaSoort {
	if (pad === '') return 'home';
	// The glossary is one long reference page (content/begrippen.yaml, 130+ terms): its own budget.
	if (pad === 'begrippenlijst/' || pad === 'bronnen/') return 'naslag';
	if (hulpmiddelen.has(pad)) return 'hulpmiddel';
	// The templates are fill-in tools like the worksheet pages (src/pages/sjablonen/[slug].astro).
	if (pad.startsWith('sjablonen/')) return 'hulpmiddel';
	if (pad.startsWith('print/')) return 'print';
	if (pad.startsWith('werkvormen/')) return 'werkvorm';
	if (pad.endsWith('.html')) return 'overig';
	return 'hoofdstuk';
}

/**
 * Runs `werk` for every item with at most `tegelijk` pages open at once in one browser, each in its
 * own context (own storage, so a theme set in localStorage never leaks between pages).
 */
export async function perPagina<T>(
	browser: Browser,
	items: T[],
	werk: (page: Page, item: T) => Promise<void>,
	tegelijk = 4
): Promise<void> {
	const rij = [...items];
	await Promise.all(
		Array.from({ length: Math.min(tegelijk, rij.length) }, async () => {
			for (let item = rij.shift(); item !== undefined; item = rij.shift()) {
				const context = await browser.newContext();
				try {
					await werk(await context.newPage(), item);
				} finally {
					await context.close();
				}
			}
		})
	);
}

/** What the guards saw on one page: requests to other origins and CSP violations. */
export interface Bewaking {
	vreemd: string[];
	csp: string[];
}

/**
 * Guards a fresh page before it loads anything: every request to another origin than `eigenUrl`'s is
 * recorded and aborted (never sent), and every Content-Security-Policy violation is recorded, both as
 * the page reports it (`securitypolicyviolation`) and as Chromium logs it.
 */
export async function bewaak(page: Page, eigenUrl: string): Promise<Bewaking> {
	const eigenOrigin = new URL(eigenUrl).origin;
	const bewaking: Bewaking = { vreemd: [], csp: [] };
	await page.context().route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).origin === eigenOrigin) return route.continue();
		bewaking.vreemd.push(url);
		return route.abort('blockedbyclient');
	});
	page.on('websocket', (ws) => bewaking.vreemd.push(ws.url()));
	await page.exposeFunction('__meldCsp', (melding: string) => bewaking.csp.push(melding));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __meldCsp: (m: string) => void }).__meldCsp(
				`${e.violatedDirective} ${e.blockedURI} ${e.sample}`
			);
		});
	});
	page.on('console', (bericht) => {
		if (bericht.type() === 'error' && /Content Security Policy/i.test(bericht.text()))
			bewaking.csp.push(bericht.text().slice(0, 300));
	});
	return bewaking;
}
