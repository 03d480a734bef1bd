import { Token, Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

/** A replacement of `html.slice(van, tot)`. */
export interface Wijziging {
	van: number;
	tot: number;
	tekst: string;
}

/** Elements whose content the HTML parser reads as text, and how (outside SVG and MathML). */
const TEKST_MODUS = new Map<string, Tokenizer['state']>([
	['script', TokenizerMode.SCRIPT_DATA],
	['style', TokenizerMode.RAWTEXT],
	['xmp', TokenizerMode.RAWTEXT],
	['iframe', TokenizerMode.RAWTEXT],
	['noembed', TokenizerMode.RAWTEXT],
	['noframes', TokenizerMode.RAWTEXT],
	['noscript', TokenizerMode.RAWTEXT],
	['textarea', TokenizerMode.RCDATA],
	['title', TokenizerMode.RCDATA],
	['plaintext', TokenizerMode.PLAINTEXT],
]);

const niets = () => {};

/**
 * The start and end tags in `html`, in source order, with where they and their attributes are:
 * parse5's tokenizer, switched to text for script, style, textarea and the like (and not in SVG or
 * MathML, where CDATA sections are read as such), as its parser switches it. Without building the
 * tree, which cost two thirds of the time of the print pages' heading shift.
 */
export function tags(html: string): Token.TagToken[] {
	const uit: Token.TagToken[] = [];
	/** How deep in <svg> or <math>. */
	let vreemd = 0;
	const handler: TokenHandler = {
		onStartTag: (tag) => {
			uit.push(tag);
			if (tag.selfClosing) return;
			if (tag.tagName === 'svg' || tag.tagName === 'math') vreemd++;
			const modus = vreemd ? undefined : TEKST_MODUS.get(tag.tagName);
			if (modus !== undefined) tokenizer.state = modus;
			tokenizer.inForeignNode = vreemd > 0;
		},
		onEndTag: (tag) => {
			uit.push(tag);
			if (vreemd && (tag.tagName === 'svg' || tag.tagName === 'math')) vreemd--;
			tokenizer.inForeignNode = vreemd > 0;
		},
		onComment: niets,
		onDoctype: niets,
		onEof: niets,
		onCharacter: niets,
		onNullCharacter: niets,
		onWhitespaceCharacter: niets,
	};
	const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
	tokenizer.write(html, true);
	return uit;
}

/** `html.slice(van, tot)` with the replacements that lie within it. */
export function vervang(
	html: string,
	van: number,
	tot: number,
	wijzigingen: readonly Wijziging[]
): string {
	let uit = '';
	let plek = van;
	for (const w of wijzigingen
		.filter((w) => w.van >= van && w.tot <= tot)
		.sort((a, b) => a.van - b.van)) {
		uit += html.slice(plek, w.van) + w.tekst;
		plek = w.tot;
	}
	return uit + html.slice(plek, tot);
}
