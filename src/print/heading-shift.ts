import { Token } from 'parse5';
import { tags, vervang, type Wijziging } from './html-tags.ts';

const { TokenType } = Token;

/** Attributes that hold one id (`for`), or a list of ids separated by whitespace. */
const ID_LIJSTEN = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls']);

/**
 * Moves the headings in rendered HTML `niveaus` levels down (never below h6), prefixes every id,
 * and every in-page reference to one (`href="#…"`, `for`, `aria-labelledby`, `aria-describedby`,
 * `aria-controls`), with `voorvoegsel--`, and turns links to pages that are in the printed
 * document (`ankers`: site path → anchor) into links within it: `/werkboek/welkom/` → `#h-welkom`,
 * `/werkboek/welkom/#doel` → `#h-welkom--doel`.
 *
 * The HTML is tokenized (parse5, the parser behind rehype), so only real tags and attributes change:
 * text that looks like markup, as in a code sample, stays as it is. Only the changed tag names and
 * attribute values are rewritten; every other byte of the HTML is kept.
 */
export function shiftHeadings(
	html: string,
	niveaus: number,
	voorvoegsel: string,
	ankers: ReadonlyMap<string, string> = new Map()
): string {
	const niveau = (n: string) => String(Math.min(6, Number(n) + niveaus));
	const prefix = (id: string) => `${voorvoegsel}--${id}`;
	const wijzigingen: Wijziging[] = [];
	for (const tag of tags(html)) {
		const plek = tag.location;
		if (!plek) continue;
		const kop = /^h([1-6])$/.exec(tag.tagName);
		if (kop && niveaus) {
			// The digit of `<h2` or of `</h2`.
			const cijfer = plek.startOffset + (tag.type === TokenType.END_TAG ? 3 : 2);
			wijzigingen.push({ van: cijfer, tot: cijfer + 1, tekst: niveau(kop[1]!) });
		}
		if (tag.type === TokenType.END_TAG) continue;
		for (const { name } of tag.attrs) {
			const bron = plek.attrs?.[name];
			if (!bron) continue;
			// The value as written between its quotes (our HTML is Astro's: always double-quoted).
			const tekst = html.slice(bron.startOffset, bron.endOffset);
			const is = tekst.indexOf('=');
			if (is < 0) continue;
			const aanhaling = /^["']/.test(tekst.slice(is + 1)) ? 1 : 0;
			const van = bron.startOffset + is + 1 + aanhaling;
			const tot = bron.endOffset - aanhaling;
			const waarde = html.slice(van, tot);
			let nieuw: string | undefined;
			if (name === 'id' || name === 'for') nieuw = waarde ? prefix(waarde) : undefined;
			else if (ID_LIJSTEN.has(name))
				nieuw = waarde ? waarde.split(/\s+/).map(prefix).join(' ') : undefined;
			else if (name === 'class' && niveaus)
				nieuw = waarde.replace(/\blevel-h([1-6])\b/g, (_, n: string) => `level-h${niveau(n)}`);
			else if (name === 'href' && waarde.startsWith('#'))
				nieuw = waarde.length > 1 ? `#${prefix(waarde.slice(1))}` : undefined;
			else if (name === 'href') nieuw = interneLink(waarde, ankers);
			if (nieuw !== undefined && nieuw !== waarde) wijzigingen.push({ van, tot, tekst: nieuw });
		}
	}
	return vervang(html, 0, html.length, wijzigingen);
}

/** The link within the printed document for a link to a page in it, or undefined. */
function interneLink(href: string, ankers: ReadonlyMap<string, string>): string | undefined {
	const hekje = href.indexOf('#');
	const pad = hekje < 0 ? href : href.slice(0, hekje);
	const anker = pad ? ankers.get(pad.endsWith('/') ? pad : `${pad}/`) : undefined;
	if (!anker) return undefined;
	return `#${hekje >= 0 ? `${anker}--${href.slice(hekje + 1)}` : anker}`;
}

/** The anchor of a page in the printed workbook: `h-` and its slug with `-` for `/`. */
export const ankerVoor = (slug: string) => `h-${slug.replace(/\//g, '-')}`;
