import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Makes every Markdown table reachable by keyboard. Starlight renders content tables as scroll
 * containers (`display: block; overflow: auto`), so a table wider than the column can only be scrolled
 * by someone who can focus it (WCAG 2.1.1; axe rule scrollable-region-focusable).
 *
 * @example
 * | a | b |      →  <table tabindex="0">…</table>
 * | - | - |
 */
export function remarkTabellen() {
	return (tree: Root) => {
		visit(tree, 'table', (node) => {
			node.data ??= {};
			node.data.hProperties = { ...node.data.hProperties, tabIndex: 0 };
		});
	};
}
