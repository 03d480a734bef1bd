import { existsSync, statSync } from 'node:fs';
import { laadRegio, vindRegio, type GeladenRegio } from '../regio/load.ts';
import { bewaardeContext, bewaarContext } from './context-store.ts';
import { hoofdstukSlugs, laadWerkboek, PROJECT_ROOT } from './paths.ts';
import { maakBouwPlan, type BouwPlan } from './plan.ts';

export interface WerkboekContext {
	root: string;
	geladen: GeladenRegio;
	plan: BouwPlan;
}

/**
 * Loads the region and works out the build plan. Both `astro.config.mjs` (through the
 * integration) and `src/content.config.ts` need it; the result is kept per project root and region
 * file (context-store.ts), so a build reads and validates the region once.
 */
export function werkboekContext(root: string = PROJECT_ROOT): WerkboekContext {
	const bron = vindRegio(root);
	// The modification time is part of the key so `astro dev` picks up edits of the region file.
	const sleutel = `${root}\0${bron.bestand}\0${existsSync(bron.bestand) ? statSync(bron.bestand).mtimeMs : 0}`;
	const bewaard = bewaardeContext(root);
	if (bewaard?.sleutel === sleutel) return bewaard.context;
	const werkboek = laadWerkboek(root);
	const geladen = laadRegio(root, bron, { hoofdstukken: hoofdstukSlugs(root), delen: werkboek.delen });
	const context = { root, geladen, plan: maakBouwPlan(root, werkboek, geladen) };
	bewaarContext(root, sleutel, context);
	return context;
}
