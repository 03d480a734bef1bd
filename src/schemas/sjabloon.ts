import { z } from 'astro/zod';
import { veldIds, werkbladVeldSchema } from './werkvorm.ts';

/**
 * The steps of the trajectory ("Het traject", content/hoofdstukken/traject/), as chapter slugs.
 * A template names the step it belongs to, so its page links there.
 */
export const TRAJECT_STAPPEN = [
	'traject/overzicht',
	'traject/aanleiding-en-opdracht',
	'traject/intake',
	'traject/voorgesprekken',
	'traject/sessie-1',
	'traject/sessie-2',
	'traject/terugkoppeling',
	'traject/check-na-drie-maanden',
	'traject/jaarritme',
] as const;

/** Lists of the region that a template can use: as bullet list in a text, as list items, as choices. */
export const REGIO_LIJSTEN = ['opgaven', 'partners', 'netwerken'] as const;
export type RegioLijst = (typeof REGIO_LIJSTEN)[number];

const [tekstVeld, schaalVeld, lijstVeld, kwadrantVeld] = werkbladVeldSchema.options;

/** A heading inside the template. */
const kopSchema = z.strictObject({
	type: z.literal('kop'),
	/** The heading's text; may use region data. @example "Wat we van jullie vragen" */
	tekst: z.string().min(1),
});

/**
 * Fixed text of the template. A blank line starts a new paragraph; lines that start with "- " are
 * a bullet list. References to the region's data are filled in at build time: `{regio.naam}`,
 * `{regio.contact.email}` and the other text fields, and, on a line of its own, `{regio.opgaven}`,
 * `{regio.partners}` or `{regio.netwerken}` for a bullet list of those.
 */
const alineaSchema = z.strictObject({
	type: z.literal('alinea'),
	/** @example "Beste collega's,\n\nIn {regio.naam} werken we samen aan {regio.opgaven}." */
	tekst: z.string().min(1),
});

/** A text field; `standaard` fills it in beforehand (may use region data). */
const sjabloonTekstVeld = z.strictObject({
	...tekstVeld.shape,
	/** Text already in the field, which the reader can change. @example "{regio.contact.naam}, {regio.contact.email}" */
	standaard: z.string().min(1).optional(),
	/** In the copied text and the Word file: only the answer, without the label (a letter's salutation or signatures). @example true */
	zonderLabel: z.boolean().default(false),
});

/** A numbered list; `uit` fills its items with a list of the region. */
const sjabloonLijstVeld = z.strictObject({
	...lijstVeld.shape,
	/** Items already in the list. @example ["Welkom en doel", "Ronde: waar staan we?"] */
	standaard: z.array(z.string().min(1)).max(20).optional(),
	/** Fill the items with the region's opgaven, partners or networks (the list grows to fit, up to 20). @example "opgaven" */
	uit: z.enum(REGIO_LIJSTEN).optional(),
	/**
	 * This list is the agenda of that session of the trajectory. The page then links to the session
	 * planner with the session's preset (src/hulpmiddelen/sessieplan.ts, VOORSTELLEN), and the
	 * planner's link "Gebruik in agenda sessie 1" (or 2) opens the page with the planned agenda in the
	 * address, which fills this list: a line per item with clock times and minutes, breaks included.
	 * The reader is asked before their own text is replaced. `standaard` stays what the list holds
	 * before that. At most one list per template. @example "sessie-1"
	 */
	agenda: z.enum(['sessie-1', 'sessie-2']).optional(),
});

/**
 * Checkboxes with the region's partners, networks or opgaven, e.g. who signs an invitation or whom
 * a memo goes to. Without any in the region the reader gets a text field instead.
 */
const keuzeVeld = z.strictObject({
	type: z.literal('keuze'),
	/** Stable name for saved answers; defaults to a slug of the label, as on worksheets. @example "ondertekenaars" */
	id: tekstVeld.shape.id,
	/** @example "Wie ondertekenen de uitnodiging?" */
	label: z.string().min(1),
	hulp: z.string().optional(),
	/** Which list of the region the choices come from. @example "partners" */
	uit: z.enum(REGIO_LIJSTEN),
	/** In the copied text and the Word file: only the answer, without the label (a letter's salutation or signatures). @example true */
	zonderLabel: z.boolean().default(false),
});

