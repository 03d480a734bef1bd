/** The allowed values of regio.yaml's choice fields, without zod (used by src/schemas/regio.ts). */

/** Kinds of partner organisations in a region. */
export const PARTNER_SOORTEN = [
	'gemeente',
	'zorgaanbieder',
	'zorgverzekeraar',
	'ggd',
	'welzijn',
	'clientenorganisatie',
	'onderwijs',
	'overig',
] as const;

/** Readable Dutch labels for the partner kinds, for tables and legends. */
export const PARTNER_SOORT_LABELS: Record<(typeof PARTNER_SOORTEN)[number], string> = {
	gemeente: 'Gemeente',
	zorgaanbieder: 'Zorgaanbieder',
	zorgverzekeraar: 'Zorgverzekeraar of zorgkantoor',
	ggd: 'GGD',
	welzijn: 'Welzijn',
	clientenorganisatie: 'Cliëntenorganisatie',
	onderwijs: 'Onderwijs',
	overig: 'Overig',
};

export const NETWERK_SCHALEN = ['wijk', 'gemeente', 'subregio', 'regio', 'bovenregionaal'] as const;
export const NETWERK_KADERS = ['IZA', 'GALA', 'WOZO', 'Jeugd', 'eigen'] as const;
