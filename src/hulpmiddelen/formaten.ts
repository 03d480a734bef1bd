/**
 * Names, versions and small helpers of the tools' file formats, without the validation (zod), so
 * a page can load them cheaply and fetch the validation only when it has something to read.
 * The formats themselves are documented in werkblad.ts and balansmeter.ts.
 */
export const WERKBLAD_FORMAAT = 'regiowerkboek-werkblad';
export const WERKBLAD_VERSIE = 3;
/** Filled-in templates (sjablonen): src/hulpmiddelen/sjabloon.ts. */
export const SJABLOON_FORMAAT = 'regiowerkboek-sjabloon';
export const SJABLOON_VERSIE = 1;
export const BALANSMETER_FORMAAT = 'regiowerkboek-balansmeter';
export const BALANSMETER_VERSIE = 3;
/** Anonymous group pictures over time: src/schemas/meting.ts. */
export const METING_FORMAAT = 'regiowerkboek-meting';
export const METING_VERSIE = 1;
/** Steps on the Balansmeter scale: 1 is the first pole, 7 the second. */
export const STAPPEN = 7;

/** "2 stappen richting Breedte" */
export function verschuivingTekst(
	p: { nu?: number | undefined; straks?: number | undefined },
	poolA: string,
	poolB: string
): string {
	if (p.nu === undefined || p.straks === undefined) return '–';
	const verschil = p.straks - p.nu;
	if (verschil === 0) return 'Geen';
	const stappen = Math.abs(verschil) === 1 ? '1 stap' : `${Math.abs(verschil)} stappen`;
	return `${stappen} richting ${verschil > 0 ? poolB : poolA}`;
}

/**
 * Stakeholder groups a participant can choose on the Balansmeter. The order is part of the result
 * code (resultaatcode.ts: group n is stored as n + 1, 0 = none): only ever add at the end.
 */
export const BELANGHEBBENDEN = [
	{ id: 'gemeente', naam: 'Gemeente' },
	{ id: 'zorgaanbieder', naam: 'Zorgaanbieder' },
	{ id: 'zorgverzekeraar', naam: 'Zorgverzekeraar of zorgkantoor' },
	{ id: 'ggd', naam: 'GGD' },
	{ id: 'welzijn', naam: 'Welzijn' },
	{ id: 'inwoners', naam: 'Cliënten of inwoners' },
	{ id: 'professional', naam: 'Professional' },
	{ id: 'anders', naam: 'Anders' },
] as const;
export type BelanghebbendeId = (typeof BELANGHEBBENDEN)[number]['id'];
export const BELANGHEBBENDE_IDS = BELANGHEBBENDEN.map((b) => b.id) as unknown as readonly [
	BelanghebbendeId,
	...BelanghebbendeId[],
];
export const belanghebbendeNaam = (id: string | undefined): string =>
	BELANGHEBBENDEN.find((b) => b.id === id)?.naam ?? 'Geen groep gekozen';
