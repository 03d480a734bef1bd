import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import { cspForBytes, addCspToBytes } from '../../src/postprocess/csp.ts';
import { allePaginas, bewaak } from './paginas.ts';

const cspVoorPagina = (html: string) => cspForBytes(Buffer.from(html, 'utf8'));
const voegCspToe = (html: string) => addCspToBytes(Buffer.from(html, 'utf8')).toString('utf8');

// The Content-Security-Policy that src/postprocess/csp.ts puts in every page, enforced by a real
// Chromium; elke-pagina.test.ts checks every page for violations. Relaxed on purpose, and nothing
// else (see CSP_RELAXATIONS in csp.ts):
// - script-src 'wasm-unsafe-eval': Pagefind compiles its WebAssembly search engine in the browser.
// - style-src-attr 'unsafe-hashes' + hashes: Starlight renders style="…" attributes; only the exact
//   values found in each page are allowed.
const demoDir = inject('demoDir');
const demoUrl = inject('demoUrl');

let browser: Browser;
beforeAll(async () => {
	({ browser } = await startChromium());
});
afterAll(async () => {
	await browser?.close();
});

describe('Content-Security-Policy', () => {
	const paginas = allePaginas(demoDir);

	test('every page carries a strict policy, first in <head>', () => {
		for (const { bestand, pad } of paginas) {
			const html = readFileSync(bestand, 'utf8');
			const kop = html.slice(0, html.indexOf('</head>'));
			const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(kop);
			expect(meta, pad).not.toBeNull();
			// Nothing that can run before the policy: it follows the charset directly.
			expect(kop.indexOf(meta![0]), pad).toBeLessThan(kop.search(/<(script|style|link)\b/));
			const beleid = meta![1]!;
			expect(beleid, pad).toContain("default-src 'self'");
			expect(beleid, pad).toContain("object-src 'none'");
			expect(beleid, pad).not.toContain("'unsafe-inline'");
			expect(beleid, pad).not.toMatch(/'unsafe-eval'/);
		}
	});

	test('the policy hashes inline code exactly', () => {
		const html =
			'<html><head><meta charset="utf-8"><script>a()</script><style>p{}</style></head><body><p style="color: red">x</p></body></html>';
		const beleid = cspVoorPagina(html);
		// sha256 of "a()", computed independently with `openssl dgst -sha256 -binary | base64`.
		expect(beleid).toContain("'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
		expect(beleid).toContain("style-src 'self' 'sha256-");
		expect(beleid).toContain("style-src-attr 'unsafe-hashes' 'sha256-");
		expect(voegCspToe(html)).toMatch(
			/^<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/
		);
		expect(voegCspToe(voegCspToe(html))).toBe(voegCspToe(html));
	});

	test('the build carries header rules for Netlify and Cloudflare Pages (_headers)', () => {
		const regels = readFileSync(join(demoDir, '_headers'), 'utf8')
			.split('\n')
			.filter((r) => r.trim() !== '' && !r.startsWith('#'));
		// The format: a path at the start of a line, then its headers indented as "Name: value".
		for (const r of regels) expect(r, r).toMatch(/^(\/\S*|  [A-Za-z-]+: \S.*)$/);
		const alles = regels.join('\n');
		// What a <meta> policy cannot do: forbid framing (ignored in <meta>, only honoured as a header).
		expect(alles).toMatch(/^\/\*\n  Content-Security-Policy: frame-ancestors 'none'/m);
		expect(alles).toContain('X-Content-Type-Options: nosniff');
		// A header policy must not set script-src or style-src: it would have to list each page's hashes.
		expect(alles).not.toMatch(/script-src|style-src/);
	});

	test('search (Pagefind, WebAssembly) works under the policy', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const { csp: schendingen } = await bewaak(page, demoUrl);
		await page.goto(new URL('welkom/', demoUrl).href);
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.getByRole('button', { name: 'Zoeken' }).first().click();
		await page.getByRole('textbox', { name: 'Zoeken' }).fill('regio');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
		expect(schendingen).toEqual([]);
		await context.close();
	});

	test('a script that is not hashed is blocked (the policy is really enforced)', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const { csp: schendingen } = await bewaak(page, demoUrl);
		await page.goto(new URL('welkom/', demoUrl).href);
		const uitgevoerd = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__geinjecteerd = true;';
			document.body.append(script);
			return (window as unknown as { __geinjecteerd?: boolean }).__geinjecteerd === true;
		});
		expect(uitgevoerd).toBe(false);
		await expect.poll(() => schendingen.length).toBeGreaterThan(0);
		await context.close();
	});
});
