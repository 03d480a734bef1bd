import { z } from 'astro/zod';
import { BALANCEERACT_IDS } from './balanceeracts.ts';
import {
	BELANGHEBBENDE_IDS,
	METING_FORMAAT,
	METING_VERSIE,
	STAPPEN,
} from '../hulpmiddelen/formaten.ts';

/**
 * A measurement ("meting"): the anonymous group picture of one Balansmeter session, saved with
 * "Bewaar groepsbeeld" on /balansmeter/groep/ and put by a region in `content/regio/metingen/`.
 * The page /balans-door-de-tijd/ shows how the picture moves from measurement to measurement.
 *
 * Version 1:
 * - `datum`: the day of the session, YYYY-MM-DD;
 * - `label`: what the measurement is, e.g. "Sessie 1, najaar 2026" (no names of people);
 * - `deelnemers`: number of participants per stakeholder group, `geen` for those who chose none;
 * - `acts`: per balancing act the distribution of positions: `nu` and `straks` each a list of
 *   seven counts, how many participants chose step 1, 2, … 7;
 * - `voorbeeld`: true for invented example measurements (the demo region), shown as such.
 *
 * A measurement must stay anonymous: names and notes are refused (strict objects, and a separate
 * message for the fields a participant file has and a measurement must not).
 */
export { METING_FORMAAT, METING_VERSIE };

/** Fields of a participant's Balansmeter that must never be in a measurement. */
export const PERSOONLIJKE_VELDEN = [
	'naam',
	'namen',
	'notitie',
	'notities',
	'deelnemer',
	'posities',
];

const aantal = z.number().int().min(0).max(10_000);
const verdeling = z.array(aantal).length(STAPPEN, {
	message: `Hier horen precies ${STAPPEN} aantallen: hoeveel deelnemers stap 1, 2, … ${STAPPEN} kozen.`,
});

export const metingSchema = z.strictObject({
	formaat: z.literal(METING_FORMAAT, {
		message: `Dit is geen meting: "formaat" moet "${METING_FORMAAT}" zijn.`,
	}),
	versie: z.literal(METING_VERSIE, {
		message: `Deze site kent metingen van versie ${METING_VERSIE}. Maak het bestand opnieuw met "Bewaar groepsbeeld".`,
	}),
	datum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
		message: 'Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-11-03.',
	}),
	label: z.string().trim().min(1).max(80),
	voorbeeld: z.boolean().optional(),
	deelnemers: z.partialRecord(z.enum([...BELANGHEBBENDE_IDS, 'geen']), aantal),
	acts: z.partialRecord(
		z.enum(BALANCEERACT_IDS),
		z.strictObject({ nu: verdeling, straks: verdeling })
	),
});

export type Meting = z.infer<typeof metingSchema>;

/** Total number of participants of a measurement. */
export const aantalDeelnemers = (meting: Pick<Meting, 'deelnemers'>): number =>
	Object.values(meting.deelnemers).reduce((a, b) => a + (b ?? 0), 0);

/** Finds a personal field anywhere in the data, with its path ("acts.focus-breedte.notities"). */
export function persoonlijkVeld(data: unknown, pad: string[] = []): string[] | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	for (const [sleutel, waarde] of Object.entries(data)) {
		if (PERSOONLIJKE_VELDEN.includes(sleutel.toLowerCase())) return [...pad, sleutel];
		const dieper = persoonlijkVeld(waarde, [...pad, sleutel]);
		if (dieper) return dieper;
	}
	return undefined;
}
