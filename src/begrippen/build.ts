import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { BuildPlan } from '../plan/plan.ts';
import { slugForFile } from '../plan/slugs.ts';
import { BEGRIPPENLIJST_PAD, type BegrippenOptions } from '../remark/begrippen.ts';
import type { SmartypantsOpties } from '../starlight/smartypants.ts';
import type { Begrip } from './load.ts';
import { basePrefix } from '../utils/base-path.ts';

/** Pages on which terms are not linked to the glossary: the glossary itself, the sources, home and 404. */
const ZONDER_BEGRIPLINKS = new Set(['begrippenlijst', 'bronnen', 'index', '404']);

/**
 * Lines in a content file before the text remark gets: Astro strips the frontmatter of `.md`
 * files (not of `.mdx`) before rendering, so warnings would point that many lines too high.
 */
export function regelsVoorTekst(file: { path?: string; value?: unknown }): number {
	if (!file.path || typeof file.value !== 'string' || !existsSync(file.path)) return 0;
	const bron = readFileSync(file.path, 'utf8');
	const plek = file.value && bron !== file.value ? bron.indexOf(file.value) : -1;
	return plek > 0 ? bron.slice(0, plek).split('\n').length - 1 : 0;
}

/**
 * Whether the build has the glossary with its anchors: not when the region hides it, and when the
 * region replaces it, only if its own page shows the list (`<Begrippenlijst />`).
 */
export function heeftBegrippenlijst(
	root: string,
	plan: Pick<BuildPlan, 'verborgen' | 'vervangen' | 'regioPaginas'>
): boolean {
	if (plan.verborgen.includes('begrippenlijst')) return false;
	if (!plan.vervangen.includes('begrippenlijst')) return true;
	const eigen = join(root, plan.regioPaginas, 'begrippenlijst.mdx');
	return existsSync(eigen) && readFileSync(eigen, 'utf8').includes('<Begrippenlijst');
}

/**
 * The options of remarkBegrippen in a build: links to the glossary under the base path (the plugin
 * runs after remarkBasisLinks, which also prefixed hand-made glossary links); link only when the
 * build has the glossary, not on
 * the pages of ZONDER_BEGRIPLINKS (chapters, working methods and the region's pages alike), and
 * print each warning about a spelling with the file, line and column through Astro's logger.
 */
export function begrippenOpties(
	root: string,
	plan: Pick<BuildPlan, 'verborgen' | 'vervangen' | 'regioPaginas'>,
	begrippen: readonly Begrip[],
	logger: Pick<AstroIntegrationLogger, 'warn'>,
	smartypants: SmartypantsOpties | false,
	/** Astro's `base`: the plugin runs after remarkBasisLinks, so its links carry the base path themselves. */
	base = '/'
): BegrippenOptions {
	return {
		begrippen,
		pagina: `${basePrefix(base)}${BEGRIPPENLIJST_PAD}`,
		koppelen: heeftBegrippenlijst(root, plan),
		soort: (file) =>
			file.path &&
			!ZONDER_BEGRIPLINKS.has(slugForFile(relative(root, file.path), plan.regioPaginas))
				? 'gewoon'
				: 'geen-links',
		waarschuw: (melding, file) =>
			logger.warn(
				`${file.path ? relative(root, file.path) : '?'}${melding.line ? `:${melding.line}:${melding.column ?? 1}` : ''} ${melding.reason}`
			),
		smartypants,
		regelsErvoor: regelsVoorTekst,
	};
}
