import { readFileSync } from 'node:fs';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { join, relative } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { LineCounter, parseDocument } from 'yaml';
import { werkboekContext, type WerkboekContext } from '../plan/context.ts';
import { hoofdstukSlugs, loadWerkboek, markdownSlugs } from '../plan/paths.ts';
import { HOOFDSTUKKEN_DIR, slugForFile, WERKVORMEN_DIR } from '../plan/slugs.ts';
import { BEGRIPPEN_BESTAND, leesBegrippen, type Begrip } from '../begrippen/load.ts';
import { loadRegio, findRegio, type GeladenRegio } from '../regio/load.ts';
import { laadMetingen } from '../regio/metingen.ts';
import { remarkBegrippen } from '../remark/begrippen.ts';
import { remarkVerborgenLinks } from '../remark/links.ts';
import { loadSjablonen } from '../sjablonen/load.ts';
import { remarkRegioVelden } from '../remark/regio-fields.ts';
import type { Werkboek } from '../schemas/werkboek.ts';
import { werkvormSchema } from '../schemas/werkvorm.ts';
import { regelVanPad } from '../utils/yaml.ts';
import { dutchErrorMap, problemsFromZod, WerkboekError, type Probleem } from '../utils/errors.ts';

export interface Controle {
	regio?: GeladenRegio;
	problemen: Probleem[];
	/** What does not stop a build: spellings the glossary rejects (content/begrippen.yaml). */
	waarschuwingen: Probleem[];
	/** Number of content files read. */
	bestanden: number;
}

interface Pagina {
	bestand: string;
	pad: string;
	/** The file with its frontmatter blanked out by spaces (lines and columns stay), as Astro's MDX reads it. */
	inhoud: string;
	frontmatter: Record<string, unknown>;
	/** Line in the file of a frontmatter field (1-based). */
	regelVan: (veldPad: PropertyKey[]) => number | undefined;
}

function leesPagina(root: string, pad: string, problemen: Probleem[]): Pagina | undefined {
	const bestand = relative(root, pad).split('\\').join('/');
	const bron = readFileSync(pad, 'utf8');
	// Astro's own frontmatter reader, the one its content layer and @astrojs/mdx use: the check
	// finds the frontmatter exactly where the build does.
	const yamlTekst = extractFrontmatter(bron);
	if (yamlTekst === undefined) {
		problemen.push({
			bestand,
			regel: 1,
			bericht: 'Dit bestand mist frontmatter. Begin met --- , een regel "title: ..." en weer ---.',
		});
		return undefined;
	}
	// The YAML text starts right after the opening --- (its first line is the rest of that line).
	const ervoor = bron.slice(0, bron.indexOf(yamlTekst)).split('\n').length - 1;
	const fout = (regel: number, melding: string) =>
		problemen.push({
			bestand,
			regel: ervoor + regel,
			bericht: `De frontmatter (YAML) klopt niet: ${melding.split('\n')[0]}`,
		});
	const lines = new LineCounter();
	// Without its last newline, so an error at the end of the YAML names its last line, not the closing ---.
	const doc = parseDocument(yamlTekst.slice(0, -1), { lineCounter: lines });
	if (doc.errors.length) {
		for (const e of doc.errors) fout(lines.linePos(e.pos[0]).line, e.message);
		return undefined;
	}
	let inhoud: string;
	try {
		// What Astro's MDX compiles: the frontmatter as spaces, so it is not read as Markdown or MDX
		// (a flow mapping such as `sidebar: { order: 1 }` would be an MDX expression).
		inhoud = parseFrontmatter(bron, { frontmatter: 'empty-with-spaces' }).content;
	} catch (e) {
		// The build's YAML parser (js-yaml) refuses what ours accepted: the build would stop too.
		const plek = (e as { mark?: { line?: number } }).mark?.line;
		fout(plek === undefined ? 1 : plek + 1, (e as Error).message);
		return undefined;
	}
	const regelVan = (veldPad: PropertyKey[]) => {
		const regel = regelVanPad(doc, lines, veldPad);
		return regel === undefined ? undefined : ervoor + regel;
	};
	return {
		bestand,
		pad,
		inhoud,
		frontmatter: (doc.toJS() ?? {}) as Record<string, unknown>,
		regelVan,
	};
}

