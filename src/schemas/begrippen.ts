import { z } from 'astro/zod';

/**
 * One term of the glossary (`content/begrippen.yaml`). The same data renders the glossary page and
 * drives the build's links to it and its warnings about spellings we do not use
 * (src/remark/begrippen.ts).
 */
export const begripSchema = z
	.strictObject({
		/** The term as its entry is titled. @example "Zorgkantoorregio" */
		term: z.string().trim().min(1),
		/** Anchor on the glossary page, without `#`; by default made from the term. Never change an existing one: chapters link to it. */
		anker: z
			.string()
			.regex(
				/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
				'Een anker bestaat uit kleine letters, cijfers en koppeltekens, bijvoorbeeld "wmo-2015".'
			)
			.optional(),
		/** Other forms of the same term that the build links too: plural, full name, abbreviation. @example ["zorgkantoorregio's"] */
		vormen: z.array(z.string().trim().min(1)).default([]),
		/** Spellings we do not use: the build warns about them and a test fails. @example ["democratisch gat"] */
		varianten: z.array(z.string().trim().min(1)).default([]),
		/** Why the variants are not used; required when there are variants. */
		reden: z.string().trim().min(1).optional(),
		/** `false`: never link this term automatically (ordinary words such as "ruimte"). */
		koppelen: z.boolean().default(true),
		/** Short explanation for the tooltip; by default the first sentence of `uitleg`. Plain text. */
		kort: z.string().trim().min(1).optional(),
		/** The explanation in plain Dutch (Markdown; root-relative links, as in chapters). */
		uitleg: z.string().trim().min(1),
	})
	.refine((b) => b.varianten.length === 0 || b.reden !== undefined, {
		message:
			'Dit begrip heeft varianten maar geen reden. Schrijf in "reden" waarom we die schrijfwijzen niet gebruiken.',
		path: ['reden'],
	});

export const begrippenSchema = z.array(begripSchema).min(1);

export type BegripInvoer = z.infer<typeof begripSchema>;
