import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
	patronen,
	projectRoot,
	regioMap,
	regioPaginas,
	root,
	sjablonenVerbergen,
} from 'virtual:werkboek/collecties';
import { slugForFile } from './plan/slugs.ts';
import { actScriptSchema, stapSchema } from './schemas/traject.ts';
import { werkvormSchema } from './schemas/werkvorm.ts';
import { sjabloonSchema } from './schemas/sjabloon.ts';
import { SJABLONEN_DIR } from './sjablonen/load.ts';
import { laadMetingen } from './regio/metingen.ts';

// The integration (src/integration/index.ts) has loaded the region and made the build plan once;
// what the collections need of it comes from there as a virtual module (src/integration/virtual.ts),
// so the region is not read again here and none of that code is loaded for the content config.
// The loaders' folders are absolute (projectRoot): Astro's root is not always the project, see
// WERKBOEK_BOUWMAP in astro.config.mjs.
/** A folder of the project, for a loader's `base`. */
const projectMap = (pad: string) => new URL(pad, projectRoot);

/**
 * One Starlight `docs` collection for the whole workbook: the home page and chapters from
 * `content/`, the working methods from `content/werkvormen/` and the region's own pages.
 * Pages the region hides or replaces are excluded by the build plan's patterns.
 * Working methods are told apart by their typed `werkvorm` frontmatter field.
 */
export const collections = {
	/** Dutch UI strings that Starlight does not translate itself (search, heading anchors). */
	i18n: defineCollection({
		// Starlight's own place for UI strings: src/content/i18n/nl.json.
		loader: i18nLoader(),
		schema: i18nSchema(),
	}),
	/** The facilitator scripts of the five balancing acts, one YAML file per act (schemas/traject.ts). */
	scripts: defineCollection({
		loader: glob({ base: projectMap('content/scripts/'), pattern: '*.yaml' }),
		schema: actScriptSchema,
	}),
	docs: defineCollection({
		loader: glob({
			base: projectMap('./'),
			pattern: patronen,
			generateId: ({ entry }) => slugForFile(entry, regioPaginas),
		}),
		schema: docsSchema({
			extend: z.object({
				/** Present on working methods only. */
				werkvorm: werkvormSchema.optional(),
				/** Present on the steps of the trajectory (content/hoofdstukken/traject/) only. */
				stap: stapSchema.optional(),
			}),
		}),
	}),
	/**
	 * The templates (sjablonen): one YAML file each in templates/sjablonen/, id = file name. The
	 * ones the region hides (`sjablonen.verbergen`) are not loaded. Pages: src/pages/sjablonen/.
	 * Checked with file, line and Dutch messages before the build starts (src/sjablonen/load.ts).
	 */
	sjablonen: defineCollection({
		loader: glob({
			base: projectMap(`${SJABLONEN_DIR}/`),
			pattern: ['*.{yaml,yml}', ...sjablonenVerbergen.map((slug) => `!${slug}.{yaml,yml}`)],
		}),
		schema: sjabloonSchema,
	}),
	/**
	 * The region's measurements (`<region folder>/metingen/*.json`, saved with "Bewaar groepsbeeld"),
	 * for /balans-door-de-tijd/. Checked with Dutch messages naming file and field by
	 * src/regio/metingen.ts, which stops the build on a broken or non-anonymous file.
	 */
	metingen: defineCollection({
		loader: {
			name: 'werkboek-metingen',
			load: async ({ store }) => {
				store.clear();
				for (const { id, ...meting } of laadMetingen(root, regioMap))
					store.set({ id, data: meting });
			},
		},
	}),
};
