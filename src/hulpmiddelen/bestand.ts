/**
 * Reading files that a reader imports into a browser tool. Shared by every tool; pure, so the
 * unit tests run it without a browser. Every refusal is a Dutch sentence that says what is wrong
 * and that nothing was changed; the tools show it in their status region.
 */

/** Exports of the tools are a few kilobytes; anything over this is not one of ours. */
export const MAX_BESTAND_BYTES = 1024 * 1024;

export const NIETS_VERANDERD = 'Je huidige antwoorden zijn niet veranderd.';

/** Keys that could change an object's prototype when copied; a file holding one is refused. */
const GEVAARLIJKE_SLEUTELS = new Set(['__proto__', 'constructor', 'prototype']);

export type Gelezen<T> = { ok: true; data: T } | { ok: false; melding: string };

export const weiger = (reden: string): { ok: false; melding: string } => ({
	ok: false,
	melding: `${reden} ${NIETS_VERANDERD}`,
});

/** Refuses a file by its size before reading it. */
export function controleerGrootte(bytes: number): Gelezen<null> {
	if (bytes > MAX_BESTAND_BYTES) {
		return weiger(
			'Dit bestand is groter dan 1 MB. Een export uit het werkboek is veel kleiner; kies het bestand dat je met "Exporteer" hebt bewaard.'
		);
	}
	return { ok: true, data: null };
}

/**
 * Parses JSON text and refuses keys such as `__proto__`. JSON.parse itself stores `__proto__` as
 * an ordinary own key, but code that later copies the object key by key would set the prototype.
 */
export function leesJson(tekst: string): Gelezen<unknown> {
	if (new TextEncoder().encode(tekst).length > MAX_BESTAND_BYTES)
		return controleerGrootte(MAX_BESTAND_BYTES + 1) as Gelezen<unknown>;
	const verdacht: string[] = [];
	let data: unknown;
	try {
		data = JSON.parse(tekst, (sleutel, waarde: unknown) => {
			if (GEVAARLIJKE_SLEUTELS.has(sleutel)) verdacht.push(sleutel);
			return waarde;
		});
	} catch {
		return weiger(
			'Dit bestand is geen export uit het werkboek: het is geen leesbaar JSON-bestand.'
		);
	}
	if (verdacht.length) {
		return weiger(
			`Dit bestand bevat een niet-toegestane naam (${verdacht[0]}) en is daarom geweigerd.`
		);
	}
	return { ok: true, data };
}

/** The marker every export carries, so a file from another tool is recognised. */
export interface Envelop {
	formaat: string;
	versie: number;
}

/** Reads `formaat` and `versie` without trusting anything else in the file. */
export function envelop(data: unknown): Envelop | undefined {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const { formaat, versie } = data as Record<string, unknown>;
	if (typeof formaat !== 'string' || typeof versie !== 'number' || !Number.isInteger(versie))
		return undefined;
	return { formaat, versie };
}

/** Dutch names of the file formats, for messages about a file from another tool. */
export const FORMAAT_NAMEN: Record<string, string> = {
	'regiowerkboek-werkblad': 'een werkblad',
	'regiowerkboek-balansmeter': 'de balansmeter',
	'regiowerkboek-sessieplan': 'de sessieplanner',
	'regiowerkboek-sjabloon': 'een sjabloon',
};

/**
 * Checks the marker: the right tool, and a version this site can read. `huidig` is the newest
 * version this site writes; older versions are migrated by the caller.
 */
export function controleerEnvelop(
	data: unknown,
	formaat: string,
	huidig: number,
	watHier: string
): Gelezen<Envelop> {
	const env = envelop(data);
	if (!env || !env.formaat.startsWith('regiowerkboek-')) {
		return weiger(
			`Dit bestand is geen export uit het werkboek. Kies een bestand dat je met "Exporteer" bij ${watHier} hebt bewaard.`
		);
	}
	if (env.formaat !== formaat) {
		const van = FORMAAT_NAMEN[env.formaat] ?? 'een ander hulpmiddel';
		return weiger(`Dit bestand komt van ${van}, niet van ${watHier}.`);
	}
	if (env.versie > huidig) {
		return weiger(
			`Dit bestand is gemaakt met een nieuwere versie van het werkboek (bestandsversie ${env.versie}; deze site kent tot en met versie ${huidig}). Open het in de nieuwste versie van het werkboek.`
		);
	}
	if (env.versie < 1) return weiger('Dit bestand heeft een onbekende versie.');
	return { ok: true, data: env };
}

/** A short Dutch description of where a schema problem is, e.g. "antwoorden › 3". */
export function plek(pad: readonly PropertyKey[]): string {
	return pad.length ? ` (bij ${pad.map(String).join(' › ')})` : '';
}
