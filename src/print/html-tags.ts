import { Token, Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

/** A replacement of `html.slice(van, tot)`. */
export interface Wijziging {
	van: number;
	tot: number;
	tekst: string;
}

/** Elements whose content the HTML parser reads as text, and how (in HTML, not in SVG or MathML). */
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

/** Elements without content or end tag. */
export const LEEG = new Set(
	'area base br col embed hr img input keygen link meta param source track wbr'.split(' ')
);

/**
 * Elements of SVG and MathML whose content is HTML again (the parser's integration points; tag
 * names as the tokenizer gives them, in lower case).
 */
const HTML_PUNTEN = new Set(['foreignobject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext']);

const niets = () => {};

/**
 * The start and end tags in `html`, in source order, with where they and their attributes are:
 * parse5's tokenizer, switched to text for script, style, textarea and the like, and to CDATA
 * sections in SVG and MathML, as its parser switches it; without building the tree, which cost two
 * thirds of the time of the print pages' heading shift. What the tree builder does with markup
 * that is not well-formed is not followed: an HTML tag such as `<p>` right in an `<svg>` does not
 * end it here, and a stray end tag is a tag like any other. Astro renders well-formed HTML.
 */
export function tags(html: string): Token.TagToken[] {
	const uit: Token.TagToken[] = [];
	/** The open elements from the outermost <svg> or <math> on; empty outside them. */
	const open: { naam: string; vreemd: boolean; html: boolean }[] = [];
	/** Whether what comes now is SVG or MathML (not HTML in one of their integration points). */
	const inVreemd = () => {
		const laatste = open.at(-1);
		return laatste !== undefined && laatste.vreemd && !laatste.html;
	};
	const handler: TokenHandler = {
		onStartTag: (tag) => {
			uit.push(tag);
			const naam = tag.tagName;
			if (inVreemd()) {
				if (!tag.selfClosing)
					open.push({
						naam,
						vreemd: true,
						html:
							HTML_PUNTEN.has(naam) ||
							(naam === 'annotation-xml' &&
								/^(?:text\/html|application\/xhtml\+xml)$/i.test(
									Token.getTokenAttr(tag, 'encoding') ?? ''
								)),
					});
			} else if (naam === 'svg' || naam === 'math') {
				if (!tag.selfClosing) open.push({ naam, vreemd: true, html: false });
			} else {
				// HTML: `/>` does not close a script, textarea and the like.
				const modus = TEKST_MODUS.get(naam);
				if (modus !== undefined) tokenizer.state = modus;
				if (open.length && !LEEG.has(naam)) open.push({ naam, vreemd: false, html: true });
			}
			tokenizer.inForeignNode = inVreemd();
		},
		onEndTag: (tag) => {
			uit.push(tag);
			const index = open.findLastIndex((element) => element.naam === tag.tagName);
			if (index >= 0) open.length = index;
			tokenizer.inForeignNode = inVreemd();
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
