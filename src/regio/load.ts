import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { markdownSlugs } from '../plan/paths.ts';
import { regioSchema, type Regio } from '../schemas/regio.ts';
import { regelVanPad, yamlFoutInNederlands } from '../utils/yaml.ts';
import { EXTENSIES, SOORTNAAM, imageKind, kindFromName } from '../utils/image.ts';
import { dutchErrorMap, problemsFromZod, WerkboekError, type Probleem } from '../utils/errors.ts';

/** Where a region lives and whether it is the starter region from `templates/regio/`. */
export interface RegioBron {
	/** Absolute path of the region folder. */
	map: string;
	/** Absolute path of the region's data file. */
	bestand: string;
	/** True when `content/regio/` is absent and the starter region is used. */
	isStarter: boolean;
	/** Why this folder was chosen, in Dutch, for the build log. */
	reden: string;
}

export const REGIO_BESTAND = 'regio.yaml';

/**
 * Finds the region folder: `gekozen` (the integration's `regio` option, from `WERKBOEK_REGIO`: a
 * folder, for building several regions or fixture regions from one checkout), else
 * `content/regio/`, else the starter region `templates/regio/`.
 */
export function findRegio(root: string, gekozen?: string): RegioBron {
	if (gekozen) {
		const map = isAbsolute(gekozen) ? gekozen : resolve(root, gekozen);
		if (relative(root, map).startsWith('..')) {
			throw new WerkboekError(
				`De regiomap ${map} ligt buiten de projectmap`,
				[
					{
						bestand: map,
						bericht: `WERKBOEK_REGIO wijst naar een map buiten ${root}. De generator kan alleen regio's binnen de projectmap bouwen.`,
					},
				],
				`zet de regiomap in de projectmap (bijvoorbeeld regios/${map.split(/[\\/]/).filter(Boolean).pop()}/) en wijs daar naar met WERKBOEK_REGIO.`
			);
		}
		return {
			map,
			bestand: join(map, REGIO_BESTAND),
			isStarter: false,
			reden: `gekozen met WERKBOEK_REGIO=${gekozen}`,
		};
	}
	const eigen = join(root, 'content', 'regio');
	if (existsSync(eigen)) {
		return {
			map: eigen,
			bestand: join(eigen, REGIO_BESTAND),
			isStarter: false,
			reden: 'content/regio/',
		};
	}
	const starter = join(root, 'templates', 'regio');
	return {
		map: starter,
		bestand: join(starter, REGIO_BESTAND),
		isStarter: true,
		reden: 'content/regio/ bestaat niet, dus de voorbeeldregio uit templates/regio/ wordt gebruikt',
	};
}

export interface GeladenRegio {
	bron: RegioBron;
	regio: Regio;
	/** Absolute path of the logo file, when the region has one. */
	logoPad?: string;
}

/** What the region is checked against: the upstream chapters and sidebar parts. */
export interface RegioContext {
	/** Slugs of the upstream chapters. */
	hoofdstukken: readonly string[];
	/** Sidebar parts of content/werkboek.yaml. */
	delen?: readonly { label: string; hoofdstukken: readonly string[] }[];
}

/**
 * Reads, parses and validates the region's data file. Collects every problem (YAML syntax,
 * schema, references between fields, missing files, unknown chapters) and throws one
 * `WerkboekError` that lists them all with file, field and line.
 *
 * @param context Upstream chapters and parts, to check `hoofdstukken.verbergen` and `paginas`.
 */
