import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { begrippenSchema, type BegripInvoer } from '../schemas/begrippen.ts';
import { dutchErrorMap, problemsFromZod, WerkboekError, type Probleem } from '../utils/errors.ts';
import { regelVanPad } from '../utils/yaml.ts';

/** The glossary's data file, relative to the project root. */
export const BEGRIPPEN_BESTAND = 'content/begrippen.yaml';

/** A glossary term with everything worked out that the page and the plugin need. */
export interface Begrip extends BegripInvoer {
	anker: string;
	/** The tooltip text: `kort`, or the first sentence of the explanation without Markdown. */
	kort: string;
}

/** `Wmo 2015` → `wmo-2015`, `Cliëntenraad` → `clientenraad`: ASCII, so links and ids match everywhere. */
export function ankerVoorTerm(term: string): string {
	return term
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9\s-]/g, '')
		.trim()
		.replace(/[\s-]+/g, '-');
}

/** Markdown links and emphasis reduced to their text. */
function platteTekst(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first sentence: up to the first `.`, `?` or `!` followed by a space and a capital or digit. */
export function eersteZin(tekst: string): string {
	const plat = platteTekst(tekst);
	const match = /^.*?[.?!](?=\s+[\p{Lu}\d]|$)/su.exec(plat);
	return (match?.[0] ?? plat).trim();
}

/** Lower-cases the first character, for comparing forms the way the plugin matches them. */
export const sleutel = (vorm: string) =>
	(vorm.charAt(0).toLowerCase() + vorm.slice(1)).replace(/’/g, "'");

/**
 * Checks what the schema cannot: anchors, forms and variants must be unique over the whole list,
 * and a variant may not also be a form.
 */
function controleerGeheel(
	begrippen: BegripInvoer[],
	ankers: string[],
	regelVan: (pad: PropertyKey[]) => number | undefined
): Probleem[] {
	const problemen: Probleem[] = [];
	const gezienAnker = new Map<string, number>();
	const gezienVorm = new Map<string, number>();
	begrippen.forEach((begrip, i) => {
		const anker = ankers[i]!;
		if (gezienAnker.has(anker)) {
			problemen.push({
				bestand: BEGRIPPEN_BESTAND,
				veld: `${i}.anker`,
				...(regelVan([i]) ? { regel: regelVan([i])! } : {}),
				bericht: `Het anker "${anker}" hoort al bij "${begrippen[gezienAnker.get(anker)!]!.term}". Geef dit begrip een eigen "anker".`,
			});
		} else gezienAnker.set(anker, i);
		for (const vorm of [begrip.term, ...begrip.vormen]) {
			const k = sleutel(vorm);
			const eerder = gezienVorm.get(k);
			if (eerder !== undefined && eerder !== i) {
				problemen.push({
					bestand: BEGRIPPEN_BESTAND,
					veld: `${i}.vormen`,
					...(regelVan([i]) ? { regel: regelVan([i])! } : {}),
					bericht: `"${vorm}" hoort al bij "${begrippen[eerder]!.term}". Een vorm kan maar bij één begrip horen; haal hem hier of daar weg.`,
				});
			} else gezienVorm.set(k, i);
		}
	});
	begrippen.forEach((begrip, i) => {
		for (const variant of begrip.varianten) {
			const bij = gezienVorm.get(sleutel(variant));
			if (bij === undefined) continue;
			problemen.push({
				bestand: BEGRIPPEN_BESTAND,
				veld: `${i}.varianten`,
				...(regelVan([i, 'varianten']) ? { regel: regelVan([i, 'varianten'])! } : {}),
				bericht: `"${variant}" staat als variant die we niet gebruiken, maar is ook een vorm van "${begrippen[bij]!.term}". Kies één van beide.`,
			});
		}
	});
	return problemen;
}

/** Parses and validates the glossary text; `problemen` is empty when it is in order. */
export function leesBegrippen(tekst: string): { begrippen: Begrip[]; problemen: Probleem[] } {
	const lines = new LineCounter();
	const doc = parseDocument(tekst, { lineCounter: lines });
	if (doc.errors.length) {
		return {
			begrippen: [],
			problemen: doc.errors.map((e) => ({
				bestand: BEGRIPPEN_BESTAND,
				regel: lines.linePos(e.pos[0]).line,
				bericht: `De YAML klopt niet: ${e.message.split('\n')[0]}`,
			})),
		};
	}
	const regelVan = (pad: PropertyKey[]) => regelVanPad(doc, lines, pad);
	const resultaat = begrippenSchema.safeParse(doc.toJS(), { error: dutchErrorMap });
	if (!resultaat.success)
		return {
			begrippen: [],
			problemen: problemsFromZod(resultaat.error.issues, BEGRIPPEN_BESTAND, regelVan),
		};
	const ankers = resultaat.data.map((b) => b.anker ?? ankerVoorTerm(b.term));
	const problemen = controleerGeheel(resultaat.data, ankers, regelVan);
	const begrippen = resultaat.data.map((b, i) => ({
		...b,
		anker: ankers[i]!,
		kort: b.kort ?? eersteZin(b.uitleg),
	}));
	return { begrippen, problemen };
}

/**
 * Reads and validates `content/begrippen.yaml`. Throws a WerkboekError with file, line and field
 * for every problem, so the build stops with a message an author can act on.
 */
export function loadBegrippen(root: string): Begrip[] {
	const { begrippen, problemen } = leesBegrippen(
		readFileSync(join(root, BEGRIPPEN_BESTAND), 'utf8')
	);
	if (problemen.length) {
		throw new WerkboekError(
			'De begrippenlijst (content/begrippen.yaml) klopt niet',
			problemen,
			'verbeter content/begrippen.yaml; uitleg per veld staat bovenaan dat bestand.'
		);
	}
	return begrippen;
}
