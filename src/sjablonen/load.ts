import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { sjabloonSchema, type Sjabloon } from '../schemas/sjabloon.ts';
import { dutchErrorMap, problemsFromZod, WerkboekError, type Probleem } from '../utils/errors.ts';
import { regelVanPad } from '../utils/yaml.ts';
import { SJABLOON_REGIOVELDEN } from './fill.ts';

/** Where the templates live, relative to the project root: one YAML file per template. */
export const SJABLONEN_DIR = 'templates/sjablonen';

export interface GeladenSjabloon {
	/** File name without extension; the template's URL is /sjablonen/<slug>/. */
	slug: string;
	/** Path relative to the project root. */
	bestand: string;
	data: Sjabloon;
}

/** Slugs of the templates in the templates folder, sorted. */
export function sjabloonSlugs(root: string): string[] {
	const map = join(root, SJABLONEN_DIR);
	if (!existsSync(map)) return [];
	return readdirSync(map)
		.filter((naam) => /^[a-z0-9-]+\.ya?ml$/.test(naam))
		.map((naam) => naam.replace(/\.ya?ml$/, ''))
		.sort();
}

const VERWIJZING = /\{\s*regio\.([A-Za-z0-9_.]+)\s*\}/g;

/**
 * The references to region fields in one template that do not exist, each with its line in the
 * file. Read from the source text of each YAML string, so the line is right in block scalars too.
 * (A list such as `{regio.partners}` is allowed everywhere: inside a sentence it reads "a, b en c".)
 */
export function controleerVerwijzingen(
	doc: Document,
	lines: LineCounter,
	bron: string,
	bestand: string
): Probleem[] {
	const problemen: Probleem[] = [];
	const bekend = SJABLOON_REGIOVELDEN.map((v) => `regio.${v}`).join(', ');
	visit(doc, {
		Scalar(_, node) {
			if (typeof node.value !== 'string' || !node.range) return;
			const [begin, einde] = node.range;
			const bronTekst = bron.slice(begin, einde);
			for (const m of bronTekst.matchAll(VERWIJZING)) {
				const veld = m[1]!;
				const regel = lines.linePos(begin + m.index).line;
				if (!SJABLOON_REGIOVELDEN.includes(veld)) {
					problemen.push({
						bestand,
						regel,
						bericht: `Onbekend regioveld "regio.${veld}". Bekende velden: ${bekend}. Verbeter de verwijzing.`,
					});
				}
			}
		},
	});
	return problemen;
}

/**
 * Reads and checks every template: YAML syntax, the schema (Dutch messages with field and line),
 * references to region fields (line and the known fields), and that the region's
 * `sjablonen.verbergen` names existing templates. Throws one WerkboekError listing every problem.
 */
export function loadSjablonen(
	root: string,
	opties: { verborgen?: readonly string[]; regioBestand?: string } = {}
): GeladenSjabloon[] {
	const problemen: Probleem[] = [];
	const geladen: GeladenSjabloon[] = [];
	const slugs = sjabloonSlugs(root);
	for (const slug of slugs) {
		const naam = existsSync(join(root, SJABLONEN_DIR, `${slug}.yaml`))
			? `${slug}.yaml`
			: `${slug}.yml`;
		const bestand = `${SJABLONEN_DIR}/${naam}`;
		const bron = readFileSync(join(root, bestand), 'utf8');
		const lines = new LineCounter();
		const doc = parseDocument(bron, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
		if (doc.errors.length) {
			for (const e of doc.errors) {
				problemen.push({
					bestand,
					regel: lines.linePos(e.pos[0]).line,
					bericht: `De YAML-opmaak klopt niet: ${e.message.split('\n')[0]}`,
				});
			}
			continue;
		}
		if (!isMap(doc.contents)) {
			problemen.push({
				bestand,
				regel: 1,
				bericht: 'Het bestand moet een lijst van velden zijn, zoals "titel: Uitnodiging".',
			});
			continue;
		}
		const resultaat = sjabloonSchema.safeParse(doc.toJS(), { error: dutchErrorMap });
		if (!resultaat.success) {
			problemen.push(
				...problemsFromZod(resultaat.error.issues, bestand, (pad) => regelVanPad(doc, lines, pad))
			);
		}
		problemen.push(...controleerVerwijzingen(doc, lines, bron, bestand));
		if (resultaat.success) geladen.push({ slug, bestand, data: resultaat.data });
	}
	(opties.verborgen ?? []).forEach((slug, index) => {
		if (!slugs.includes(slug)) {
			problemen.push({
				bestand: opties.regioBestand ?? 'regio.yaml',
				veld: `sjablonen.verbergen.${index}`,
				bericht: `Er is geen sjabloon "${slug}". Bestaande sjablonen: ${slugs.join(', ')}.`,
			});
		}
	});
	if (problemen.length) {
		throw new WerkboekError(
			'De sjablonen kloppen niet',
			problemen,
			`verbeter de genoemde regels. Uitleg van elk veld staat in src/schemas/sjabloon.ts; regiovelden zijn ${SJABLOON_REGIOVELDEN.map((v) => `regio.${v}`).join(', ')}.`
		);
	}
	return geladen.sort((a, b) => a.data.volgorde - b.data.volgorde || a.slug.localeCompare(b.slug));
}