/** The block types, for the message about an unknown one. */
export const BLOK_TYPES = [
	'kop',
	'alinea',
	'tekst',
	'lijst',
	'schaal',
	'kwadrant',
	'keuze',
] as const;

/** A block of a template: a heading, fixed text, or a field to fill in (typed like worksheet fields, plus `keuze`). */
export const sjabloonBlokSchema = z.discriminatedUnion(
	'type',
	[
		kopSchema,
		alineaSchema,
		sjabloonTekstVeld,
		z.strictObject({ ...schaalVeld.shape }),
		sjabloonLijstVeld,
		z.strictObject({ ...kwadrantVeld.shape }),
		keuzeVeld,
	],
	{
		error: (issue) => {
			if (issue.code !== 'invalid_union') return undefined;
			const type = (issue.input as { type?: unknown } | undefined)?.type;
			return `${type === undefined ? 'Elk onderdeel heeft een "type" nodig' : `Onbekend type "${String(type)}"`}. Kies uit: ${BLOK_TYPES.join(', ')}.`;
		},
	}
);

export type SjabloonBlok = z.infer<typeof sjabloonBlokSchema>;

/**
 * A template ("sjabloon"): one YAML file in `templates/sjablonen/`, whose file name is its slug
 * (`/sjablonen/<slug>/`). The page on the site, the printed A4 sheet, the copied text and the Word
 * file are all made from this one entry, filled with the region's data.
 */
export const sjabloonSchema = z.strictObject({
	/** Title of the template. @example "Uitnodiging voor de reflectiesessies" */
	titel: z.string().min(1),
	/** What the template is for, in one or two sentences. @example "Nodig partners uit voor twee sessies, ondertekend door de partners die het traject trekken." */
	doel: z.string().min(1),
	/** The step of the trajectory where you use it (chapter slug). @example "traject/voorgesprekken" */
	stap: z.enum(TRAJECT_STAPPEN),
	/** When in that step, in a few words. @example "Zes weken voor sessie 1" */
	wanneer: z.string().min(1),
	/** Who fills it in or uses it. @example "De procesbegeleider, samen met de opdrachtgevers" */
	wie: z.string().min(1),
	/** Order on the overview page (low first). @example 1 */
	volgorde: z.number().int().min(1),
	/** Number of A4 pages the printed template may take. @example 2 */
	paginas: z.number().int().min(1).max(4).default(1),
	/** The template itself, in order: headings, fixed text and fields. At least one field. */
	inhoud: z
		.array(sjabloonBlokSchema)
		.min(1)
		.refine((blokken) => blokken.some((b) => b.type !== 'kop' && b.type !== 'alinea'), {
			message:
				'Een sjabloon heeft minstens één veld om in te vullen (type tekst, lijst, schaal, kwadrant of keuze).',
		})
		.superRefine((blokken, ctx) => {
			// Saved answers are keyed by field id (as on worksheets): two fields must not share one.
			const velden = blokken.flatMap((b, index) =>
				b.type === 'kop' || b.type === 'alinea' ? [] : [{ veld: b, index }]
			);
			const gezien = new Map<string, number>();
			veldIds(velden.map((v) => v.veld)).forEach((id, i) => {
				const eerder = gezien.get(id);
				if (eerder !== undefined && velden[i]!.veld.id) {
					ctx.addIssue({
						code: 'custom',
						path: [velden[i]!.index, 'id'],
						message: `Dit veld heeft dezelfde id ("${id}") als onderdeel ${eerder + 1}; bewaarde antwoorden lopen dan door elkaar. Geef een van beide een eigen 'id'.`,
					});
				} else gezien.set(id, velden[i]!.index);
			});
			// The planner fills one agenda list; a second would be left empty without a word.
			const agendas = blokken.flatMap((b, index) =>
				b.type === 'lijst' && b.agenda ? [index] : []
			);
			for (const index of agendas.slice(1)) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'agenda'],
					message: `Alleen één lijst in een sjabloon kan de agenda uit de sessieplanner krijgen; onderdeel ${agendas[0]! + 1} heeft al 'agenda'. Haal 'agenda' hier weg.`,
				});
			}
		}),
});

export type Sjabloon = z.infer<typeof sjabloonSchema>;
