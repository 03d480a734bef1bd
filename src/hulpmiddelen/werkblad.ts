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
 * - 2: answers keyed by the field's position ("0", "1", ...) with typed values: a list is an
 *   array of items, a scale a number, a 2×2 grid four strings. Adds `opgeslagen`.
 * - 3 (current): answers keyed by the field's stable id (its `id` in the working method's
 *   frontmatter, else a slug of its question; see `veldId` in src/schemas/werkvorm.ts), and
 *   `vragen`: the question of every answer as it read when it was saved. An upstream update that
 *   inserts, removes or reorders fields can then never show an answer in the wrong field: an
 *   answer whose field is gone (or changed kind) is kept, shown under "Antwoorden zonder vraag"
 *   with its question, and exported with the rest.
 *
 * `leesWerkblad` turns every older version into the current one (versions 1 and 2 by position,
 * with the fields as they are now); tests/fixtures/hulpmiddelen/ holds a file per old version.
 */

/**
 * What a worksheet field needs to be filled in: its stable id, its question, its type and size
 * (from src/schemas/werkvorm.ts).
 */
export type VeldVorm = { id: string; label: string } & (
	| { type: 'tekst' }
	| { type: 'lijst'; items: number }
	| { type: 'schaal'; stappen: number }
	| { type: 'kwadrant' }
	// Templates only (src/hulpmiddelen/sjabloon.ts): checkboxes, the answer is the ticked values.
	| { type: 'keuze'; waarden: string[] }
);

export type Antwoord = string | string[] | number;
export type Antwoorden = Record<string, Antwoord>;

export interface WerkbladBestand {
	formaat: typeof WERKBLAD_FORMAAT;
	versie: typeof WERKBLAD_VERSIE;
	/** Slug of the working method, e.g. "triz". */
	werkvorm: string;
	/** When the answers were last saved (ISO 8601). */
	opgeslagen?: string | undefined;
	/** Answers by field id. */
	antwoorden: Antwoorden;
	/** The question of each answer when it was saved, by field id. */
	vragen?: Record<string, string> | undefined;
}

/** An answer whose field is no longer on the worksheet (or is now another kind of field). */
export interface AntwoordZonderVraag {
	id: string;
	vraag?: string | undefined;
	waarde: Antwoord;
}

const tekst = z.string().check(z.maxLength(20_000));
const slug = z.string().check(z.regex(/^[a-z0-9-]{1,100}$/));

const v1 = z.strictObject({
	formaat: z.literal(WERKBLAD_FORMAAT),
	versie: z.literal(1),
	werkvorm: slug,
	antwoorden: z.record(
		z.string().check(z.regex(/^veld-\d{1,3}$/)),
		z.union([tekst, z.array(tekst).check(z.maxLength(20))])
	),
});

const waarde = z.union([
	tekst,
	z.array(tekst).check(z.maxLength(20)),
	z.int().check(z.minimum(1), z.maximum(11)),
]);

const v2 = z.strictObject({
	formaat: z.literal(WERKBLAD_FORMAAT),
	versie: z.literal(2),
	werkvorm: slug,
	opgeslagen: z.optional(z.string().check(z.maxLength(40))),
	antwoorden: z.record(z.string().check(z.regex(/^\d{1,3}$/)), waarde),
});

const veldSleutel = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/));
const v3 = z.strictObject({
	formaat: z.literal(WERKBLAD_FORMAAT),
	versie: z.literal(WERKBLAD_VERSIE),
	werkvorm: slug,
	opgeslagen: z.optional(z.string().check(z.maxLength(40))),
	antwoorden: z
		.record(veldSleutel, waarde)
		.check(z.refine((a) => Object.keys(a).length <= 200, 'te veel antwoorden')),
	vragen: z.optional(z.record(veldSleutel, z.string().check(z.maxLength(2_000)))),
});

/** Versions 1 and 2 kept answers by position: the field at that position now gets them. */
function naarIds(
	opPositie: Antwoorden,
	velden: readonly VeldVorm[],
	rest: Pick<WerkbladBestand, 'werkvorm' | 'opgeslagen'>
): WerkbladBestand {
	const antwoorden: Antwoorden = {};
	const vragen: Record<string, string> = {};
	for (const [positie, waarde] of Object.entries(opPositie)) {
		const veld = velden[Number(positie)];
		// An answer beyond the last field is kept under its old position, so it is shown, not dropped.
		const id = veld?.id ?? `veld-${Number(positie) + 1}`;
		antwoorden[id] = waarde;
		if (veld) vragen[id] = veld.label;
	}
	return { formaat: WERKBLAD_FORMAAT, versie: WERKBLAD_VERSIE, ...rest, antwoorden, vragen };
}

