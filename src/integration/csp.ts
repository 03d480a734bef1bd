import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A strict Content-Security-Policy for every built page, as a `<meta http-equiv>` (the only way a
 * static host such as GitHub Pages can deliver one).
 *
 * Why not Astro's own `security.csp`: tried with Astro 7.3 and Starlight 0.42, it hashes bundled
 * scripts and styles but not Starlight's `is:inline` scripts (theme, search shortcut, sidebar
 * state), which Chromium then blocks; it puts the meta at the end of `<head>`, after those scripts;
 * and it cannot allow the `style="…"` attributes Starlight renders (icon sizes, sidebar depth). So
 * this step hashes, after the build, exactly the inline code each page ships — also that of pages
 * other features add later — and puts the policy first in `<head>`.
 */
export const CSP_VASTE_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

/**
 * Relaxations, each for one reason:
 * - `'wasm-unsafe-eval'` in script-src: Pagefind (site search) compiles its WebAssembly search
 *   engine in the browser. It allows compiling WebAssembly only, not `eval()` of JavaScript.
 * - `'unsafe-hashes'` in style-src-attr: lets the listed hashes match `style="…"` attributes.
 *   Only the exact attribute values found in the page are allowed; style attributes cannot run code.
 */
export const CSP_VERSOEPELINGEN = { scriptSrc: "'wasm-unsafe-eval'", styleSrcAttr: "'unsafe-hashes'" };

const hash = (inhoud: string) => `'sha256-${createHash('sha256').update(inhoud, 'utf8').digest('base64')}'`;

/** Decodes the entities an HTML serialiser may put in an attribute value, so the hash matches what the browser sees. */
function attribuutWaarde(waarde: string): string {
	return waarde
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** The policy for one page: hashes of its inline scripts, styles and style attributes. */
export function cspVoorPagina(html: string): string {
	const scripts = new Set<string>();
	const stijlen = new Set<string>();
	const attributen = new Set<string>();
	for (const [, attrs = '', inhoud = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (!/\ssrc\s*=/i.test(attrs)) scripts.add(hash(inhoud));
	}
	for (const [, inhoud = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) stijlen.add(hash(inhoud));
	for (const [, , waarde = ''] of html.matchAll(/\sstyle\s*=\s*(["'])([\s\S]*?)\1/gi)) attributen.add(hash(attribuutWaarde(waarde)));
	return [
		...CSP_VASTE_DIRECTIVES,
		['script-src', "'self'", CSP_VERSOEPELINGEN.scriptSrc, ...scripts].join(' '),
		['style-src', "'self'", ...stijlen].join(' '),
		attributen.size > 0 ? ['style-src-attr', CSP_VERSOEPELINGEN.styleSrcAttr, ...attributen].join(' ') : "style-src-attr 'none'",
	].join('; ');
}

/** Puts the policy first in `<head>` (right after the charset), so it covers every script after it. */
export function voegCspToe(html: string): string {
	if (/http-equiv=["']?content-security-policy/i.test(html)) return html;
	const meta = `<meta http-equiv="content-security-policy" content="${cspVoorPagina(html)}">`;
	const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
	if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
	return html.replace(/<head>/i, `<head>${meta}`);
}

function htmlBestanden(map: string): string[] {
	return readdirSync(map, { recursive: true, withFileTypes: true })
		.filter((item) => item.isFile() && item.name.endsWith('.html'))
		.map((item) => join(item.parentPath, item.name));
}

export function werkboekCsp(): AstroIntegration {
	return {
		name: 'werkboek:csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const bestanden = htmlBestanden(fileURLToPath(dir));
				for (const bestand of bestanden) writeFileSync(bestand, voegCspToe(readFileSync(bestand, 'utf8')));
				logger.info(`Content-Security-Policy in ${bestanden.length} pagina's gezet.`);
			},
		},
	};
}
