import * as z from 'zod/mini';
import { BALANCEERACT_IDS, type BalanceeractId } from '../schemas/balanceeracts.ts';
import { controleerEnvelop, plek, weiger, type Gelezen } from './bestand.ts';
import { BALANSMETER_FORMAAT, BALANSMETER_VERSIE, BELANGHEBBENDE_IDS, METING_FORMAAT, METING_VERSIE, STAPPEN, verschuivingTekst, type BelanghebbendeId } from './formaten.ts';

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

const positie = z.strictObject({ nu: z.optional(stap), straks: z.optional(stap), notitie: z.optional(notitie) });

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
		if (!oud.success) return weiger(`De inhoud van dit bestand klopt niet${plek(oud.error.issues[0]?.path ?? [])}.`);
		return { ok: true, data: vanV1(oud.data) };
	}
	if (env.data.versie === 2) {
		const oud = v2.safeParse(data);
		if (!oud.success) return weiger(`De inhoud van dit bestand klopt niet${plek(oud.error.issues[0]?.path ?? [])}.`);
		return { ok: true, data: { ...(oud.data as Omit<BalansmeterBestand, 'versie'>), versie: BALANSMETER_VERSIE } };
	}
	const nieuw = v3.safeParse(data);
	if (!nieuw.success) return weiger(`De inhoud van dit bestand klopt niet${plek(nieuw.error.issues[0]?.path ?? [])}.`);
	return { ok: true, data: nieuw.data as BalansmeterBestand };
}

/** Summary numbers of a list of positions. */
export interface Spreiding {
	aantal: number;
	gemiddelde?: number;
	min?: number;
	max?: number;
	/** max − min, in steps. */
	bereik?: number;
	/** Population standard deviation. */
	standaardafwijking?: number;
}

export function spreiding(waarden: readonly number[]): Spreiding {
	if (!waarden.length) return { aantal: 0 };
	const gemiddelde = waarden.reduce((a, b) => a + b, 0) / waarden.length;
	const min = Math.min(...waarden);
	const max = Math.max(...waarden);
	const variantie = waarden.reduce((som, w) => som + (w - gemiddelde) ** 2, 0) / waarden.length;
	return { aantal: waarden.length, gemiddelde, min, max, bereik: max - min, standaardafwijking: Math.sqrt(variantie) };
}

export interface Deelnemer {
	/** Name from the file, or the file name. */
	naam: string;
	meter: BalansmeterBestand;
}

export interface ActGroep {
	act: BalanceeractId;
	posities: { naam: string; groep?: BelanghebbendeId | undefined; nu?: number | undefined; straks?: number | undefined; notitie?: string | undefined }[];
	nu: Spreiding;
	straks: Spreiding;
	/** Mean of (straks − nu) over participants who gave both: the direction the group wants to move. */
	gemiddeldeVerschuiving?: number;
	/** Mean of |straks − nu| over participants who gave both: how far people want to move at all. */
	gemiddeldeAfstand?: number;
	/** The participant(s) with the largest |straks − nu|. */
	grootsteAfstand?: { afstand: number; namen: string[] };
}

/** Per balancing act: everyone's positions, the spread, the averages and the gaps between now and desired. */
export function groepsbeeld(deelnemers: readonly Deelnemer[]): ActGroep[] {
	return BALANCEERACT_IDS.map((act) => {
		const posities = deelnemers.map(({ naam, meter }) => ({ naam, ...(meter.groep ? { groep: meter.groep } : {}), ...meter.acts[act] }));
		const nu = spreiding(posities.flatMap((p) => (p.nu === undefined ? [] : [p.nu])));
		const straks = spreiding(posities.flatMap((p) => (p.straks === undefined ? [] : [p.straks])));
		const paren = posities.flatMap((p) => (p.nu === undefined || p.straks === undefined ? [] : [{ naam: p.naam, verschil: p.straks - p.nu }]));
		const groep: ActGroep = { act, posities, nu, straks };
		if (paren.length) {
			groep.gemiddeldeVerschuiving = paren.reduce((s, p) => s + p.verschil, 0) / paren.length;
			groep.gemiddeldeAfstand = paren.reduce((s, p) => s + Math.abs(p.verschil), 0) / paren.length;
			const grootste = Math.max(...paren.map((p) => Math.abs(p.verschil)));
			groep.grootsteAfstand = { afstand: grootste, namen: paren.filter((p) => Math.abs(p.verschil) === grootste).map((p) => p.naam) };
		}
		return groep;
	});
}

