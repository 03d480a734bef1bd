import { createHash } from 'node:crypto';
import { attribuutWaarden, decodeerAttribuut, isWitruimte } from '../utils/html.ts';

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

const hash = (inhoud: Uint8Array | string) => `'sha256-${createHash('sha256').update(inhoud).digest('base64')}'`;

const AMPERSAND = 0x26;

/**
 * The content of every `<tag …>…</tag>` (script, style) in `html`, with the text of its opening
 * tag's attributes. Works on the page's bytes: no decoding of the whole page, and the hash of the
 * bytes is the hash of their UTF-8 text, which is what a policy lists.
 */
function* elementen(html: Buffer, tag: string): Generator<{ attributen: string; inhoud: Buffer }> {
	const open = `<${tag}`;
	const sluit = `</${tag}>`;
	let plek = html.indexOf(open);
	while (plek >= 0) {
		const na = html[plek + open.length];
		const einde = html.indexOf('>', plek);
		if (einde < 0) return;
		if (isWitruimte(na) || na === 0x3e) {
			const slot = html.indexOf(sluit, einde + 1);
			if (slot < 0) return;
			yield { attributen: html.toString('latin1', plek + open.length, einde), inhoud: html.subarray(einde + 1, slot) };
			plek = html.indexOf(open, slot + sluit.length);
		} else {
			plek = html.indexOf(open, einde);
		}
	}
}

/** The policy for one page (its bytes): hashes of its inline scripts, styles and style attributes. */
export function cspVoorBytes(html: Buffer): string {
	const scripts = new Set<string>();
	const stijlen = new Set<string>();
	const attributen = new Set<string>();
	for (const { attributen: attrs, inhoud } of elementen(html, 'script')) {
		if (!/\ssrc\s*=/i.test(attrs)) scripts.add(hash(inhoud));
	}
	for (const { inhoud } of elementen(html, 'style')) stijlen.add(hash(inhoud));
	for (const waarde of attribuutWaarden(html, 'style')) {
		attributen.add(waarde.includes(AMPERSAND) ? hash(decodeerAttribuut(waarde.toString('utf8'))) : hash(waarde));
	}
	return [
		...CSP_VASTE_DIRECTIVES,
		['script-src', "'self'", CSP_VERSOEPELINGEN.scriptSrc, ...scripts].join(' '),
		['style-src', "'self'", ...stijlen].join(' '),
		attributen.size > 0 ? ['style-src-attr', CSP_VERSOEPELINGEN.styleSrcAttr, ...attributen].join(' ') : "style-src-attr 'none'",
	].join('; ');
}

/** Puts the policy first in `<head>` (right after the charset), so it covers every script after it. */
export function voegCspToeAanBytes(html: Buffer): Buffer {
	if (html.indexOf('http-equiv="content-security-policy"') >= 0 || html.indexOf('http-equiv="Content-Security-Policy"') >= 0) return html;
	const meta = Buffer.from(`<meta http-equiv="content-security-policy" content="${cspVoorBytes(html)}">`);
	const charset = html.indexOf('<meta charset=');
	const na = charset >= 0 ? html.indexOf('>', charset) + 1 : html.indexOf('<head>') + '<head>'.length;
	if (na <= 0 || (charset < 0 && html.indexOf('<head>') < 0)) return html;
	return Buffer.concat([html.subarray(0, na), meta, html.subarray(na)]);
}

/** cspVoorBytes for a page as text. */
export function cspVoorPagina(html: string): string {
	return cspVoorBytes(Buffer.from(html, 'utf8'));
}

/** voegCspToeAanBytes for a page as text. */
export function voegCspToe(html: string): string {
	return voegCspToeAanBytes(Buffer.from(html, 'utf8')).toString('utf8');
}
