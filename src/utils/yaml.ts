import type { Document, LineCounter, Node } from 'yaml';

/**
 * 1-based line of the YAML node at `pad`, or of its nearest existing parent (a missing field is
 * reported where its parent starts). Used for every "file:line · field" message about YAML.
 */
export function regelVanPad(doc: Document, lines: LineCounter, pad: readonly PropertyKey[]): number | undefined {
	for (let n = pad.length; n >= 0; n--) {
		const node = doc.getIn(pad.slice(0, n) as unknown[], true) as Node | undefined;
		if (node && typeof node === 'object' && 'range' in node && node.range) return lines.linePos(node.range[0]).line;
		if (n === 0 && doc.contents?.range) return lines.linePos(doc.contents.range[0]).line;
	}
	return undefined;
}