/**
 * Validates the region and the content without a build: the region data, the workbook structure,
 * every page's frontmatter, every working method against its schema, every `{regio.…}`
 * reference and the glossary data. Collects all problems instead of stopping at the first, and
 * warns (without failing) about spellings the glossary rejects. Loads the region and works out
 * the build plan as the build does (werkboekContext): the pages it reads are the ones the plan
 * builds.
 *
 * @param gekozen The region folder (`WERKBOEK_REGIO` in scripts/check.ts); without it the default one.
 */
export function controleer(root: string, gekozen?: string): Controle {
	const problemen: Probleem[] = [];
	const hoofdstukken = hoofdstukSlugs(root);
	let context: WerkboekContext | undefined;
	let werkboek: Werkboek | undefined;
	try {
		context = werkboekContext({ regio: gekozen }, root);
		werkboek = context.werkboek;
	} catch (fout) {
		if (!(fout instanceof WerkboekError)) throw fout;
		problemen.push(...fout.problemen);
		// Without a context, the rest is checked as far as it can be: when the structure itself is at
		// fault, the region is still checked against the chapters, so both are reported at once.
		try {
			werkboek = loadWerkboek(root);
		} catch {
			try {
				loadRegio(root, findRegio(root, gekozen), { hoofdstukken });
			} catch (regioFout) {
				if (regioFout instanceof WerkboekError) problemen.push(...regioFout.problemen);
				else throw regioFout;
			}
		}
	}
	const regio = context?.geladen;
	const plan = context?.plan;
	// The region's measurements of the Balansmeter (metingen/), which /balans-door-de-tijd/ shows.
	try {
		laadMetingen(root, findRegio(root, gekozen).map);
	} catch (fout) {
		if (fout instanceof WerkboekError) problemen.push(...fout.problemen);
		else throw fout;
	}

	// The glossary data (content/begrippen.yaml), which the build renders and links to.
	let begrippen: Begrip[] = [];
	try {
		const gelezen = leesBegrippen(readFileSync(join(root, BEGRIPPEN_BESTAND), 'utf8'));
		problemen.push(...gelezen.problemen);
		if (!gelezen.problemen.length) begrippen = gelezen.begrippen;
	} catch {
		problemen.push({
			bestand: BEGRIPPEN_BESTAND,
			bericht:
				'De begrippenlijst ontbreekt. Zet het bestand terug (git checkout content/begrippen.yaml).',
		});
	}
	const waarschuwingen: Probleem[] = [];

	// The region's own pages: those that replace an upstream page and the new ones (build plan).
	const regioSlugs = plan ? [...plan.vervangen, ...plan.nieuw] : [];
	// The workbook structure lists every chapter once, and only chapters that exist.
	if (werkboek) {
		const genoemd = werkboek.delen.flatMap((deel) => deel.hoofdstukken);
		for (const slug of genoemd) {
			if (!hoofdstukken.includes(slug) && !regioSlugs.includes(slug)) {
				problemen.push({
					bestand: 'content/werkboek.yaml',
					bericht: `Het hoofdstuk "${slug}" staat in de opbouw, maar ${HOOFDSTUKKEN_DIR}/${slug}.mdx bestaat niet. Maak het bestand of haal de regel weg.`,
				});
			}
		}
		for (const slug of hoofdstukken) {
			if (!genoemd.includes(slug)) {
				problemen.push({
					bestand: `${HOOFDSTUKKEN_DIR}/${slug}.mdx`,
					bericht: `Dit hoofdstuk staat niet in content/werkboek.yaml, dus niet in het menu. Voeg "${slug}" toe aan een deel.`,
				});
			}
		}
	}

	// The templates (sjablonen): schema, region fields and the ones the region hides.
	try {
		loadSjablonen(
			root,
			regio
				? {
						verborgen: regio.regio.sjablonen.verbergen,
						regioBestand: relative(root, regio.bron.bestand),
					}
				: {}
		);
	} catch (fout) {
		if (fout instanceof WerkboekError) problemen.push(...fout.problemen);
		else throw fout;
	}

	const regioMap = plan ? join(root, plan.regioPaginas) : undefined;
	const paginas: Pagina[] = [];
	const mappen = [
		join(root, HOOFDSTUKKEN_DIR),
		join(root, WERKVORMEN_DIR),
		...(regioMap ? [regioMap] : []),
	];
	for (const map of mappen) {
		for (const slug of markdownSlugs(map)) {
			const pad = ['.mdx', '.md']
				.map((ext) => join(map, slug + ext))
				.find((p) => {
					try {
						readFileSync(p);
						return true;
					} catch {
						return false;
					}
				});
			if (!pad) continue;
			const pagina = leesPagina(root, pad, problemen);
			if (pagina) paginas.push(pagina);
		}
	}

	for (const pagina of paginas) {
		const { bestand, frontmatter } = pagina;
		if (typeof frontmatter['title'] !== 'string' || !frontmatter['title'].trim()) {
			problemen.push({
				bestand,
				veld: 'title',
				regel: pagina.regelVan(['title']) ?? 2,
				bericht: 'Elke pagina heeft een titel nodig: voeg "title: ..." toe aan de frontmatter.',
			});
		}
		if (pagina.pad.startsWith(join(root, WERKVORMEN_DIR))) {
			const resultaat = werkvormSchema.safeParse(frontmatter['werkvorm'], { error: dutchErrorMap });
			if (!resultaat.success) {
				problemen.push(
					...problemsFromZod(resultaat.error.issues, bestand, (pad) =>
						pagina.regelVan(['werkvorm', ...pad])
					).map((p) => ({
						...p,
						veld: p.veld ? `werkvorm.${p.veld}` : 'werkvorm',
					}))
				);
			} else {
				resultaat.data.hoofdstukken.forEach((slug, index) => {
					if (!hoofdstukken.includes(slug)) {
						problemen.push({
							bestand,
							veld: `werkvorm.hoofdstukken.${index}`,
							regel: pagina.regelVan(['werkvorm', 'hoofdstukken', index]),
							bericht: `Er is geen hoofdstuk "${slug}". Kies uit: ${hoofdstukken.join(', ')}.`,
						});
					}
				});
			}
		}
		// Hidden chapters and upstream pages the region replaces are not built (build plan): their links don't count.
		const isUpstream = !regioMap || !pagina.pad.startsWith(regioMap);
		const slug = slugForFile(bestand, '');
		const nietGebouwd =
			isUpstream && (plan?.verborgen.includes(slug) || plan?.vervangen.includes(slug));
		if (regio && plan && !nietGebouwd) {
			const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
			if (pagina.pad.endsWith('.mdx')) processor.use(remarkMdx);
			processor.use(remarkBegrippen, {
				begrippen,
				koppelen: false,
				smartypants: false,
				waarschuw: (melding) =>
					waarschuwingen.push({
						bestand,
						...(melding.line ? { regel: melding.line } : {}),
						bericht: melding.reason,
					}),
			});
			processor.use(remarkRegioVelden, { regio: regio.regio });
			processor.use(remarkVerborgenLinks, {
				verborgen: plan.verborgen,
				regioBestand: relative(root, regio.bron.bestand),
				sjablonen: regio.regio.sjablonen.verbergen,
			});
			const file = new VFile({ path: pagina.pad, value: pagina.inhoud });
			try {
				processor.runSync(processor.parse(file), file);
			} catch (fout) {
				const bericht = fout as {
					reason?: string;
					message: string;
					line?: number;
					place?: { line?: number; start?: { line?: number } };
				};
				const regel = bericht.line ?? bericht.place?.start?.line ?? bericht.place?.line;
				problemen.push({
					bestand,
					...(regel ? { regel } : {}),
					bericht: bericht.reason ?? bericht.message,
				});
			}
		}
	}
	return { ...(regio ? { regio } : {}), problemen, waarschuwingen, bestanden: paginas.length };
}
