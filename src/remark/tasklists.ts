import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const isCheckbox = (node: ElementContent): node is Element =>
	node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';
const isBlok = (node: ElementContent) =>
	node.type === 'element' &&
	['ul', 'ol', 'p', 'div', 'pre', 'blockquote', 'table'].includes(node.tagName);

/**
 * A rehype plugin (it runs on the HTML tree, after remark-gfm): GFM task lists (`- [ ] item`)
 * become checkboxes without a name, which screen readers announce as "checkbox" only (axe rule
 * `label`, WCAG 1.3.1 and 4.1.2). This wraps each item's checkbox and its text in a `<label>`, so
 * the box is named by its text and a click on the text ticks it.
 *
 * ```html
 * <li class="task-list-item"><input type="checkbox" disabled> De zaal is geregeld.</li>
 * ```
 * becomes
 * ```html
 * <li class="task-list-item"><label><input type="checkbox" disabled> De zaal is geregeld.</label></li>
 * ```
 */
export const rehypeTaaklijsten: Plugin<[], Root> = () => (tree) => {
	visit(tree, 'element', (node) => {
		if (
			node.tagName !== 'li' ||
			!String(node.properties['className'] ?? '').includes('task-list-item')
		)
			return;
		// Tight lists hold the checkbox in the item, loose lists in its first paragraph.
		const houder = node.children.find(isCheckbox)
			? node
			: node.children.find(
					(c): c is Element =>
						c.type === 'element' && c.tagName === 'p' && c.children.some(isCheckbox)
				);
		if (!houder) return;
		const start = houder.children.findIndex(isCheckbox);
		let eind = start + 1;
		while (eind < houder.children.length && !isBlok(houder.children[eind]!)) eind++;
		const label: Element = {
			type: 'element',
			tagName: 'label',
			properties: {},
			children: houder.children.slice(start, eind),
		};
		houder.children.splice(start, eind - start, label);
	});
};
