/**
 * regio.yaml in and out of the region wizard (/regio-maken/): opening a file with Dutch errors and
 * line numbers, and writing the form as a file that `npm run check` accepts unchanged. Browser-safe;
 * the page loads it only when a file is opened, a start is chosen or a download is made.
 */
import { isMap, LineCounter, parseDocument, stringify } from 'yaml';
import { regelVanPad, yamlFoutInNederlands } from '../utils/yaml.ts';
import { naarInvoer, vanInvoer, type Formulier } from './invulhulp.ts';

export type Geopend = { ok: true; formulier: Formulier } | { ok: false; meldingen: string[] };

/** Parses a regio.yaml into the form; YAML errors come back in Dutch, each with its line. */
export function leesRegioYaml(tekst: string, bestand = 'regio.yaml'): Geopend {
	const lines = new LineCounter();
	const doc = parseDocument(tekst, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length) {
		return {
			ok: false,
			meldingen: doc.errors.map(
				(e) =>
					`${bestand}, regel ${lines.linePos(e.pos[0]).line}: de YAML-opmaak klopt niet: ${yamlFoutInNederlands(e.code, e.message)} Let op inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens.`
			),
		};
	}
	if (!isMap(doc.contents)) {
		return {
			ok: false,
			meldingen: [
				`${bestand}, regel 1: het bestand moet een lijst van velden zijn, zoals "naam: Regio Voorbeeld".`,
			],
		};
	}
	return { ok: true, formulier: vanInvoer(doc.toJS()) };
}

/** The line of a field in a regio.yaml text, for messages about an opened file. */
export function regelVan(tekst: string, pad: string): number | undefined {
	const lines = new LineCounter();
	const doc = parseDocument(tekst, { lineCounter: lines, prettyErrors: false });
	return regelVanPad(
		doc,
		lines,
		pad.split('.').map((deel) => (/^\d+$/.test(deel) ? Number(deel) : deel))
	);
}

const KOP = `# Regiogegevens van het werkboek, gemaakt met de invulhulp (/regio-maken/).
# Zet dit bestand in content/regio/ (met het logo ernaast). Uitleg van elk veld: src/schemas/regio.ts en de README.
`;

/** The form as regio.yaml text: fields in the schema's order, lists of ids on one line. */
export function schrijfRegioYaml(f: Formulier): string {
	const invoer = naarInvoer(f);
	const tekst = stringify(invoer, {
		lineWidth: 0,
		defaultStringType: 'PLAIN',
		defaultKeyType: 'PLAIN',
	});
	// A blank line between the groups, as in the starter region, so the file reads easily.
	return `${KOP}\n${tekst.replace(/\n(?=(opgaven|partners|netwerken|paginas|hoofdstukken|sjablonen):)/g, '\n\n')}`;
}
