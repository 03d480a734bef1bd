import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { LineCounter, parseDocument } from 'yaml';
import { hoofdstukSlugs, laadWerkboek, markdownSlugs, REGIO_PAGINAS } from '../plan/paths.ts';
import { HOOFDSTUKKEN_MAP, slugVoorBestand, WERKVORMEN_MAP } from '../plan/slugs.ts';
import { BEGRIPPEN_BESTAND, leesBegrippen, type Begrip } from '../begrippen/load.ts';
import { laadRegio, vindRegio, type GeladenRegio } from '../regio/load.ts';
import { laadMetingen } from '../regio/metingen.ts';
import { remarkBegrippen } from '../remark/begrippen.ts';
import { remarkVerborgenLinks } from '../remark/links.ts';
import { laadSjablonen } from '../sjablonen/load.ts';
import { remarkRegioVelden } from '../remark/regio-fields.ts';
import { werkvormSchema } from '../schemas/werkvorm.ts';
import { regelVanPad } from '../utils/yaml.ts';
import { nederlandseFoutmeldingen, problemenUitZod, WerkboekFout, type Probleem } from '../utils/errors.ts';

export interface Controle {
	regio?: GeladenRegio;
	problemen: Probleem[];
	/** What does not stop a build: spellings the glossary rejects (content/begrippen.yaml). */
	waarschuwingen: Probleem[];
	/** Number of content files read. */
	bestanden: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

interface Pagina {
	bestand: string;
	pad: string;
	bron: string;
	frontmatter: Record<string, unknown>;
	/** Line in the file where the frontmatter YAML starts (1-based). */
	regelVan: (veldPad: PropertyKey[]) => number | undefined;
}

function leesPagina(root: string, pad: string, problemen: Probleem[]): Pagina | undefined {
	const bestand = relative(root, pad).split('\\').join('/');
	const bron = readFileSync(pad, 'utf8');
	const match = FRONTMATTER.exec(bron);
	if (!match) {
		problemen.push({ bestand, regel: 1, bericht: 'Dit bestand mist frontmatter. Begin met --- , een regel "title: ..." en weer ---.' });
		return undefined;
	}
	const lines = new LineCounter();
	const doc = parseDocument(match[1]!, { lineCounter: lines });
	if (doc.errors.length) {
		for (const e of doc.errors) {
			problemen.push({ bestand, regel: lines.linePos(e.pos[0]).line + 1, bericht: `De frontmatter (YAML) klopt niet: ${e.message.split('\n')[0]}` });
		}
		return undefined;
	}
	// The frontmatter starts on line 2 of the file (after the opening ---).
	const regelVan = (veldPad: PropertyKey[]) => {
		const regel = regelVanPad(doc, lines, veldPad);
		return regel === undefined ? undefined : regel + 1;
	};
	return { bestand, pad, bron, frontmatter: (doc.toJS() ?? {}) as Record<string, unknown>, regelVan };
}

/**
 * Validates the region and the content without a build: the region data, the workbook structure,
 * every page's frontmatter, every working method against its schema, every `{regio.…}`
 * reference and the glossary data. Collects all problems instead of stopping at the first, and
 * warns (without failing) about spellings the glossary rejects.
 */
export function controleer(root: string, env: NodeJS.ProcessEnv = process.env): Controle {
	const problemen: Probleem[] = [];
	const hoofdstukken = hoofdstukSlugs(root);
	let regio: GeladenRegio | undefined;
	let delen: { label: string; hoofdstukken: string[] }[] | undefined;
	try {
		delen = laadWerkboek(root).delen;
	} catch {
		// Reported below, where the structure itself is checked.
	}
	try {
		regio = laadRegio(root, vindRegio(root, env), { hoofdstukken, ...(delen ? { delen } : {}) });
	} catch (fout) {
		if (fout instanceof WerkboekFout) problemen.push(...fout.problemen);
		else throw fout;
	}
	// The region's measurements of the Balansmeter (metingen/), which /balans-door-de-tijd/ shows.
	try {
		laadMetingen(root, vindRegio(root, env).map);
	} catch (fout) {
		if (fout instanceof WerkboekFout) problemen.push(...fout.problemen);
		else throw fout;
	}

	// The glossary data (content/begrippen.yaml), which the build renders and links to.
	let begrippen: Begrip[] = [];
	try {
		const gelezen = leesBegrippen(readFileSync(join(root, BEGRIPPEN_BESTAND), 'utf8'));
		problemen.push(...gelezen.problemen);
		if (!gelezen.problemen.length) begrippen = gelezen.begrippen;
	} catch {
		problemen.push({ bestand: BEGRIPPEN_BESTAND, bericht: 'De begrippenlijst ontbreekt. Zet het bestand terug (git checkout content/begrippen.yaml).' });
	}
	const waarschuwingen: Probleem[] = [];

	// The workbook structure lists every chapter once, and only chapters that exist.
	try {
		const werkboek = laadWerkboek(root);
		const genoemd = werkboek.delen.flatMap((deel) => deel.hoofdstukken);
		const regioSlugs = regio ? markdownSlugs(join(regio.bron.map, REGIO_PAGINAS)) : [];
		for (const slug of genoemd) {
			if (!hoofdstukken.includes(slug) && !regioSlugs.includes(slug)) {
				problemen.push({ bestand: 'content/werkboek.yaml', bericht: `Het hoofdstuk "${slug}" staat in de opbouw, maar ${HOOFDSTUKKEN_MAP}/${slug}.mdx bestaat niet. Maak het bestand of haal de regel weg.` });
			}
		}
		for (const slug of hoofdstukken) {
			if (!genoemd.includes(slug)) {
				problemen.push({ bestand: `${HOOFDSTUKKEN_MAP}/${slug}.mdx`, bericht: `Dit hoofdstuk staat niet in content/werkboek.yaml, dus niet in het menu. Voeg "${slug}" toe aan een deel.` });
			}
		}
	} catch (fout) {
		if (fout instanceof WerkboekFout) problemen.push(...fout.problemen);
		else throw fout;
	}

	// The templates (sjablonen): schema, region fields and the ones the region hides.
	try {
		laadSjablonen(root, regio ? { verborgen: regio.regio.sjablonen.verbergen, regioBestand: relative(root, regio.bron.bestand) } : {});
	} catch (fout) {
		if (fout instanceof WerkboekFout) problemen.push(...fout.problemen);
		else throw fout;
	}

	const regioSlugs = regio ? markdownSlugs(join(regio.bron.map, REGIO_PAGINAS)) : [];
	const paginas: Pagina[] = [];
	const mappen = [join(root, HOOFDSTUKKEN_MAP), join(root, WERKVORMEN_MAP), ...(regio ? [join(regio.bron.map, REGIO_PAGINAS)] : [])];
	for (const map of mappen) {
		for (const slug of markdownSlugs(map)) {
			const pad = ['.mdx', '.md'].map((ext) => join(map, slug + ext)).find((p) => {
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
			problemen.push({ bestand, veld: 'title', regel: pagina.regelVan(['title']) ?? 2, bericht: 'Elke pagina heeft een titel nodig: voeg "title: ..." toe aan de frontmatter.' });
		}
		if (pagina.pad.startsWith(join(root, WERKVORMEN_MAP))) {
			const resultaat = werkvormSchema.safeParse(frontmatter['werkvorm'], { error: nederlandseFoutmeldingen });
			if (!resultaat.success) {
				problemen.push(
					...problemenUitZod(resultaat.error.issues, bestand, (pad) => pagina.regelVan(['werkvorm', ...pad])).map((p) => ({
						...p,
						veld: p.veld ? `werkvorm.${p.veld}` : 'werkvorm',
					})),
				);
			} else {
				resultaat.data.hoofdstukken.forEach((slug, index) => {
					if (!hoofdstukken.includes(slug)) {
						problemen.push({ bestand, veld: `werkvorm.hoofdstukken.${index}`, regel: pagina.regelVan(['werkvorm', 'hoofdstukken', index]), bericht: `Er is geen hoofdstuk "${slug}". Kies uit: ${hoofdstukken.join(', ')}.` } as Probleem);
					}
				});
			}
		}
		// Hidden chapters and upstream pages the region replaces are not built: their links don't count.
		const isUpstream = !regio || !pagina.pad.startsWith(join(regio.bron.map, REGIO_PAGINAS));
		const slug = slugVoorBestand(bestand, '');
		const nietGebouwd = isUpstream && (regio?.regio.hoofdstukken.verbergen.includes(slug) || regioSlugs.includes(slug));
		if (regio && !nietGebouwd) {
			const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
			if (pagina.pad.endsWith('.mdx')) processor.use(remarkMdx);
			processor.use(remarkBegrippen, {
				begrippen,
				koppelen: false,
				smartypants: false,
				waarschuw: (melding) => waarschuwingen.push({ bestand, ...(melding.line ? { regel: melding.line } : {}), bericht: melding.reason }),
			});
			processor.use(remarkRegioVelden, { regio: regio.regio });
			processor.use(remarkVerborgenLinks, { verborgen: regio.regio.hoofdstukken.verbergen, regioBestand: relative(root, regio.bron.bestand), sjablonen: regio.regio.sjablonen.verbergen });
			const file = new VFile({ path: pagina.pad, value: pagina.bron });
			try {
				processor.runSync(processor.parse(file), file);
			} catch (fout) {
				const bericht = fout as { reason?: string; message: string; line?: number; place?: { line?: number; start?: { line?: number } } };
				const regel = bericht.line ?? bericht.place?.start?.line ?? bericht.place?.line;
				problemen.push({ bestand, ...(regel ? { regel } : {}), bericht: bericht.reason ?? bericht.message });
			}
		}
	}
	return { ...(regio ? { regio } : {}), problemen, waarschuwingen, bestanden: paginas.length };
}
