import * as z from 'zod/mini';
import { controleerEnvelop, plek, weiger, type Gelezen } from './bestand.ts';
import { WERKBLAD_FORMAAT, WERKBLAD_VERSIE } from './formaten.ts';

export { WERKBLAD_FORMAAT, WERKBLAD_VERSIE };

/**
 * The answers of one filled-in worksheet, as stored in localStorage and as exported to a file.
 *
 * Versions:
 * - 1: answers keyed by input name (`veld-0`, `veld-1`, ...), every value a string: a list was one
 *   text with a line per item, a scale the chosen step as text ("3"), a 2×2 grid four strings.
 * - 2 (current): answers keyed by the field's position ("0", "1", ...) with typed values: a list
 *   is an array of items, a scale a number, a 2×2 grid four strings. Adds `opgeslagen`.
 *
 * `migreerWerkblad` turns every older version into the current one; tests/fixtures/hulpmiddelen/
 * holds a file per old version.
 */

/** What a worksheet field needs to be filled in: its type and size (from src/schemas/werkvorm.ts). */
export type VeldVorm =
	| { type: 'tekst' }
	| { type: 'lijst'; items: number }
	| { type: 'schaal'; stappen: number }
	| { type: 'kwadrant' }
	// Templates only (src/hulpmiddelen/sjabloon.ts): checkboxes, the answer is the chosen values.
	| { type: 'keuze'; waarden: string[] };

export type Antwoord = string | string[] | number;
export type Antwoorden = Record<string, Antwoord>;

export interface WerkbladBestand {
	formaat: typeof WERKBLAD_FORMAAT;
	versie: typeof WERKBLAD_VERSIE;
	/** Slug of the working method, e.g. "triz". */
	werkvorm: string;
	/** When the answers were last saved (ISO 8601). */
	opgeslagen?: string | undefined;
	antwoorden: Antwoorden;
}

const tekst = z.string().check(z.maxLength(20_000));
const slug = z.string().check(z.regex(/^[a-z0-9-]{1,100}$/));

const v1 = z.strictObject({
	formaat: z.literal(WERKBLAD_FORMAAT),
	versie: z.literal(1),
	werkvorm: slug,
	antwoorden: z.record(z.string().check(z.regex(/^veld-\d{1,3}$/)), z.union([tekst, z.array(tekst).check(z.maxLength(20))])),
});

const v2 = z.strictObject({
	formaat: z.literal(WERKBLAD_FORMAAT),
	versie: z.literal(WERKBLAD_VERSIE),
	werkvorm: slug,
	opgeslagen: z.optional(z.string().check(z.maxLength(40))),
	antwoorden: z.record(
		z.string().check(z.regex(/^\d{1,3}$/)),
		z.union([tekst, z.array(tekst).check(z.maxLength(20)), z.int().check(z.minimum(1), z.maximum(11))]),
	),
});

/** Version 1 → 2: keys by position, typed values (needs the field types to read the strings). */
function vanV1(oud: z.infer<typeof v1>, velden: readonly VeldVorm[]): WerkbladBestand {
	const antwoorden: Antwoorden = {};
	for (const [naam, waarde] of Object.entries(oud.antwoorden)) {
		const index = Number(naam.slice('veld-'.length));
		const veld = velden[index];
		if (!veld) continue;
		if (veld.type === 'lijst' && typeof waarde === 'string') {
			antwoorden[String(index)] = waarde.split('\n').map((regel) => regel.trim()).filter(Boolean);
		} else if (veld.type === 'schaal' && typeof waarde === 'string' && /^\d{1,2}$/.test(waarde.trim())) {
			antwoorden[String(index)] = Number(waarde.trim());
		} else {
			antwoorden[String(index)] = waarde;
		}
	}
	return { formaat: WERKBLAD_FORMAAT, versie: WERKBLAD_VERSIE, werkvorm: oud.werkvorm, antwoorden };
}

/** Keeps only answers that fit the field at their position, so an edited worksheet never shows an answer in the wrong kind of field. */
export function passend(antwoorden: Antwoorden, velden: readonly VeldVorm[]): Antwoorden {
	const uit: Antwoorden = {};
	velden.forEach((veld, index) => {
		const waarde = antwoorden[String(index)];
		if (waarde === undefined) return;
		if (veld.type === 'tekst' && typeof waarde === 'string') uit[String(index)] = waarde;
		else if (veld.type === 'lijst' && Array.isArray(waarde)) uit[String(index)] = waarde.slice(0, veld.items);
		else if (veld.type === 'kwadrant' && Array.isArray(waarde)) uit[String(index)] = [0, 1, 2, 3].map((i) => waarde[i] ?? '');
		else if (veld.type === 'schaal' && typeof waarde === 'number' && waarde >= 1 && waarde <= veld.stappen) uit[String(index)] = waarde;
		else if (veld.type === 'keuze' && Array.isArray(waarde)) uit[String(index)] = waarde.filter((w) => veld.waarden.includes(w));
	});
	return uit;
}

/**
 * Validates and migrates a stored or imported worksheet for the working method `werkvorm` with
 * fields `velden`. Refusals are Dutch sentences for the reader.
 */
export function leesWerkblad(data: unknown, werkvorm: string, velden: readonly VeldVorm[]): Gelezen<WerkbladBestand> {
	const env = controleerEnvelop(data, WERKBLAD_FORMAAT, WERKBLAD_VERSIE, 'dit werkblad');
	if (!env.ok) return env;
	let huidig: WerkbladBestand;
	if (env.data.versie === 1) {
		const oud = v1.safeParse(data);
		if (!oud.success) return weiger(`De inhoud van dit bestand klopt niet${plek(oud.error.issues[0]?.path ?? [])}.`);
		huidig = vanV1(oud.data, velden);
	} else {
		const nieuw = v2.safeParse(data);
		if (!nieuw.success) return weiger(`De inhoud van dit bestand klopt niet${plek(nieuw.error.issues[0]?.path ?? [])}.`);
		huidig = nieuw.data as WerkbladBestand;
	}
	if (huidig.werkvorm !== werkvorm) {
		return weiger(`Dit bestand hoort bij het werkblad van een andere werkvorm ("${huidig.werkvorm}").`);
	}
	return { ok: true, data: { ...huidig, antwoorden: passend(huidig.antwoorden, velden) } };
}

/** True when no field has an answer (empty strings and empty list items do not count). */
export function isLeeg(antwoorden: Antwoorden): boolean {
	return Object.values(antwoorden).every((waarde) =>
		typeof waarde === 'number' ? false : Array.isArray(waarde) ? waarde.every((w) => !w.trim()) : !waarde.trim(),
	);
}
