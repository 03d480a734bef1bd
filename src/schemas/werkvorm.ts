import { z } from 'astro/zod';
import { BALANCEERACT_IDS, FASEN, INZICHT_IDS } from './balanceeracts.ts';

/**
 * Stable name of a worksheet field for answers that readers saved on their device. Defaults to a
 * slug of the label (see `veldId`); set it when you reword a question and its saved answers should
 * stay with it. @example "wat-gaat-goed"
 */
const veldIdSchema = z
	.string()
	.regex(
		/^[a-z0-9][a-z0-9-]{0,59}$/,
		'Gebruik kleine letters, cijfers en streepjes (maximaal 60 tekens).'
	)
	.optional();

/**
 * A field on the participant worksheet ("werkblad") of a working method.
 * The same definition renders the fill-in form on the site and the printed sheet.
 */
export const werkbladVeldSchema = z.discriminatedUnion('type', [
	z.object({
		type: z.literal('tekst'),
		id: veldIdSchema,
		/** Question or prompt shown above the writing space. @example "Wat gaat goed in onze samenwerking?" */
		label: z.string().min(1),
		/** Optional hint below the label. */
		hulp: z.string().optional(),
		/** Number of handwriting lines on the printed sheet. */
		regels: z.number().int().min(1).max(30).default(4),
	}),
	z.object({
		type: z.literal('schaal'),
		id: veldIdSchema,
		label: z.string().min(1),
		hulp: z.string().optional(),
		/** Left pole of the scale. @example "Maatschappelijke inbedding" */
		links: z.string().min(1),
		/** Right pole of the scale. @example "Institutionele borging" */
		rechts: z.string().min(1),
		/** Number of steps on the scale. */
		stappen: z.number().int().min(3).max(11).default(7),
	}),
	z.object({
		type: z.literal('lijst'),
		id: veldIdSchema,
		label: z.string().min(1),
		hulp: z.string().optional(),
		/** Number of list items on the printed sheet. */
		items: z.number().int().min(1).max(20).default(5),
	}),
	z.object({
		type: z.literal('kwadrant'),
		id: veldIdSchema,
		label: z.string().min(1),
		hulp: z.string().optional(),
		/** The four cells, in reading order: top left, top right, bottom left, bottom right. */
		vakken: z.tuple([z.string(), z.string(), z.string(), z.string()]),
		/** Optional axis labels. */
		assen: z.object({ horizontaal: z.string(), verticaal: z.string() }).partial().optional(),
	}),
]);

export type WerkbladVeld = z.infer<typeof werkbladVeldSchema>;

/** A slug of a worksheet field's label ("Wat gaat goed?" → "wat-gaat-goed"), at most 60 characters. */
function labelSlug(label: string): string {
	const slug = label
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return (slug.length > 60 ? slug.slice(0, 60).replace(/-[^-]*$/, '') : slug) || 'veld';
}

/**
 * The stable ids of a worksheet's fields: each field's `id`, else a slug of its label ("Wat gaat
 * goed?" → "wat-gaat-goed"); a label that repeats gets "-2", "-3"… in order. Saved answers are keyed
 * by these ids (src/hulpmiddelen/werkblad.ts), so inserting, removing or reordering fields never
 * moves an answer to another question.
 */
export function veldIds(
	velden: readonly (Pick<WerkbladVeld, 'label'> & { id?: string | undefined })[]
): string[] {
	const gezien = new Map<string, number>();
	return velden.map((veld) => {
		if (veld.id) return veld.id;
		const slug = labelSlug(veld.label);
		const n = (gezien.get(slug) ?? 0) + 1;
		gezien.set(slug, n);
		return n === 1 ? slug : `${slug}-${n}`;
	});
}

/** One step of a working method. The minutes of all steps add up to `duur`. */
export const stapSchema = z.object({
	/** Short name of the step. @example "Alleen nadenken" */
	titel: z.string().min(1),
	/** Minutes this step takes. */
	minuten: z.number().int().min(1),
	/** What the facilitator and participants do in this step. */
	beschrijving: z.string().min(1),
});

