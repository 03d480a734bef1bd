import type { Begrip } from './load.ts';

/** A place in a text where a term or a variant occurs. */
export interface Vondst {
	begrip: Begrip;
	/** The text as it occurs. */
	tekst: string;
	index: number;
}

interface Kandidaat {
	vorm: string;
	begrip: Begrip;
}

const WOORD = /[\p{L}\p{N}]+/gu;
const LETTER_OF_CIJFER = /[\p{L}\p{N}_]/u;
const isWoordteken = (teken: string | undefined) =>
	teken !== undefined && LETTER_OF_CIJFER.test(teken);
const eersteKlein = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The first run of letters and digits of a form: "macht/belang-matrix" → "macht", "GGD'en" → "GGD". */
const eersteWoord = (vorm: string) => /^[\p{L}\p{N}]+/u.exec(vorm)?.[0] ?? vorm;

/**
 * Where `vorm` ends when it occurs in `tekst` at `start`, or -1. The first letter may differ in
 * case; a space in the form matches any run of whitespace (a soft line break in a paragraph); `'`
 * matches `’` too (SmartyPants); everything else must be exact.
 */
function eindVan(tekst: string, start: number, vorm: string): number {
	let t = start;
	for (let v = 0; v < vorm.length; v++) {
		const verwacht = vorm[v]!;
		const teken = tekst[t];
		if (teken === undefined) return -1;
		if (verwacht === ' ') {
			if (!/\s/.test(teken)) return -1;
			while (t < tekst.length && /\s/.test(tekst[t]!)) t++;
			continue;
		}
		const gelijk =
			teken === verwacht ||
			(v === 0 && teken.toLowerCase() === verwacht.toLowerCase()) ||
			(verwacht === "'" && teken === '’');
		if (!gelijk) return -1;
		t++;
	}
	// A hyphen belongs to the word: "Wmo" does not end in "Wmo-raad", nor "IZA" in "IZA-regio".
	if (isWoordteken(tekst[t]) || (tekst[t] === '-' && isWoordteken(tekst[t + 1]))) return -1;
	return t;
}

/**
 * Forms by their first word (first letter in lower case), longest form first, so "Wmo 2015" wins
 * over "Wmo". Looking up words in a map keeps the cost per page low however long the glossary gets.
 */
function index(paren: Kandidaat[]): Map<string, Kandidaat[]> {
	const kaart = new Map<string, Kandidaat[]>();
	for (const paar of paren) {
		const sleutel = eersteKlein(eersteWoord(paar.vorm));
		kaart.set(sleutel, [...(kaart.get(sleutel) ?? []), paar]);
	}
	for (const lijst of kaart.values()) lijst.sort((a, b) => b.vorm.length - a.vorm.length);
	return kaart;
}

function zoek(tekst: string, kaart: Map<string, Kandidaat[]>): Vondst[] {
	if (!kaart.size) return [];
	const vondsten: Vondst[] = [];
	let vanaf = 0;
	for (const woord of tekst.matchAll(WOORD)) {
		const start = woord.index;
		// Inside an earlier find, or glued to a hyphen or underscore before it: not a word start here.
		if (start < vanaf || tekst[start - 1] === '-' || tekst[start - 1] === '_') continue;
		const kandidaten = kaart.get(eersteKlein(woord[0]));
		if (!kandidaten) continue;
		for (const { vorm, begrip } of kandidaten) {
			const eind = eindVan(tekst, start, vorm);
			if (eind < 0) continue;
			vondsten.push({ begrip, tekst: tekst.slice(start, eind), index: start });
			vanaf = eind;
			break;
		}
	}
	return vondsten;
}

/** Finds the terms of a glossary (to link) and the variants it rejects (to warn about) in text. */
export class Begrippenzoeker {
	readonly #termen: Map<string, Kandidaat[]>;
	readonly #varianten: Map<string, Kandidaat[]>;

	constructor(begrippen: readonly Begrip[]) {
		this.#termen = index(
			begrippen
				.filter((b) => b.koppelen)
				.flatMap((begrip) => [begrip.term, ...begrip.vormen].map((vorm) => ({ vorm, begrip })))
		);
		this.#varianten = index(
			begrippen.flatMap((begrip) => begrip.varianten.map((vorm) => ({ vorm, begrip })))
		);
	}

	/** Every occurrence of a linkable term, in order. */
	termen(tekst: string): Vondst[] {
		return zoek(tekst, this.#termen);
	}

	/** Every occurrence of a rejected variant, in order. */
	varianten(tekst: string): Vondst[] {
		return zoek(tekst, this.#varianten);
	}
}
