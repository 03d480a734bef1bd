import { decodeHTMLAttribute } from 'entities/decode';

const ENTITEITEN: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Escapes text for use in HTML content or attributes. */
export function escapeHtml(tekst: string): string {
	return tekst.replace(/[&<>"']/g, (teken) => ENTITEITEN[teken]!);
}

/**
 * Decodes the character references in an attribute value (`&amp;`, `&#x27;`, `&eacute;`, …) the
 * way a browser does, so a value reads as the browser sees it. Values without `&` (nearly all) are
 * returned as they are, without calling the decoder.
 */
export function decodeAttribute(waarde: string): string {
	return waarde.includes('&') ? decodeHTMLAttribute(waarde) : waarde;
}

/** Whether a byte of a page is HTML whitespace (space, tab, newline, carriage return, form feed). */
export const isWhitespace = (byte: number | undefined): boolean =>
	byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c;

/**
 * The value of every `naam="…"` (or `'…'`) attribute in `html` (a page's bytes) between `van` and
 * `tot` that follows whitespace. Also finds such text outside tags, which callers accept.
 */
export function* attribuutWaarden(
	html: Buffer,
	naam: string,
	van = 0,
	tot = html.length
): Generator<Buffer> {
	const zoek = `${naam}=`;
	let plek = html.indexOf(zoek, van);
	while (plek >= 0 && plek < tot) {
		const aanhalingsteken = html[plek + zoek.length];
		if (isWhitespace(html[plek - 1]) && (aanhalingsteken === 0x22 || aanhalingsteken === 0x27)) {
			const begin = plek + zoek.length + 1;
			const einde = html.indexOf(aanhalingsteken, begin);
			if (einde < 0) return;
			yield html.subarray(begin, einde);
			plek = html.indexOf(zoek, einde + 1);
		} else {
			plek = html.indexOf(zoek, plek + zoek.length);
		}
	}
}