/**
 * A working method ("werkvorm"): typed frontmatter of a page in `content/werkvormen/`.
 * From one entry the project renders the web page, the participant worksheet and the
 * facilitator card.
 */
export const werkvormSchema = z
	.object({
		/** What the working method is for, in one or two sentences. */
		doel: z.string().min(1),
		/** Total duration in minutes; equals the sum of the step minutes. */
		duur: z.number().int().min(1),
		/** Group size. @example { min: 4, max: 30 } */
		groep: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }),
		/** Materials to bring. @example ["A3-vellen", "stiften"] */
		materialen: z.array(z.string().min(1)).min(1),
		/** Room set-up. @example "Tafels voor vier personen, een lege wand" */
		opstelling: z.string().min(1),
		/** What to prepare before the session. */
		voorbereiding: z.array(z.string().min(1)).min(1),
		/** Session phases this method fits. */
		fase: z.array(z.enum(FASEN)).min(1),
		/** Balancing acts this method serves (ids from `src/schemas/balanceeracts.ts`). */
		balanceeracts: z.array(z.enum(BALANCEERACT_IDS)).default([]),
		/** Insights from practice this method serves. */
		inzichten: z.array(z.enum(INZICHT_IDS)).default([]),
		/** Chapters this method belongs with (chapter slugs, e.g. "waarom-stilstaan"). */
		hoofdstukken: z.array(z.string().min(1)).default([]),
		/** Steps with minutes. */
		stappen: z.array(stapSchema).min(2),
		/** Tips for the facilitator. */
		tips: z.array(z.string().min(1)).min(1),
		/** Pitfalls to avoid. */
		valkuilen: z.array(z.string().min(1)).min(1),
		/** Variants for other settings. */
		varianten: z.object({
			/** How to run it online or hybrid. */
			online: z.string().min(1),
			/** How to run it with a large group. */
			groteGroep: z.string().min(1),
		}),
		/** Where the method comes from, credited on the page and on the sources page. */
		bron: z
			.object({
				naam: z.string().min(1),
				url: z.url().optional(),
				licentie: z.string().optional(),
			})
			.optional(),
		/** The participant worksheet, when participants write. */
		werkblad: z
			.object({
				/** Short instruction at the top of the sheet. */
				instructie: z.string().min(1),
				/** Number of A4 pages the printed sheet may take. */
				paginas: z.number().int().min(1).max(4).default(1),
				velden: z.array(werkbladVeldSchema).min(1),
			})
			.optional(),
	})
	.superRefine((werkvorm, ctx) => {
		const gezien = new Map<string, number>();
		veldIds(werkvorm.werkblad?.velden ?? []).forEach((id, index) => {
			const eerder = gezien.get(id);
			if (eerder !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['werkblad', 'velden', index, 'id'],
					message: `Dit veld heeft hetzelfde id ("${id}") als veld ${eerder + 1} van het werkblad; dan lopen bewaarde antwoorden door elkaar. Geef een van beide een eigen id.`,
				});
			}
			gezien.set(id, index);
		});
		const som = werkvorm.stappen.reduce((totaal, stap) => totaal + stap.minuten, 0);
		if (som !== werkvorm.duur) {
			ctx.addIssue({
				code: 'custom',
				path: ['stappen'],
				message: `De minuten van de stappen tellen op tot ${som}, maar 'duur' is ${werkvorm.duur}. Pas de minuten of de duur aan zodat ze gelijk zijn.`,
			});
		}
		if (werkvorm.groep.max < werkvorm.groep.min) {
			ctx.addIssue({
				code: 'custom',
				path: ['groep', 'max'],
				message: `'groep.max' (${werkvorm.groep.max}) is kleiner dan 'groep.min' (${werkvorm.groep.min}). Maak max minstens zo groot als min.`,
			});
		}
	});

export type Werkvorm = z.infer<typeof werkvormSchema>;
