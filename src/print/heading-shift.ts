import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

type Knoop = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;
type Element = DefaultTreeAdapterTypes.Element;

/** A replacement of `html.slice(van, tot)`. */
interface Wijziging {
	van: number;
	tot: number;
	tekst: string;
}

/** Attributes that hold one id (`for`), or a list of ids separated by whitespace. */
const ID_LIJSTEN = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls']);

/** Every element of a parsed fragment, in source order (also inside `<template>`). */
function* elementen(knoop: Knoop): Generator<Element> {
	if ('tagName' in knoop) yield knoop;
	const kinderen =
		'content' in knoop ? knoop.content.childNodes : 'childNodes' in knoop ? knoop.childNodes : [];
	for (const kind of kinderen) yield* elementen(kind);
}

/**
 * Moves the headings in rendered HTML `niveaus` levels down (never below h6), prefixes every id,
 * and every in-page reference to one (`href="#…"`, `for`, `aria-labelledby`, `aria-describedby`,
 * `aria-controls`), with `voorvoegsel--`, and turns links to pages that are in the printed
 * document (`ankers`: site path → anchor) into links within it: `/werkboek/welkom/` → `#h-welkom`,
 * `/werkboek/welkom/#doel` → `#h-welkom--doel`.
 *
 * The HTML is parsed (parse5, the parser behind rehype), so only real tags and attributes change:
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
	for (const element of elementen(parseFragment(html, { sourceCodeLocationInfo: true }))) {
		const plek = element.sourceCodeLocation;
		if (!plek?.startTag) continue; // an element the parser added (such as <tbody>) has no tags in the source
		const kop = /^h([1-6])$/.exec(element.tagName);
		if (kop && niveaus) {
			// The digit of `<h2` and of `</h2`.
			wijzigingen.push({
				van: plek.startTag.startOffset + 2,
				tot: plek.startTag.startOffset + 3,
				tekst: niveau(kop[1]!),
			});
			if (plek.endTag)
				wijzigingen.push({
					van: plek.endTag.startOffset + 3,
					tot: plek.endTag.startOffset + 4,
					tekst: niveau(kop[1]!),
				});
		}
		for (const { name } of element.attrs) {
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
	let uit = '';
	let plek = 0;
	for (const { van, tot, tekst } of wijzigingen.sort((a, b) => a.van - b.van)) {
		uit += html.slice(plek, van) + tekst;
		plek = tot;
	}
	return uit + html.slice(plek);
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