/** Acts ordered by the largest mean gap between now and desired first; acts without pairs last. */
export function grootsteVerschillen(groepen: readonly ActGroep[]): ActGroep[] {
	return [...groepen]
		.filter((g) => g.gemiddeldeAfstand !== undefined)
		.sort((a, b) => (b.gemiddeldeAfstand ?? 0) - (a.gemiddeldeAfstand ?? 0));
}

/** Mean positions of one stakeholder group on one act. */
export interface GroepGemiddelde {
	groep: BelanghebbendeId;
	aantal: number;
	nu?: number | undefined;
	straks?: number | undefined;
}

/** Per act: how far apart the stakeholder groups are. */
export interface Groepsverschil {
	act: BalanceeractId;
	/** Every group with at least one position on this act, in the order of BELANGHEBBENDEN. */
	groepen: GroepGemiddelde[];
	/** The largest difference between two groups' mean positions, now or desired, with those two groups. */
	grootste?: { soort: 'nu' | 'straks'; verschil: number; laag: BelanghebbendeId; hoog: BelanghebbendeId };
}

/**
 * Where the stakeholder groups differ most: per act the mean "nu" and "straks" of each group, and
 * the widest gap between two groups' means. Participants without a group are left out. Acts are
 * ordered by that gap, largest first; acts where fewer than two groups answered come last.
 */
export function groepsverschillen(groepen: readonly ActGroep[]): Groepsverschil[] {
	const uitkomst = groepen.map((g): Groepsverschil => {
		const perGroep: GroepGemiddelde[] = [];
		for (const id of BELANGHEBBENDE_IDS) {
			const eigen = g.posities.filter((p) => p.groep === id && (p.nu !== undefined || p.straks !== undefined));
			if (!eigen.length) continue;
			const nu = spreiding(eigen.flatMap((p) => (p.nu === undefined ? [] : [p.nu])));
			const straks = spreiding(eigen.flatMap((p) => (p.straks === undefined ? [] : [p.straks])));
			perGroep.push({ groep: id, aantal: eigen.length, nu: nu.gemiddelde, straks: straks.gemiddelde });
		}
		let grootste: Groepsverschil['grootste'];
		for (const soort of ['nu', 'straks'] as const) {
			const met = perGroep.filter((p) => p[soort] !== undefined);
			if (met.length < 2) continue;
			const laag = met.reduce((a, b) => (b[soort]! < a[soort]! ? b : a));
			const hoog = met.reduce((a, b) => (b[soort]! > a[soort]! ? b : a));
			const verschil = hoog[soort]! - laag[soort]!;
			if (!grootste || verschil > grootste.verschil) grootste = { soort, verschil, laag: laag.groep, hoog: hoog.groep };
		}
		return { act: g.act, groepen: perGroep, ...(grootste ? { grootste } : {}) };
	});
	return uitkomst.sort((a, b) => (b.grootste?.verschil ?? -1) - (a.grootste?.verschil ?? -1));
}

/** "3,4" — one decimal, Dutch comma. */
export function getal(waarde: number | undefined): string {
	return waarde === undefined ? '–' : (Math.round(waarde * 10) / 10).toLocaleString('nl-NL');
}

/** An anonymous measurement as "Bewaar groepsbeeld" saves it (format: src/schemas/meting.ts). */
export interface MetingBestand {
	formaat: typeof METING_FORMAAT;
	versie: typeof METING_VERSIE;
	datum: string;
	label: string;
	deelnemers: Partial<Record<BelanghebbendeId | 'geen', number>>;
	acts: Partial<Record<BalanceeractId, { nu: number[]; straks: number[] }>>;
}

/** The group picture without names or notes: counts per stakeholder group and per step. */
export function maakMeting(deelnemers: readonly Deelnemer[], label: string, datum: string): MetingBestand {
	const aantallen: MetingBestand['deelnemers'] = {};
	for (const d of deelnemers) {
		const groep = d.meter.groep ?? 'geen';
		aantallen[groep] = (aantallen[groep] ?? 0) + 1;
	}
	const acts: MetingBestand['acts'] = {};
	for (const act of BALANCEERACT_IDS) {
		const nu = Array<number>(STAPPEN).fill(0);
		const straks = Array<number>(STAPPEN).fill(0);
		for (const d of deelnemers) {
			const p = d.meter.acts[act];
			if (p?.nu !== undefined) nu[p.nu - 1]!++;
			if (p?.straks !== undefined) straks[p.straks - 1]!++;
		}
		if (nu.some(Boolean) || straks.some(Boolean)) acts[act] = { nu, straks };
	}
	return { formaat: METING_FORMAAT, versie: METING_VERSIE, datum, label: label.trim() || `Meting van ${datum}`, deelnemers: aantallen, acts };
}