export function loadRegio(root: string, bron: RegioBron, context?: RegioContext): GeladenRegio {
	const { hoofdstukken, delen } = context ?? {};
	const bestand = relative(root, bron.bestand) || bron.bestand;
	const fout = (problemen: Probleem[]) =>
		new WerkboekError(
			`Het regiobestand ${bestand} klopt niet`,
			problemen,
			'verbeter de genoemde velden en start opnieuw. Uitleg van alle velden staat in src/schemas/regio.ts en in de README.'
		);
	if (!existsSync(bron.bestand)) {
		throw fout([
			{
				bestand,
				bericht: `Het bestand bestaat niet. Maak het aan met "npm run regio:nieuw", of kopieer templates/regio/${REGIO_BESTAND}.`,
			},
		]);
	}
	const tekst = readFileSync(bron.bestand, 'utf8');
	const lines = new LineCounter();
	const doc = parseDocument(tekst, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length) {
		throw fout(
			doc.errors.map((e) => ({
				bestand,
				regel: lines.linePos(e.pos[0]).line,
				bericht: `De YAML-opmaak klopt niet: ${yamlFoutInNederlands(e.code, e.message)} Let op inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens.`,
			}))
		);
	}
	const invoer = doc.toJS() ?? {};
	if (!isMap(doc.contents)) {
		throw fout([
			{
				bestand,
				regel: 1,
				bericht: 'Het bestand moet een lijst van velden zijn, zoals "naam: Regio Voorbeeld".',
			},
		]);
	}
	const resultaat = regioSchema.safeParse(invoer, { error: dutchErrorMap });
	const problemen: Probleem[] = resultaat.success
		? []
		: problemsFromZod(resultaat.error.issues, bestand, (pad) => regelVanPad(doc, lines, pad));

	let logoPad: string | undefined;
	const logo = (invoer as { logo?: unknown }).logo;
	if (typeof logo === 'string') {
		logoPad = resolve(bron.map, logo);
		if (!existsSync(logoPad)) {
			problemen.push({
				bestand,
				veld: 'logo',
				regel: regelVanPad(doc, lines, ['logo']),
				bericht: `Het logo "${logo}" staat niet in ${relative(root, bron.map) || bron.map}/. Zet het bestand daar neer of verbeter de bestandsnaam.`,
			});
		} else if (!kindFromName(logo)) {
			problemen.push({
				bestand,
				veld: 'logo',
				regel: regelVanPad(doc, lines, ['logo']),
				bericht: `Het logo "${logo}" heeft een onbekend bestandstype. Gebruik SVG, PNG, JPG of WebP.`,
			});
		} else {
			// The name is not enough: a PNG renamed to logo.svg, or a web page saved as logo.png,
			// would be published as a broken image.
			const verwacht = kindFromName(logo)!;
			const echt = imageKind(new Uint8Array(readFileSync(logoPad)));
			if (echt !== verwacht) {
				problemen.push({
					bestand,
					veld: 'logo',
					regel: regelVanPad(doc, lines, ['logo']),
					bericht:
						`Het logo "${logo}" is geen ${SOORTNAAM[verwacht]}-bestand: ` +
						(echt
							? `de inhoud is een ${SOORTNAAM[echt]}-afbeelding. Geef het bestand de extensie .${EXTENSIES[echt][0]} en pas het veld logo in regio.yaml aan, of sla het logo op als ${SOORTNAAM[verwacht]}.`
							: 'de inhoud is geen afbeelding die het werkboek kan lezen. Exporteer het logo opnieuw als SVG, PNG, JPG of WebP.'),
				});
			}
		}
	}

	if (hoofdstukken && resultaat.success) {
		const verborgen = resultaat.data.hoofdstukken.verbergen;
		verborgen.forEach((slug, index) => {
			if (!hoofdstukken.includes(slug)) {
				problemen.push({
					bestand,
					veld: `hoofdstukken.verbergen.${index}`,
					regel: regelVanPad(doc, lines, ['hoofdstukken', 'verbergen', index]),
					bericht: `Er is geen hoofdstuk "${slug}". Bestaande hoofdstukken: ${hoofdstukken.join(', ')}.`,
				});
			}
		});
	}

	if (resultaat.success) {
		const eigenPaginas = markdownSlugs(join(bron.map, 'paginas'));
		resultaat.data.paginas.forEach((pagina, index) => {
			const plek = (veld: string) => ({
				bestand,
				veld: `paginas.${index}.${veld}`,
				regel: regelVanPad(doc, lines, ['paginas', index, veld]),
			});
			if (!eigenPaginas.includes(pagina.slug)) {
				problemen.push({
					...plek('slug'),
					bericht: `Er is geen pagina "${pagina.slug}" in ${relative(root, join(bron.map, 'paginas')) || 'paginas'}/. ${eigenPaginas.length ? `Jullie pagina's: ${eigenPaginas.join(', ')}.` : 'Die map is nog leeg.'} Maak het bestand ${pagina.slug}.md of verbeter de naam.`,
				});
			}
			if (!delen || !pagina.deel) return;
			const deel = delen.find((d) => d.label === pagina.deel);
			if (!deel) {
				problemen.push({
					...plek('deel'),
					bericht: `Er is geen deel "${pagina.deel}" in het menu. Kies uit: ${delen.map((d) => `"${d.label}"`).join(', ')}.`,
				});
			} else if (pagina.na && !deel.hoofdstukken.includes(pagina.na)) {
				problemen.push({
					...plek('na'),
					bericht: `Het hoofdstuk "${pagina.na}" staat niet in het deel "${deel.label}". Kies uit: ${deel.hoofdstukken.join(', ')}.`,
				});
			}
		});
	}

	if (problemen.length || !resultaat.success) throw fout(problemen);
	return { bron, regio: resultaat.data, ...(logoPad ? { logoPad } : {}) };
}
