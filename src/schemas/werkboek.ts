import { z } from 'astro/zod';

/** Structure of the upstream workbook (`content/werkboek.yaml`): sidebar parts and chapter order. */
export const werkboekSchema = z.strictObject({
	delen: z
		.array(
			z.strictObject({
				/** Sidebar group label. @example "Aan de slag" */
				label: z.string().min(1),
				/** Chapter slugs in reading order. @example ["welkom", "waarom-stilstaan"] */
				hoofdstukken: z.array(z.string().min(1)).min(1),
			})
		)
		.min(1),
});

export type Werkboek = z.infer<typeof werkboekSchema>;
