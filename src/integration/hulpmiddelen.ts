import type { AstroIntegration } from 'astro';

const VIRTUAL_PRINTROUTES = 'virtual:werkboek/printroutes';

/**
 * Sidebar links to the browser tools. Root-relative on purpose: Starlight prefixes sidebar `link`
 * items with the base path itself (utils/navigation.js → formatPath), so adding it here would
 * double it under a base path such as /werkboek/.
 */
export function hulpmiddelenGroep() {
	return {
		label: 'Hulpmiddelen',
		items: [
			{ label: 'Werkvormen zoeken', link: '/werkvormen/' },
			{ label: 'Balansmeter invullen', link: '/balansmeter/' },
			{ label: 'Sessieplanner', link: '/sessieplanner/' },
		],
	};
}

/** The finder's link at the top of the Werkvormen group (root-relative, see above). */
export function werkvormenZoeken() {
	return { label: 'Alle werkvormen zoeken', link: '/werkvormen/' };
}

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
						plugins: [
							{
								name: 'werkboek:hulpmiddelen',
								resolveId(id) {
									return id === VIRTUAL_PRINTROUTES ? `\0${id}` : undefined;
								},
								load(id) {
									if (id !== `\0${VIRTUAL_PRINTROUTES}`) return undefined;
									// Patterns such as "/print/werkbladen/[slug]", without the base path.
									return `export const printroutes = ${JSON.stringify(printroutes)};`;
								},
							},
						],
					},
				});
			},
		},
	};
}
