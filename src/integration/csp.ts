import { createHash } from 'node:crypto';

/**
 * A strict Content-Security-Policy for every built page, as a `<meta http-equiv>` (the only way a
 * static host such as GitHub Pages can deliver one).
 *
 * Why not Astro's own `security.csp`: tried with Astro 7.3 and Starlight 0.42, it hashes bundled
 * scripts and styles but not Starlight's `is:inline` scripts (theme, search shortcut, sidebar
 * state), which Chromium then blocks; it puts the meta at the end of `<head>`, after those scripts;
 * and it cannot allow the `style="…"` attributes Starlight renders (icon sizes, sidebar depth). So
 * this step hashes exactly the inline code each page ships, as it is rendered (in the page
 * middleware, src/integration/pagina-middleware.ts), and puts the policy first in `<head>`. A page
 * written outside Astro's rendering brings its own policy (the editing screen, src/integration/cms.ts).
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

/** Hashes already computed: most inline code (Starlight's scripts, icon sizes) is the same on every page. */
const hashes = new Map<string, string>();
function hash(inhoud: string): string {
	let waarde = hashes.get(inhoud);
	if (waarde === undefined) {
		waarde = `'sha256-${createHash('sha256').update(inhoud, 'utf8').digest('base64')}'`;
		hashes.set(inhoud, waarde);
	}
	return waarde;
}

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
