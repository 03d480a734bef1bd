import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants, { type Options as SmartypantsOpties } from 'retext-smartypants';
import { EXIT, visit } from 'unist-util-visit';

export type { SmartypantsOpties };

/**
 * Text in which SmartyPants can change something: a straight quote or apostrophe, a backtick, two
 * dashes, or dots with only whitespace between them (an ellipsis, spaced or not). The whitespace is
 * JavaScript's `\s` plus U+0085, a superset of what parse-latin (which SmartyPants tokenizes with)
 * counts as whitespace.
 */
const KAN_VERANDEREN = /["'`]|--|\.[\s\u0085]*\./;
/** The same for SmartyPants without quotes, with its default dashes, ellipses and backticks. */
const KAN_VERANDEREN_ZONDER_QUOTES = /``|''|--|\.[\s\u0085]*\./;

/** The nodes whose text remark-smartypants reads, and the blocks it starts afresh. */
const GELEZEN = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOKKEN = new Set(['paragraph', 'heading', 'tableCell']);
const OVERGESLAGEN_HTML = new Set(['style', 'script']);

/**
 * Astro's SmartyPants (curly quotes, dashes, ellipses): what remark-smartypants 3, the plugin Astro
 * adds itself, does, without its work where nothing can change. The integration switches Astro's
 * own copy off and puts this one in its place (first of the remark plugins, where Astro has it).
 *
 * remark-smartypants tokenizes the text of a document into a natural-language tree (retext, with
 * parse-latin) twice: the whole text once, for the quotes, which depend on what is around them, and
 * then every text node on its own again, for dashes, ellipses and backticks. Both passes are the
 * same here; a document without a character SmartyPants could change is left alone (about 2 ms per
 * chapter, 5% of a 1000-chapter build), and so is a text node without such a character in the second
 * pass (measured over the workbook's 58 content files: 443–460 ms with remark-smartypants,
 * 221–223 ms with this).
 * Upstream: no issue found in withastro/astro or withastro/starlight (src/starlight/README.md).
 * Guarded by tests/unit/smartypants.test.ts (the same tree as remark-smartypants on every content
 * file, and on examples) and tests/quality/typografie.test.ts.
 */
export function remarkSmartypantsWaarNodig(options: SmartypantsOpties = {}) {
	// As remark-smartypants: the quotes first, over all text; then the rest, per text node, as
	// these change the length of the text.
	const quotes = retext().use(retextSmartypants, {
		...options,
		ellipses: false,
		dashes: false,
		backticks: false,
	});
	const rest = retext().use(retextSmartypants, { ...options, quotes: false });
	const metQuotes = options.quotes !== false;
	// The second pass is skipped only with its default settings, whose changes the pattern knows.
	const restStandaard =
		options.dashes === undefined &&
		options.ellipses === undefined &&
		options.backticks === undefined;
	const restNodig = (tekst: string) => !restStandaard || KAN_VERANDEREN_ZONDER_QUOTES.test(tekst);

	return (tree: Root) => {
		// The pattern knows what the default settings change; other dashes also change "—-" and "–-".
		if (restStandaard && !smartypantsNodig(tree)) return;
		let alleTekst = '';
		const nodes: Nodes[] = [];
		visit(tree, (node, _index, parent) => {
			if (!leest(node, parent)) return;
			if ('value' in node && typeof node.value === 'string')
				alleTekst += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
			// A block starts afresh: a quote right at its start opens.
			else alleTekst += ' ';
			nodes.push(node);
		});
		if (metQuotes && /["']/.test(alleTekst)) alleTekst = quotes.processSync(alleTekst).toString();
		let start = 0;
		for (const node of nodes) {
			if (!('value' in node) || typeof node.value !== 'string') {
				start += 1;
				continue;
			}
			const einde = start + node.value.length;
			if (node.type === 'text') {
				const tekst = alleTekst.slice(start, einde);
				node.value = restNodig(tekst) ? rest.processSync(tekst).toString() : tekst;
			}
			start = einde;
		}
	};
}

/** Whether remark-smartypants reads `node`: text, inline code and blocks, not in a script or style. */
function leest(node: Nodes, parent: Parents | undefined): boolean {
	if (!parent || !GELEZEN.has(node.type)) return false;
	if (
		parent.type === 'mdxJsxTextElement' &&
		(typeof parent.name !== 'string' || OVERGESLAGEN_HTML.has(parent.name))
	)
		return false;
	return ('value' in node && typeof node.value === 'string') || BLOKKEN.has(node.type);
}

/**
 * Whether SmartyPants can change anything in `tree`. Every text node is looked at, also those
 * SmartyPants skips (in scripts): looking at more never changes the output.
 */
export function smartypantsNodig(tree: Root): boolean {
	let nodig = false;
	visit(tree, 'text', (node) => {
		if (!KAN_VERANDEREN.test(node.value)) return undefined;
		nodig = true;
		return EXIT;
	});
	return nodig;
}
