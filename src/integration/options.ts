import { z } from 'astro/zod';
import { dutchErrorMap, problemsFromZod, WerkboekError } from '../utils/errors.ts';

/**
 * The options of `werkboek()` (src/integration/index.ts), in the style of Starlight's user config:
 * every field documented here. `astro.config.mjs` is the only place that fills them from
 * environment variables (the README lists those); nothing below src/ reads the environment.
 */
export const werkboekOptionsSchema = z
	.object({
		/**
		 * The region folder, relative to the project root or absolute, and inside the project. Without
		 * it: `content/regio/`, else the starter region in `templates/regio/`.
		 * Environment variable: `WERKBOEK_REGIO`.
		 */
		regio: z.string().min(1).optional(),

		/**
		 * Make the PDFs (workbook, worksheets, cards) in a real Chromium after the build. `false` skips
		 * them, for fast builds while writing. Environment variable: `WERKBOEK_PDF=0` turns it off.
		 */
		pdf: z.boolean().default(true),

		/** Which Chromium makes the PDFs (src/utils/chromium.ts). */
		chromium: z
			.object({
				/**
				 * `npm`: only the Chromium of the npm package `@sparticuz/chromium`, also when another browser
				 * is installed. Any other value is refused with a Dutch message when the PDFs are made.
				 * Environment variable: `WERKBOEK_CHROMIUM`.
				 */
				source: z.string().optional(),
				/** This Chrome, Chromium or Edge. Environment variable: `CHROME_PATH`. */
				path: z.string().optional(),
			})
			.strict()
			.prefault({}),

		/** The sidebar (src/starlight/sidebar.ts). */
		sidebar: z
			.object({
				/**
				 * Render the sidebar once and reuse it on every page (src/starlight/Sidebar.astro). Without
				 * it, automatic: reused only above the compact-sidebar limit (`max`), where rendering it on
				 * every page costs (withastro/starlight#2215); below it Starlight renders its own. `true` or
				 * `false` forces either (tests/build/zijbalk.test.ts compares both). Environment variable:
				 * `WERKBOEK_ZIJBALK_CACHE=1` or `0`.
				 */
				cache: z.boolean().optional(),
				/**
				 * Above this many links a page's sidebar shows only its own group in full (compactSidebar).
				 * Without it: SIDEBAR_MAX (250). Environment variable: `WERKBOEK_ZIJBALK_MAX`.
				 */
				max: z.number().int().positive().optional(),
			})
			.strict()
			.prefault({}),

		/** The editing screen at `<base>admin/` (src/integration/cms.ts). */
		cms: z
			.object({
				/**
				 * `owner/name` of the GitHub repository the editing screen commits to. Without it: the
				 * `origin` of the git checkout. Environment variables: `WERKBOEK_REPO`, else
				 * `GITHUB_REPOSITORY` (set by GitHub Actions).
				 */
				repo: z.string().min(1).optional(),
				/** The branch it commits to. Environment variable: `WERKBOEK_BRANCH`. */
				branch: z.string().min(1).default('main'),
				/**
				 * Address of an OAuth service for signing in with GitHub (Sveltia CMS `base_url`).
				 * Environment variable: `WERKBOEK_CMS_OAUTH`.
				 */
				oauthUrl: z.string().min(1).optional(),
			})
			.strict()
			.prefault({}),
	})
	.strict();

/** The options as `astro.config.mjs` writes them. */
export type WerkboekOptionsInput = z.input<typeof werkboekOptionsSchema>;
/** The options with their defaults filled in. */
export type WerkboekOptions = z.output<typeof werkboekOptionsSchema>;

/** Validates the options; a wrong one stops the build with a Dutch message naming the field. */
export function parseWerkboekOptions(invoer: unknown = {}): WerkboekOptions {
	const resultaat = werkboekOptionsSchema.safeParse(invoer ?? {}, { error: dutchErrorMap });
	if (resultaat.success) return resultaat.data;
	throw new WerkboekError(
		'De opties van het werkboek kloppen niet',
		problemsFromZod(resultaat.error.issues, 'astro.config.mjs', () => undefined),
		'verbeter de opties van werkboek() in astro.config.mjs, of de omgevingsvariabele die ze vult (zie de README).'
	);
}
