import { createHash } from 'node:crypto';
import { attribuutWaarden, decodeAttribute, isWhitespace } from './html.ts';

/**
 * A strict Content-Security-Policy for every built page, as a `<meta http-equiv>` (the only way a
 * static host such as GitHub Pages can deliver one).
 *
 * Why not Astro's own `security.csp`: tried with Astro 7.3 and Starlight 0.42, it hashes bundled
 * scripts and styles but not Starlight's `is:inline` scripts (theme, search shortcut, sidebar
 * state), which Chromium then blocks; it puts the meta at the end of `<head>`, after those scripts;
 * and it cannot allow the `style="…"` attributes Starlight renders (icon sizes, sidebar depth). So
 * this step hashes exactly the inline code each page ships, as it is rendered (in the page
 * middleware, src/integration/middleware.ts), and puts the policy first in `<head>`. A page
 * written outside Astro's rendering brings its own policy (the editing screen, src/integration/cms.ts).
 */
export const CSP_FIXED_DIRECTIVES = [
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
export const CSP_RELAXATIONS = { scriptSrc: "'wasm-unsafe-eval'", styleSrcAttr: "'unsafe-hashes'" };

const sha256 = (inhoud: Uint8Array | string) =>
	`'sha256-${createHash('sha256').update(inhoud).digest('base64')}'`;

/**
 * Every page has the same few inline scripts, styles and style values (icon sizes): each is hashed
 * once per build, looked up by its text after that (a lookup costs a tenth of a hash).
 */
const hashes = new Map<string, string>();
function hash(inhoud: Buffer | string): string {
	// Bytes and text apart: text is hashed as its UTF-8 bytes, which differ from its latin1 reading.
	const tekst = typeof inhoud === 'string' ? `t${inhoud}` : `b${inhoud.toString('latin1')}`;
	let uit = hashes.get(tekst);
	if (uit === undefined) {
		if (hashes.size > 10_000) hashes.clear();
		uit = sha256(inhoud);
		hashes.set(tekst, uit);
	}
	return uit;
}

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
		if (isWhitespace(na) || na === 0x3e) {
			const slot = html.indexOf(sluit, einde + 1);
			if (slot < 0) return;
			yield {
				attributen: html.toString('latin1', plek + open.length, einde),
				inhoud: html.subarray(einde + 1, slot),
			};
			plek = html.indexOf(open, slot + sluit.length);
		} else {
			plek = html.indexOf(open, einde);
		}
	}
}

/** What a page's policy lists: the hashes of its inline scripts, styles and style attributes, in page order. */
export interface CspParts {
	scripts: Set<string>;
	stijlen: Set<string>;
	attributen: Set<string>;
}

export const emptyCspParts = (): CspParts => ({
	scripts: new Set(),
	stijlen: new Set(),
	attributen: new Set(),
});

/**
 * Adds the hashes of the inline code in `html` (a page, or a whole part of one: no element may
 * cross its edges) to `delen`. Parts scanned in page order give the policy of the whole page.
 */
export function collectCsp(html: Buffer, delen: CspParts = emptyCspParts()): CspParts {
	for (const { attributen: attrs, inhoud } of elementen(html, 'script')) {
		if (!/\ssrc\s*=/i.test(attrs)) delen.scripts.add(hash(inhoud));
	}
	for (const { inhoud } of elementen(html, 'style')) delen.stijlen.add(hash(inhoud));
	for (const waarde of attribuutWaarden(html, 'style')) {
		delen.attributen.add(
			waarde.includes(AMPERSAND) ? hash(decodeAttribute(waarde.toString('utf8'))) : hash(waarde)
		);
	}
	return delen;
}

/** Adds the hashes of `extra` (a part scanned earlier) to `delen`. */
export function mergeCspParts(delen: CspParts, extra: CspParts): void {
	for (const sleutel of ['scripts', 'stijlen', 'attributen'] as const)
		for (const h of extra[sleutel]) delen[sleutel].add(h);
}

/** The policy that allows exactly `delen`. */
export function cspFromParts({ scripts, stijlen, attributen }: CspParts): string {
	return [
		...CSP_FIXED_DIRECTIVES,
		['script-src', "'self'", CSP_RELAXATIONS.scriptSrc, ...scripts].join(' '),
		['style-src', "'self'", ...stijlen].join(' '),
		attributen.size > 0
			? ['style-src-attr', CSP_RELAXATIONS.styleSrcAttr, ...attributen].join(' ')
			: "style-src-attr 'none'",
	].join('; ');
}

/** The policy for one page (its bytes): hashes of its inline scripts, styles and style attributes. */
export function cspForBytes(html: Buffer): string {
	return cspFromParts(collectCsp(html));
}

/** Whether the page has a policy already (the editing screen brings its own). */
const heeftCsp = (html: Buffer): boolean =>
	html.indexOf('http-equiv="content-security-policy"') >= 0 ||
	html.indexOf('http-equiv="Content-Security-Policy"') >= 0;

/** The policy's meta element as addCspToBytes writes it, to take it out of a page again. */
export const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;

/**
 * Puts the policy first in `<head>` (right after the charset, else right after `<head>`), so it
 * covers every script after it: `beleid`, or the policy of `html` itself. A page with a policy of
 * its own or without a head is returned as it is.
 */
export function addCspToBytes(html: Buffer, beleid?: string): Buffer {
	if (heeftCsp(html)) return html;
	const charset = html.indexOf('<meta charset=');
	const head = html.indexOf('<head>');
	const na =
		charset >= 0 ? html.indexOf('>', charset) + 1 : head >= 0 ? head + '<head>'.length : -1;
	if (na <= 0) return html;
	const meta = Buffer.from(
		`<meta http-equiv="content-security-policy" content="${beleid ?? cspForBytes(html)}">`
	);
	return Buffer.concat([html.subarray(0, na), meta, html.subarray(na)]);
}
