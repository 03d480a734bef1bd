import { z } from 'astro/zod';

/**
 * The trajectory ("Het traject"): a route of about ten weeks from the first question to the
 * follow-up, plus the yearly rhythm after it. Each step is a chapter in
 * `content/hoofdstukken/traject/` with typed `stap` frontmatter; the facilitator scripts for the
 * five balancing acts are data files in `content/scripts/`.
 */

/** Slugs of the templates ("sjablonen"), pages at `/sjablonen/<slug>/`. Fixed across the project. */
export const SJABLOON_SLUGS = [
	'uitnodiging',
	'belscript-voorgesprek',
	'verslag-voorgesprek',
	'agenda-sessie-1',
	'agenda-sessie-2',
	'verslag-en-besluitenlijst',
	'terugkoppeling-deelnemers',
	'notitie-bestuurders-en-raden',
	'planning-en-begroting',
	'evaluatie-na-drie-maanden',
] as const;
export type SjabloonSlug = (typeof SJABLOON_SLUGS)[number];

/** Readable names of the templates, for links on the step pages. */
export const SJABLOON_TITELS: Record<SjabloonSlug, string> = {
	uitnodiging: 'Uitnodiging',
	'belscript-voorgesprek': 'Belscript voor een voorgesprek',
	'verslag-voorgesprek': 'Verslag van een voorgesprek',
	'agenda-sessie-1': 'Agenda sessie 1',
	'agenda-sessie-2': 'Agenda sessie 2',
	'verslag-en-besluitenlijst': 'Verslag en besluitenlijst',
	'terugkoppeling-deelnemers': 'Terugkoppeling aan deelnemers',
	'notitie-bestuurders-en-raden': 'Notitie voor bestuurders en raden',
	'planning-en-begroting': 'Plannings- en begrotingsblad',
	'evaluatie-na-drie-maanden': 'Evaluatie na drie maanden',
};

/** Slugs of the steps, in the order of the trajectory (chapter slugs without `traject/`). */
export const STAP_SLUGS = [
	'overzicht',
	'aanleiding-en-opdracht',
	'intake',
	'voorgesprekken',
	'sessie-1',
	'sessie-2',
	'terugkoppeling',
	'check-na-drie-maanden',
	'jaarritme',
] as const;
export type StapSlug = (typeof STAP_SLUGS)[number];

/**
 * A step of the trajectory: typed frontmatter `stap` of a chapter in `content/hoofdstukken/traject/`.
 * The step page shows these facts in a box at the top (`<StapKop />`) and lists the templates and
 * working methods (`<StapMaterialen />`); the overview (`<TrajectStappen />`) lists every step.
 *
 * @example
 * stap:
 *   nummer: 2
 *   weken:
 *     van: 2
 *     tot: 3
 *   duur: Een gesprek van anderhalf uur, plus een uur voorbereiden.
 *   wie: [De opdrachtgevers, De begeleider]
 *   opbrengst: [Een opdracht op één A4]
 *   sjablonen: [planning-en-begroting]
 *   werkvormen: [belangenkaart]
 */
export const stapSchema = z.strictObject({
	/** Place in the trajectory, 1 for the first step. The overview sorts by it. */
	nummer: z.number().int().min(1).max(20),
	/** The weeks of the trajectory in which this step happens; absent for the yearly rhythm. */
	weken: z
		.strictObject({
			/** First week. @example 3 */
			van: z.number().int().min(1).max(60),
			/** Last week; the same as `van` for a step of one week. @example 6 */
			tot: z.number().int().min(1).max(60),
		})
		.refine((w) => w.tot >= w.van, {
			message: 'De laatste week (tot) komt voor de eerste (van). Zet tot gelijk aan of na van.',
		})
		.optional(),
	/** When, in words, where weeks do not say it (the yearly rhythm). @example "Elk jaar, in het voorjaar en het najaar" */
	wanneer: z.string().min(1).optional(),
	/** How long it takes, in words. @example "Een middag van drie uur, plus een dag voorbereiden." */
	duur: z.string().min(1),
	/** Who takes part. @example ["De opdrachtgevers", "De begeleider"] */
	wie: z.array(z.string().min(1)).min(1),
	/** What the step yields. @example ["Een opdracht op één A4"] */
	opbrengst: z.array(z.string().min(1)).min(1),
	/** Templates for this step, by slug. */
	sjablonen: z.array(z.enum(SJABLOON_SLUGS)).default([]),
	/** Working methods for this step: slugs of `content/werkvormen/` without the folder. @example ["balansmeter"] */
	werkvormen: z
		.array(
			z.string().regex(/^[a-z0-9-]+$/, 'Schrijf de slug van de werkvorm, bijvoorbeeld balansmeter.')
		)
		.default([]),
});

export type Stap = z.infer<typeof stapSchema>;

const vraag = z.string().min(10, 'Schrijf een hele vraag.');

/**
 * The facilitator's script for one balancing act: a data file `content/scripts/<act-id>.yaml`.
 * The act's page shows it (`<ActScript act="..." />`) and it prints as a one-page card
 * (`/print/scripts/<act-id>/`, `/pdf/scripts/<act-id>.pdf`), both from this one source.
 *
 * @example
 * opening: Vandaag kijken we naar ...
 * poolA: [Vraag 1?, Vraag 2?, Vraag 3?]
 * poolB: [Vraag 1?, Vraag 2?, Vraag 3?]
 * slotvraag: Wat nemen we mee?
 */
export const actScriptSchema = z.strictObject({
	/** A short text the facilitator reads aloud to open the conversation (at most about 120 words). */
	opening: z
		.string()
		.min(40, 'De openingstekst is te kort: schrijf een paar zinnen om voor te lezen.')
		.max(900, 'De openingstekst is te lang voor één kaart: houd hem onder de 900 tekens.'),
	/** Three follow-up questions for the first pole of the act (`poolA` in src/schemas/balanceeracts.ts). */
	poolA: z.tuple([vraag, vraag, vraag]),
	/** Three follow-up questions for the second pole (`poolB`). */
	poolB: z.tuple([vraag, vraag, vraag]),
	/** One question to close the conversation. */
	slotvraag: vraag,
});

export type ActScript = z.infer<typeof actScriptSchema>;
