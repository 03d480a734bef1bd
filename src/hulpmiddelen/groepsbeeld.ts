/**
 * The group picture of the Balansmeter: spread, averages, gaps between now and desired, where
 * stakeholder groups differ, and the anonymous measurement. Pure and without zod, so the group
 * view loads it up front and the validation of files (balansmeter.ts) only when a file is opened.
 */
import { BALANCEERACT_IDS, type BalanceeractId } from '../schemas/balanceeracts.ts';
import type { BalansmeterBestand } from './balansmeter.ts';
import {
	BELANGHEBBENDE_IDS,
	METING_FORMAAT,
	METING_VERSIE,
	STAPPEN,
	type BelanghebbendeId,
} from './formaten.ts';

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
	return {
		aantal: waarden.length,
		gemiddelde,
		min,
		max,
		bereik: max - min,
		standaardafwijking: Math.sqrt(variantie),
	};
}

export interface Deelnemer {
	/** Name from the file, or the file name. */
	naam: string;
	meter: BalansmeterBestand;
}

export interface ActGroep {
	act: BalanceeractId;
	posities: {
		naam: string;
		groep?: BelanghebbendeId | undefined;
		nu?: number | undefined;
		straks?: number | undefined;
		notitie?: string | undefined;
	}[];
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
		const posities = deelnemers.map(({ naam, meter }) => ({
			naam,
			...(meter.groep ? { groep: meter.groep } : {}),
			...meter.acts[act],
		}));
		const nu = spreiding(posities.flatMap((p) => (p.nu === undefined ? [] : [p.nu])));
		const straks = spreiding(posities.flatMap((p) => (p.straks === undefined ? [] : [p.straks])));
		const paren = posities.flatMap((p) =>
			p.nu === undefined || p.straks === undefined
				? []
				: [{ naam: p.naam, verschil: p.straks - p.nu }]
		);
		const groep: ActGroep = { act, posities, nu, straks };
		if (paren.length) {
			groep.gemiddeldeVerschuiving = paren.reduce((s, p) => s + p.verschil, 0) / paren.length;
			groep.gemiddeldeAfstand = paren.reduce((s, p) => s + Math.abs(p.verschil), 0) / paren.length;
			const grootste = Math.max(...paren.map((p) => Math.abs(p.verschil)));
			groep.grootsteAfstand = {
				afstand: grootste,
				namen: paren.filter((p) => Math.abs(p.verschil) === grootste).map((p) => p.naam),
			};
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
	grootste?: {
		soort: 'nu' | 'straks';
		verschil: number;
		laag: BelanghebbendeId;
		hoog: BelanghebbendeId;
	};
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
			const eigen = g.posities.filter(
				(p) => p.groep === id && (p.nu !== undefined || p.straks !== undefined)
			);
			if (!eigen.length) continue;
			const nu = spreiding(eigen.flatMap((p) => (p.nu === undefined ? [] : [p.nu])));
			const straks = spreiding(eigen.flatMap((p) => (p.straks === undefined ? [] : [p.straks])));
			perGroep.push({
				groep: id,
				aantal: eigen.length,
				nu: nu.gemiddelde,
				straks: straks.gemiddelde,
			});
		}
		let grootste: Groepsverschil['grootste'];
		for (const soort of ['nu', 'straks'] as const) {
			const met = perGroep.filter((p) => p[soort] !== undefined);
			if (met.length < 2) continue;
			const laag = met.reduce((a, b) => (b[soort]! < a[soort]! ? b : a));
			const hoog = met.reduce((a, b) => (b[soort]! > a[soort]! ? b : a));
			const verschil = hoog[soort]! - laag[soort]!;
			if (verschil > 0 && (!grootste || verschil > grootste.verschil))
				grootste = { soort, verschil, laag: laag.groep, hoog: hoog.groep };
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
export function maakMeting(
	deelnemers: readonly Deelnemer[],
	label: string,
	datum: string
): MetingBestand {
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
	return {
		formaat: METING_FORMAAT,
		versie: METING_VERSIE,
		datum,
		label: label.trim() || `Meting van ${datum}`,
		deelnemers: aantallen,
		acts,
	};
}
