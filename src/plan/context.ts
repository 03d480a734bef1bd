import { loadRegio, findRegio, type GeladenRegio } from '../regio/load.ts';
import type { Werkboek } from '../schemas/werkboek.ts';
import { hoofdstukSlugs, loadWerkboek, PROJECT_ROOT } from './paths.ts';
import { createBuildPlan, type BuildPlan } from './plan.ts';

/** Everything a build knows about the workbook, loaded once (werkboekContext). */
export interface WerkboekContext {
	root: string;
	/** The upstream structure, `content/werkboek.yaml`, parsed and validated. */
	werkboek: Werkboek;
	geladen: GeladenRegio;
	plan: BuildPlan;
}

/**
 * Loads `content/werkboek.yaml` and the region, and works out the build plan: once per build, in
 * the integration (src/integration/index.ts). Everything else gets the result from there: the other
 * integrations as an argument, the content config and the pages through virtual modules
 * (src/integration/virtual.ts), the PDF process as a JSON file (src/integration/print.ts).
 * `npm run check` calls it too.
 *
 * @param opties.regio The region folder (the integration's `regio` option); without it the default one.
 */
export function werkboekContext(
	opties: { regio?: string | undefined } = {},
	root: string = PROJECT_ROOT
): WerkboekContext {
	const bron = findRegio(root, opties.regio);
	const werkboek = loadWerkboek(root);
	const geladen = loadRegio(root, bron, {
		hoofdstukken: hoofdstukSlugs(root),
		delen: werkboek.delen,
	});
	return { root, werkboek, geladen, plan: createBuildPlan(root, werkboek, geladen) };
}
