import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Transformer } from 'unified';
import { EXIT, visit } from 'unist-util-visit';

/**
 * Text in which SmartyPants can change something: a straight quote or apostrophe, a backtick, two
 * dashes, or dots with only whitespace between them (an ellipsis, spaced or not). The whitespace is
 * JavaScript's `\s` plus U+0085, a superset of what parse-latin (which SmartyPants tokenizes with)
 * counts as whitespace.
 */
/** SmartyPants' options (quote characters, dash style), as Astro passes them. */
export type SmartypantsOpties = Parameters<typeof remarkSmartypants>[0];

const KAN_VERANDEREN = /["'`]|--|\.[\s\u0085]*\./;

/**
 * Astro's SmartyPants (curly quotes, dashes, ellipses: remark-smartypants, the plugin Astro adds
 * itself), run only on documents where it can change something. The plugin tokenizes the whole
 * text of every document into a natural-language tree, twice, whatever the text: measured with
 * `npm run bench`, about 2 ms per chapter, 5% of a 1000-chapter build. The integration switches
 * Astro's own copy off and puts this one in its place (first of the remark plugins, where Astro
 * has it), so documents with something to change get exactly the same treatment, and the others
 * are left as they are — which is what SmartyPants would have returned. Upstream: no issue found in
 * withastro/astro or withastro/starlight (src/starlight/README.md). Guarded by
 * tests/unit/smartypants.test.ts (the same output as Astro's on every content file) and
 * tests/quality/typografie.test.ts.
 */
export function remarkSmartypantsWaarNodig(options: SmartypantsOpties = {}) {
	const smartypants = (
		remarkSmartypants as unknown as (options: SmartypantsOpties) => Transformer<Root>
	)(options);
	return (
		tree: Root,
		...rest: Parameters<Transformer<Root>> extends [unknown, ...infer R] ? R : never
	) => (smartypantsNodig(tree) ? smartypants(tree, ...rest) : undefined);
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
