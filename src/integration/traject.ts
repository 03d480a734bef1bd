import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { WerkboekContext } from '../plan/context.ts';
import type { SidebarItem } from '../plan/plan.ts';

/** Every page slug in the sidebar, in order. */
function slugs(items: SidebarItem[]): string[] {
	return items.flatMap((item) =>
		'slug' in item ? [item.slug] : 'items' in item ? slugs(item.items) : []
	);
}

/**
 * The trajectory ("Het traject"): its steps are ordinary chapters (content/hoofdstukken/traject/),
 * so the sidebar, search and print take them like any chapter. This adds what chapters do not have:
 * a page at `/traject/` listing the overview and the steps, and the printable cards of the facilitator scripts of the
 * balancing acts (`/print/scripts/<act>/`, all at `/print/scripts/`; their PDFs are made with the
 * other cards in src/print/pdf.ts).
 */
export function werkboekTraject(context: WerkboekContext): AstroIntegration {
	const entry = (bestand: string) =>
		fileURLToPath(new URL(`../traject/routes/${bestand}`, import.meta.url));
	const print = (bestand: string) =>
		fileURLToPath(new URL(`../print/routes/${bestand}`, import.meta.url));
	const toontStap = slugs(context.plan.sidebar).some((slug) => slug.startsWith('traject/'));
	return {
		name: 'werkboek:traject',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				if (toontStap)
					injectRoute({ pattern: '/traject', entrypoint: entry('index.astro'), prerender: true });
				injectRoute({
					pattern: '/print/scripts',
					entrypoint: print('scripts.astro'),
					prerender: true,
				});
			},
		},
	};
}
