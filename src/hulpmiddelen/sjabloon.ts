import * as z from 'zod/mini';
import { controleerEnvelop, plek, weiger, type Gelezen } from './bestand.ts';
import { SJABLOON_FORMAAT, SJABLOON_VERSIE } from './formaten.ts';
import { isLeeg, passend, type Antwoorden, type VeldVorm } from './werkblad.ts';

export { SJABLOON_FORMAAT, SJABLOON_VERSIE, isLeeg };

/**
 * The answers of one filled-in template (sjabloon, /sjablonen/<slug>/), as stored in localStorage
 * and as exported to a file. The same rules as a worksheet (src/hulpmiddelen/werkblad.ts): answers
 * keyed by the field's position ("0", "1", ...) among the template's fields, typed values (text,
 * list of items, scale step, four grid cells), plus `keuze`: the values of the ticked choices
 * (partner ids, network names or opgave titles). Only the marker differs.
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
	antwoorden: Antwoorden;
}

const tekst = z.string().check(z.maxLength(20_000));

const v1 = z.strictObject({
	formaat: z.literal(SJABLOON_FORMAAT),
	versie: z.literal(SJABLOON_VERSIE),
	sjabloon: z.string().check(z.regex(/^[a-z0-9-]{1,100}$/)),
	opgeslagen: z.optional(z.string().check(z.maxLength(40))),
	antwoorden: z.record(
		z.string().check(z.regex(/^\d{1,3}$/)),
		// Lists and grids hold up to 20 items; choices up to 500 (a region with many partners).
		z.union([tekst, z.array(tekst).check(z.maxLength(500)), z.int().check(z.minimum(1), z.maximum(11))]),
	),
});

/**
 * Validates a stored or imported template for the template `slug` with fields `velden`. Answers
 * that do not fit a field (an edited template) are dropped. Refusals are Dutch sentences.
 */
export function leesSjabloon(data: unknown, slug: string, velden: readonly VeldVorm[]): Gelezen<SjabloonBestand> {
	const env = controleerEnvelop(data, SJABLOON_FORMAAT, SJABLOON_VERSIE, 'dit sjabloon');
	if (!env.ok) return env;
	const gelezen = v1.safeParse(data);
	if (!gelezen.success) return weiger(`De inhoud van dit bestand klopt niet${plek(gelezen.error.issues[0]?.path ?? [])}.`);
	const bestand = gelezen.data as SjabloonBestand;
	if (bestand.sjabloon !== slug) return weiger(`Dit bestand hoort bij een ander sjabloon ("${bestand.sjabloon}").`);
	return { ok: true, data: { ...bestand, antwoorden: passend(bestand.antwoorden, velden) } };
}
