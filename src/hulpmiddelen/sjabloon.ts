import * as z from 'zod/mini';
import { controleerEnvelop, plek, weiger, type Gelezen } from './bestand.ts';
import { SJABLOON_FORMAAT, SJABLOON_VERSIE } from './formaten.ts';
import type { Antwoorden } from './werkblad.ts';

export { SJABLOON_FORMAAT, SJABLOON_VERSIE };

/**
 * The answers of one filled-in template (sjabloon, /sjablonen/<slug>/), as stored in localStorage
 * and as exported to a file. The same rules as a worksheet version 3 (src/hulpmiddelen/werkblad.ts):
 * answers keyed by the field's stable id (its `id` in templates/sjablonen/<slug>.yaml, else a slug
 * of its label), typed values (text, list of items, scale step, four grid cells), and `vragen`, the
 * question of each answer when saved; answers whose field is gone are kept and shown (`verdeel`).
 * Plus `keuze`: the values of the ticked choices (partner ids, network names or opgave titles).
 * Only the marker differs from a worksheet's.
 *
 * Versions:
 * - 1 (current).
 */
export interface SjabloonBestand {
	formaat: typeof SJABLOON_FORMAAT;
	versie: typeof SJABLOON_VERSIE;
	/** Slug of the template, e.g. "uitnodiging". */
	sjabloon: string;
	/** When the answers were last saved (ISO 8601). */
	opgeslagen?: string | undefined;
	/** Answers by field id. */
	antwoorden: Antwoorden;
	/** The question of each answer when it was saved, by field id. */
	vragen?: Record<string, string> | undefined;
}

const tekst = z.string().check(z.maxLength(20_000));
const veldSleutel = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/));

const v1 = z.strictObject({
	formaat: z.literal(SJABLOON_FORMAAT),
	versie: z.literal(SJABLOON_VERSIE),
	sjabloon: z.string().check(z.regex(/^[a-z0-9-]{1,100}$/)),
	opgeslagen: z.optional(z.string().check(z.maxLength(40))),
	antwoorden: z
		.record(
			veldSleutel,
			// Lists and grids hold up to 20 items; choices up to 500 (a region with many partners).
			z.union([
				tekst,
				z.array(tekst).check(z.maxLength(500)),
				z.int().check(z.minimum(1), z.maximum(11)),
			])
		)
		.check(z.refine((a) => Object.keys(a).length <= 200, 'te veel antwoorden')),
	vragen: z.optional(z.record(veldSleutel, z.string().check(z.maxLength(2_000)))),
});

/**
 * Validates a stored or imported file of the template `slug`. Which answers fit a field is up to
 * `verdeel` (src/hulpmiddelen/werkblad.ts), as for worksheets. Refusals are Dutch sentences.
 */
export function leesSjabloon(data: unknown, slug: string): Gelezen<SjabloonBestand> {
	const env = controleerEnvelop(data, SJABLOON_FORMAAT, SJABLOON_VERSIE, 'dit sjabloon');
	if (!env.ok) return env;
	const gelezen = v1.safeParse(data);
	if (!gelezen.success)
		return weiger(
			`De inhoud van dit bestand klopt niet${plek(gelezen.error.issues[0]?.path ?? [])}.`
		);
	const bestand = gelezen.data as SjabloonBestand;
	if (bestand.sjabloon !== slug)
		return weiger(`Dit bestand hoort bij een ander sjabloon ("${bestand.sjabloon}").`);
	return { ok: true, data: bestand };
}
