import type { Regio } from '../schemas/regio.ts';

/**
 * The region's text fields that chapters may refer to as `{regio.<veld>}`.
 * A unit test keeps this list in step with `regioSchema`.
 */
export const REGIO_TEKSTVELDEN: readonly string[] = [
	'naam',
	'korteNaam',
	'website',
	'contact.naam',
	'contact.email',
	'contact.telefoon',
];

/** The text of a region field; an empty string when the region left it empty. */
export function regioWaarde(regio: Regio, pad: string): string {
	let waarde: unknown = regio;
	for (const deel of pad.split('.')) {
		if (waarde === null || typeof waarde !== 'object') return '';
		waarde = (waarde as Record<string, unknown>)[deel];
	}
	return typeof waarde === 'string' || typeof waarde === 'number' ? String(waarde) : '';
}
