import type { WerkboekContext } from './context.ts';

/**
 * Where the build keeps its loaded region and build plan (context.ts). Astro evaluates
 * `astro.config.mjs` and `src/content.config.ts` in separate module graphs of one process, so a
 * cache in a module would be two caches: the region would be read and validated twice, and the
 * content config would load all of that code again (measured: a third of a second of a
 * 50-chapter build). This module has no imports, so the content config can read the context
 * the integration left here and load context.ts only when it runs without it.
 */
const SLEUTEL = Symbol.for('regiowerkboek.context');
type Bewaard = { sleutel: string; context: WerkboekContext };
type MetOpslag = typeof globalThis & { [SLEUTEL]?: Map<string, Bewaard> };

function opslag(): Map<string, Bewaard> {
	const g = globalThis as MetOpslag;
	return (g[SLEUTEL] ??= new Map());
}

export function bewaarContext(root: string, sleutel: string, context: WerkboekContext): void {
	opslag().set(root, { sleutel, context });
}

/** The context last loaded for `root`, with the key it was loaded under (region file and its time). */
export function bewaardeContext(root: string): Bewaard | undefined {
	return opslag().get(root);
}
