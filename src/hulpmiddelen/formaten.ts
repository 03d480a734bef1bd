/**
 * Names, versions and small helpers of the tools' file formats, without the validation (zod), so
 * a page can load them cheaply and fetch the validation only when it has something to read.
 * The formats themselves are documented in werkblad.ts and balansmeter.ts.
 */
export const WERKBLAD_FORMAAT = 'regiowerkboek-werkblad';
export const WERKBLAD_VERSIE = 3;
export const BALANSMETER_FORMAAT = 'regiowerkboek-balansmeter';
export const BALANSMETER_VERSIE = 2;
/** Steps on the Balansmeter scale: 1 is the first pole, 7 the second. */
export const STAPPEN = 7;

/** "2 stappen richting Breedte" */
export function verschuivingTekst(p: { nu?: number | undefined; straks?: number | undefined }, poolA: string, poolB: string): string {
	if (p.nu === undefined || p.straks === undefined) return '–';
	const verschil = p.straks - p.nu;
	if (verschil === 0) return 'Geen';
	const stappen = Math.abs(verschil) === 1 ? '1 stap' : `${Math.abs(verschil)} stappen`;
	return `${stappen} richting ${verschil > 0 ? poolB : poolA}`;
}
