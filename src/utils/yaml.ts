import type { Document, LineCounter, Node } from 'yaml';

/**
 * 1-based line of the YAML node at `pad`, or of its nearest existing parent (a missing field is
 * reported where its parent starts). Used for every "file:line · field" message about YAML.
 */
export function regelVanPad(
	doc: Document,
	lines: LineCounter,
	pad: readonly PropertyKey[]
): number | undefined {
	for (let n = pad.length; n >= 0; n--) {
		const node = doc.getIn(pad.slice(0, n) as unknown[], true) as Node | undefined;
		if (node && typeof node === 'object' && 'range' in node && node.range)
			return lines.linePos(node.range[0]).line;
		if (n === 0 && doc.contents?.range) return lines.linePos(doc.contents.range[0]).line;
	}
	return undefined;
}

/** A YAML syntax error of the `yaml` package in Dutch, by its code; the original first line otherwise. */
export function yamlFoutInNederlands(code: string, origineel: string): string {
	const vertaling: Record<string, string> = {
		DUPLICATE_KEY: 'een veld staat twee keer in dezelfde groep.',
		BAD_INDENT: 'de inspringing klopt niet.',
		MISSING_CHAR:
			'er ontbreekt een teken (bijvoorbeeld een dubbele punt of een afsluitend aanhalingsteken).',
		MULTILINE_IMPLICIT_KEY:
			'een veldnaam loopt over meer regels; waarschijnlijk ontbreekt een dubbele punt of klopt de inspringing niet.',
		TAB_AS_INDENT: 'er wordt met een tab ingesprongen; gebruik spaties.',
		BLOCK_AS_IMPLICIT_KEY:
			'een veldnaam loopt over meer regels; waarschijnlijk ontbreekt een dubbele punt.',
		UNEXPECTED_TOKEN: 'er staat een onverwacht teken.',
		BAD_SCALAR_START:
			'een waarde begint met een teken dat niet mag; zet de waarde tussen aanhalingstekens.',
	};
	return vertaling[code] ?? `${origineel.split('\n')[0]}.`;
}
