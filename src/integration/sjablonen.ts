import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * The templates (sjablonen) and the facilitator's "draaiboek": the print routes of the templates
 * (`/print/sjablonen/`, `/print/sjablonen/<slug>/`) and of the whole trajectory
 * (`/print/traject/`), which the PDF build turns into pdf/sjablonen/<slug>.pdf and pdf/traject.pdf
 * (src/print/pdf.ts). The pages at /sjablonen/ are ordinary pages in src/pages/sjablonen/; the
 * sidebar group comes from the build plan (src/sjablonen/sidebar.ts), the content collection from
 * src/content.config.ts.
 */
export function werkboekSjablonen(): AstroIntegration {
	const entry = (bestand: string) =>
		fileURLToPath(new URL(`../print/routes/${bestand}`, import.meta.url));
	return {
		name: 'werkboek:sjablonen',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({
					pattern: '/print/sjablonen',
					entrypoint: entry('sjablonen.astro'),
					prerender: true,
				});
				injectRoute({
					pattern: '/print/traject',
					entrypoint: entry('traject.astro'),
					prerender: true,
				});
			},
		},
	};
}
