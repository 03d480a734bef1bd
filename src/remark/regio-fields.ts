import type { Root, Text } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Regio } from '../schemas/regio.ts';
import { REGIO_TEKSTVELDEN, regioWaarde } from '../regio/fields.ts';

export interface RegioVeldenOptions {
	/** The validated region data whose values replace the references. */
	regio: Regio;
}

/** `{regio.naam}` or `{ regio.contact.email }`: a reference to a text field of the region. */
const VERWIJZING = /\{\s*regio\.([A-Za-z0-9_.]+)\s*\}/g;
const EXPRESSIE = /^\s*regio\.([A-Za-z0-9_.]+)\s*$/;

export type Plaats = { line: number; column: number };

function onbekend(pad: string, file: VFile, plaats: Plaats | undefined): never {
	file.fail(
		`Onbekend regioveld "regio.${pad}". Bekende velden: ${REGIO_TEKSTVELDEN.map((v) => `regio.${v}`).join(', ')}. ` +
			'Verbeter de verwijzing; lijsten zoals opgaven of partners toon je met een component (zie docs-intern/SCHRIJFWIJZER.md).',
		{ ...(plaats ? { place: plaats } : {}), ruleId: 'regio-velden', source: 'werkboek' }
	);
}

/** Line and column of character `index` of a text node that starts at `start`. */
export function plaatsIn(tekst: string, index: number, start: Plaats): Plaats {
	const regels = tekst.slice(0, index).split('\n');
	const laatste = regels[regels.length - 1]!;
	return regels.length === 1
		? { line: start.line, column: start.column + index }
		: { line: start.line + regels.length - 1, column: laatste.length + 1 };
}

/**
 * Replaces references to the region's data with their text, in Markdown and MDX alike.
 *
 * ```md
 * Welkom bij het werkboek van {regio.naam}.
 * ```
 * becomes, for a region named "Regio Voorbeeld":
 * ```html
 * <p>Welkom bij het werkboek van Regio Voorbeeld.</p>
 * ```
 * The value becomes a text node, so HTML in region data is always escaped. A reference to a field
 * that does not exist fails the build with the file, line and column and the list of known fields.
 * Code (inline and blocks) is left alone, so authors can show the syntax.
 */
export const remarkRegioVelden: Plugin<[RegioVeldenOptions], Root> = ({ regio }) => {
	return (tree, file) => {
		visit(tree, (node, index, parent) => {
			if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
				const expr = node as MdxTextExpression | MdxFlowExpression;
				const match = EXPRESSIE.exec(expr.value);
				if (!match || !parent || index === undefined) return;
				const pad = match[1]!;
				if (!REGIO_TEKSTVELDEN.includes(pad)) onbekend(pad, file, node.position?.start);
				const text: Text = { type: 'text', value: regioWaarde(regio, pad) };
				if (node.type === 'mdxFlowExpression') {
					parent.children.splice(index, 1, { type: 'paragraph', children: [text] } as never);
				} else {
					parent.children.splice(index, 1, text as never);
				}
				return SKIP;
			}
			if (node.type !== 'text' || !node.value.includes('{')) return;
			VERWIJZING.lastIndex = 0;
			const start = node.position?.start;
			node.value = node.value.replace(VERWIJZING, (_, pad: string, index: number) => {
				if (!REGIO_TEKSTVELDEN.includes(pad))
					onbekend(pad, file, start && plaatsIn(node.value, index, start));
				return regioWaarde(regio, pad);
			});
			return undefined;
		});
	};
};
