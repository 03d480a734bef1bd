import type { AstroIntegration } from 'astro';
import { printroutesModule, VIRTUAL, virtualModules } from './virtual.ts';

/**
 * The browser tools (worksheets, Balansmeter, group view, session planner, finder) are ordinary
 * pages in src/pages/. This integration only finds out, from the resolved routes, whether the
 * print pages of worksheets and facilitator cards exist, so the planner's printed bundle links
 * to them when they do (they belong to the print feature, src/integration/print.ts).
 *
 * In the dev server it also keeps `docx` out of Vite's dependency pre-bundling. The template pages
 * load it only when a reader asks for a Word file (a dynamic import in src/elements/sjabloon-acties.ts),
 * but Vite's scan finds that import and bundled all of docx (1 MB of source, 4 MB with its source
 * map) at every cold start of `astro dev`, next to the first page. Its ESM file is one
 * self-contained bundle (its own dependencies inlined), so the browser can load it as it is, and
 * only when it is needed. Dev only: a build bundles it as before.
 */
export function werkboekHulpmiddelen(): AstroIntegration {
	const printroutes: { werkblad?: string; kaart?: string } = {};
	return {
		name: 'werkboek:hulpmiddelen',
		hooks: {
			'astro:routes:resolved': ({ routes }) => {
				// Each sheet's own page is derived from its bundle (src/print/vel-paginas.ts).
				for (const route of routes) {
					if (/^\/print\/werkbladen\/?$/.test(route.pattern))
						printroutes.werkblad = '/print/werkbladen/[slug]';
					if (/^\/print\/kaarten\/?$/.test(route.pattern))
						printroutes.kaart = '/print/kaarten/[slug]';
				}
			},
			'astro:config:setup': ({ updateConfig, command }) => {
				updateConfig({
					vite: {
						...(command === 'dev' ? { optimizeDeps: { exclude: ['docx'] } } : {}),
						plugins: [
							virtualModules('werkboek:hulpmiddelen', {
								[VIRTUAL.printroutes]: () => printroutesModule(printroutes),
							}),
						],
					},
				});
			},
		},
	};
}
