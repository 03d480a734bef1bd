import type { AstroIntegration } from 'astro';
import { printroutesModule, VIRTUAL, virtualModules } from './virtual.ts';

/**
 * The browser tools (worksheets, Balansmeter, group view, session planner, finder) are ordinary
 * pages in src/pages/. This integration only finds out, from the resolved routes, whether the
 * print routes for worksheets and facilitator cards exist, so the planner's printed bundle links
 * to them when they do (they belong to the print feature, src/integration/print.ts).
 */
export function werkboekHulpmiddelen(): AstroIntegration {
	const printroutes: { werkblad?: string; kaart?: string } = {};
	return {
		name: 'werkboek:hulpmiddelen',
		hooks: {
			'astro:routes:resolved': ({ routes }) => {
				for (const route of routes) {
					if (/^\/print\/werkblad(en)?\/\[slug\]\/?$/.test(route.pattern)) printroutes.werkblad = route.pattern;
					if (/^\/print\/kaart(en)?\/\[slug\]\/?$/.test(route.pattern)) printroutes.kaart = route.pattern;
				}
			},
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [virtualModules('werkboek:hulpmiddelen', { [VIRTUAL.printroutes]: () => printroutesModule(printroutes) })],
					},
				});
			},
		},
	};
}