/** Version 1 → answers by position with typed values (needs the field types to read the strings). */
function vanV1(oud: z.infer<typeof v1>, velden: readonly VeldVorm[]): Antwoorden {
	const antwoorden: Antwoorden = {};
	for (const [naam, waarde] of Object.entries(oud.antwoorden)) {
		const index = Number(naam.slice('veld-'.length));
		const veld = velden[index];
		if (!veld) continue;
		if (veld.type === 'lijst' && typeof waarde === 'string') {
			antwoorden[String(index)] = waarde
				.split('\n')
				.map((regel) => regel.trim())
				.filter(Boolean);
		} else if (
			veld.type === 'schaal' &&
			typeof waarde === 'string' &&
			/^\d{1,2}$/.test(waarde.trim())
		) {
			antwoorden[String(index)] = Number(waarde.trim());
		} else {
			antwoorden[String(index)] = waarde;
		}
	}
	return antwoorden;
}

/** The answer in the shape of `veld`, or undefined when it does not fit that kind of field. */
function alsVeld(veld: VeldVorm, waarde: Antwoord): Antwoord | undefined {
	if (veld.type === 'tekst' && typeof waarde === 'string') return waarde;
	if (
		veld.type === 'lijst' &&
		Array.isArray(waarde) &&
		waarde.slice(veld.items).every((w) => !w.trim())
	)
		return waarde.slice(0, veld.items);
	if (veld.type === 'kwadrant' && Array.isArray(waarde) && waarde.length <= 4)
		return [0, 1, 2, 3].map((i) => waarde[i] ?? '');
	if (veld.type === 'schaal' && typeof waarde === 'number' && waarde >= 1 && waarde <= veld.stappen)
		return waarde;
	if (
		veld.type === 'keuze' &&
		Array.isArray(waarde) &&
		waarde.every((w) => veld.waarden.includes(w))
	)
		return waarde;
	return undefined;
}

/**
 * Splits stored answers into those that fit a field of the worksheet as it is now (by id, in the
 * field's shape) and those without a field: their field is gone, or is now another kind of field,
 * or a list got shorter than the items written. Nothing is dropped.
 */
export function verdeel(
	bestand: Pick<WerkbladBestand, 'antwoorden' | 'vragen'>,
	velden: readonly VeldVorm[]
): { passend: Antwoorden; zonderVraag: AntwoordZonderVraag[] } {
	const passend: Antwoorden = {};
	const zonderVraag: AntwoordZonderVraag[] = [];
	const opId = new Map(velden.map((veld) => [veld.id, veld]));
	for (const [id, waarde] of Object.entries(bestand.antwoorden)) {
		const veld = opId.get(id);
		const vorm = veld ? alsVeld(veld, waarde) : undefined;
		if (vorm !== undefined) passend[id] = vorm;
		else if (!isLeeg({ [id]: waarde }))
			zonderVraag.push({ id, vraag: bestand.vragen?.[id], waarde });
	}
	return { passend, zonderVraag };
}

/** An answer as one line of text, for showing and exporting answers without a field. */
export function antwoordTekst(waarde: Antwoord): string {
	return Array.isArray(waarde) ? waarde.filter((w) => w.trim()).join(' · ') : String(waarde);
}

/**
 * Validates and migrates a stored or imported worksheet for the working method `werkvorm` with
 * fields `velden`. Refusals are Dutch sentences for the reader.
 */
export function leesWerkblad(
	data: unknown,
	werkvorm: string,
	velden: readonly VeldVorm[]
): Gelezen<WerkbladBestand> {
	const env = controleerEnvelop(data, WERKBLAD_FORMAAT, WERKBLAD_VERSIE, 'dit werkblad');
	if (!env.ok) return env;
	let huidig: WerkbladBestand;
	if (env.data.versie === 1) {
		const oud = v1.safeParse(data);
		if (!oud.success)
			return weiger(
				`De inhoud van dit bestand klopt niet${plek(oud.error.issues[0]?.path ?? [])}.`
			);
		huidig = naarIds(vanV1(oud.data, velden), velden, { werkvorm: oud.data.werkvorm });
	} else if (env.data.versie === 2) {
		const oud = v2.safeParse(data);
		if (!oud.success)
			return weiger(
				`De inhoud van dit bestand klopt niet${plek(oud.error.issues[0]?.path ?? [])}.`
			);
		huidig = naarIds(oud.data.antwoorden as Antwoorden, velden, {
			werkvorm: oud.data.werkvorm,
			opgeslagen: oud.data.opgeslagen,
		});
	} else {
		const nieuw = v3.safeParse(data);
		if (!nieuw.success)
			return weiger(
				`De inhoud van dit bestand klopt niet${plek(nieuw.error.issues[0]?.path ?? [])}.`
			);
		huidig = nieuw.data as WerkbladBestand;
	}
	if (huidig.werkvorm !== werkvorm) {
		return weiger(
			`Dit bestand hoort bij het werkblad van een andere werkvorm ("${huidig.werkvorm}").`
		);
	}
	return { ok: true, data: huidig };
}

/** True when no field has an answer (empty strings and empty list items do not count). */
export function isLeeg(antwoorden: Antwoorden): boolean {
	return Object.values(antwoorden).every((waarde) =>
		typeof waarde === 'number'
			? false
			: Array.isArray(waarde)
				? waarde.every((w) => !w.trim())
				: !waarde.trim()
	);
}
