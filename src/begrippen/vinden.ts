import type { Begrip } from './laden.ts';
import { sleutel } from './laden.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form as a pattern: first letter in either case, the rest exact; `'` matches `’` too (SmartyPants). */
function patroon(vorm: string): string {
	const eerste = vorm.charAt(0);
	const begin = eerste.toLowerCase() === eerste.toUpperCase() ? escape(eerste) : `[${eerste.toLowerCase()}${eerste.toUpperCase()}]`;
	return begin + escape(vorm.slice(1)).replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

/**
 * One regular expression for a list of forms, longest first so "Wmo 2015" wins over "Wmo". A hyphen
 * belongs to the word: "Wmo" does not match in "Wmo-raad", nor "IZA" in "IZA-regio".
 */
function regex(vormen: readonly string[]): RegExp | undefined {
	if (!vormen.length) return undefined;
	const alternatieven = [...new Set(vormen)].sort((a, b) => b.length - a.length).map(patroon);
	return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatieven.join('|')})(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`, 'gu');
}

/** A place in a text where a term or a variant occurs. */
export interface Vondst {
	begrip: Begrip;
	/** The text as it occurs. */
	tekst: string;
	index: number;
}

/** Finds the terms of a glossary (to link) and the variants it rejects (to warn about) in text. */
export class Begrippenzoeker {
	readonly #termen = new Map<string, Begrip>();
	readonly #varianten = new Map<string, Begrip>();
	readonly #termRegex: RegExp | undefined;
	readonly #variantRegex: RegExp | undefined;

	constructor(begrippen: readonly Begrip[]) {
		for (const begrip of begrippen) {
			if (begrip.koppelen) for (const vorm of [begrip.term, ...begrip.vormen]) this.#termen.set(sleutel(vorm).replace(/\s+/g, ' '), begrip);
			for (const variant of begrip.varianten) this.#varianten.set(sleutel(variant).replace(/\s+/g, ' '), begrip);
		}
		this.#termRegex = regex(begrippen.filter((b) => b.koppelen).flatMap((b) => [b.term, ...b.vormen]));
		this.#variantRegex = regex(begrippen.flatMap((b) => b.varianten));
	}

	#zoek(tekst: string, re: RegExp | undefined, kaart: Map<string, Begrip>): Vondst[] {
		if (!re) return [];
		const vondsten: Vondst[] = [];
		for (const match of tekst.matchAll(re)) {
			const begrip = kaart.get(sleutel(match[0]).replace(/\s+/g, ' '));
			if (begrip) vondsten.push({ begrip, tekst: match[0], index: match.index });
		}
		return vondsten;
	}

	/** Every occurrence of a linkable term, in order. */
	termen(tekst: string): Vondst[] {
		return this.#zoek(tekst, this.#termRegex, this.#termen);
	}

	/** Every occurrence of a rejected variant, in order. */
	varianten(tekst: string): Vondst[] {
		return this.#zoek(tekst, this.#variantRegex, this.#varianten);
	}
}
