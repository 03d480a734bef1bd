import * as z from 'zod/mini';
import { BALANCEERACT_IDS, type BalanceeractId } from '../schemas/balanceeracts.ts';
import { controleerEnvelop, plek, weiger, type Gelezen } from './bestand.ts';
import {
	BALANSMETER_FORMAAT,
	BALANSMETER_VERSIE,
	BELANGHEBBENDE_IDS,
	STAPPEN,
	verschuivingTekst,
	type BelanghebbendeId,
} from './formaten.ts';

export { BALANSMETER_FORMAAT, BALANSMETER_VERSIE, STAPPEN, verschuivingTekst };

/**
 * One person's Balansmeter: per balancing act where the collaboration stands now ("nu") and where
 * it should go ("straks"), on a scale of 1 (the first pole) to 7 (the second pole), with a note.
 *
 * Versions:
 * - 1: `scores`, a list of `{ act, nu, straks, notitie }` with `null` for an empty position.
 * - 2: `acts`, an object keyed by act id; empty positions are left out. Adds `naam`
 *   (optional, so a facilitator can tell the files apart) and `opgeslagen`.
 * - 3 (current): adds `groep`, the participant's stakeholder group (formaten.ts BELANGHEBBENDEN),
 *   optional. Version 2 files read as version 3 without a group.
 */

export interface ActPositie {
	nu?: number | undefined;
	straks?: number | undefined;
	notitie?: string | undefined;
}

export interface BalansmeterBestand {
	formaat: typeof BALANSMETER_FORMAAT;
	versie: typeof BALANSMETER_VERSIE;
	naam?: string | undefined;
	groep?: BelanghebbendeId | undefined;
	opgeslagen?: string | undefined;
	acts: Partial<Record<BalanceeractId, ActPositie>>;
}

const stap = z.int().check(z.minimum(1), z.maximum(STAPPEN));
const notitie = z.string().check(z.maxLength(20_000));
const actId = z.enum(BALANCEERACT_IDS);

const v1 = z.strictObject({
	formaat: z.literal(BALANSMETER_FORMAAT),
	versie: z.literal(1),
	scores: z
		.array(z.strictObject({ act: actId, nu: z.nullable(stap), straks: z.nullable(stap), notitie }))
		.check(z.maxLength(BALANCEERACT_IDS.length)),
});

const positie = z.strictObject({
	nu: z.optional(stap),
	straks: z.optional(stap),
	notitie: z.optional(notitie),
});

const v2 = z.strictObject({
	formaat: z.literal(BALANSMETER_FORMAAT),
	versie: z.literal(2),
	naam: z.optional(z.string().check(z.maxLength(200))),
	opgeslagen: z.optional(z.string().check(z.maxLength(40))),
	acts: z.partialRecord(actId, positie),
});

const v3 = z.strictObject({
	formaat: z.literal(BALANSMETER_FORMAAT),
	versie: z.literal(BALANSMETER_VERSIE),
	naam: z.optional(z.string().check(z.maxLength(200))),
	groep: z.optional(z.enum(BELANGHEBBENDE_IDS)),
	opgeslagen: z.optional(z.string().check(z.maxLength(40))),
	acts: z.partialRecord(actId, positie),
});

export function legeBalansmeter(): BalansmeterBestand {
	return { formaat: BALANSMETER_FORMAAT, versie: BALANSMETER_VERSIE, acts: {} };
}

function vanV1(oud: z.infer<typeof v1>): BalansmeterBestand {
	const acts: BalansmeterBestand['acts'] = {};
	for (const score of oud.scores) {
		const p: ActPositie = {};
		if (score.nu !== null) p.nu = score.nu;
		if (score.straks !== null) p.straks = score.straks;
		if (score.notitie) p.notitie = score.notitie;
		acts[score.act] = p;
	}
	return { ...legeBalansmeter(), acts };
}

/** Validates and migrates a stored or imported Balansmeter. */
export function leesBalansmeter(data: unknown): Gelezen<BalansmeterBestand> {
	const env = controleerEnvelop(data, BALANSMETER_FORMAAT, BALANSMETER_VERSIE, 'de balansmeter');
	if (!env.ok) return env;
	if (env.data.versie === 1) {
		const oud = v1.safeParse(data);
		if (!oud.success)
			return weiger(
				`De inhoud van dit bestand klopt niet${plek(oud.error.issues[0]?.path ?? [])}.`
			);
		return { ok: true, data: vanV1(oud.data) };
	}
	if (env.data.versie === 2) {
		const oud = v2.safeParse(data);
		if (!oud.success)
			return weiger(
				`De inhoud van dit bestand klopt niet${plek(oud.error.issues[0]?.path ?? [])}.`
			);
		return {
			ok: true,
			data: { ...(oud.data as Omit<BalansmeterBestand, 'versie'>), versie: BALANSMETER_VERSIE },
		};
	}
	const nieuw = v3.safeParse(data);
	if (!nieuw.success)
		return weiger(
			`De inhoud van dit bestand klopt niet${plek(nieuw.error.issues[0]?.path ?? [])}.`
		);
	return { ok: true, data: nieuw.data as BalansmeterBestand };
}

// The statistics of the group view live apart, without zod, so the group view loads the validation only with a file.
export * from './groepsbeeld.ts';
