import { PARTNER_SOORT_LABELS, type Regio } from '../schemas/regio.ts';
import type { RegioLijst, Sjabloon, SjabloonBlok } from '../schemas/sjabloon.ts';
import { REGIO_LIJSTEN } from '../schemas/sjabloon.ts';
import { REGIO_TEKSTVELDEN, regioWaarde } from '../regio/fields.ts';
import { veldIds } from '../schemas/werkvorm.ts';

/**
 * Fills a template with the region's data. The result is plain data (JSON-safe): the page, the
 * printed sheet, the copied text and the Word file are all made from it, so they say the same.
 */

/** `{regio.naam}` or `{ regio.contact.email }`, as in chapters (src/remark/regio-fields.ts). */
export const VERWIJZING = /\{\s*regio\.([A-Za-z0-9_.]+)\s*\}/g;

/** Every field a template may name: the text fields of chapters, and the region's lists. */
export const SJABLOON_REGIOVELDEN: readonly string[] = [...REGIO_TEKSTVELDEN, ...REGIO_LIJSTEN];

/** A run of fixed text: a paragraph (may hold line breaks) or a bullet list. */
export type Opmaak = { soort: 'alinea'; tekst: string } | { soort: 'opsomming'; items: string[] };

/** A choice of a `keuze` field: the stored value and what the reader sees. */
export interface Optie {
	waarde: string;
	label: string;
	/** Partners only: their kind, to group long lists. */
	groep?: string;
}

/**
 * A field, ready to render: region data filled in. `index` is its position among the fields (the
 * inputs' names), `id` its stable id (the key of saved answers, as on worksheets).
 */
export type GevuldVeld = {
	index: number;
	id: string;
	label: string;
	hulp?: string | undefined;
	zonderLabel?: boolean;
} & (
	| { type: 'tekst'; regels: number; standaard: string }
	| { type: 'lijst'; items: number; standaard: string[] }
	| { type: 'schaal'; links: string; rechts: string; stappen: number }
	| {
			type: 'kwadrant';
			vakken: [string, string, string, string];
			assen?: { horizontaal?: string | undefined; verticaal?: string | undefined } | undefined;
	  }
	| { type: 'keuze'; opties: Optie[] }
);

export type GevuldBlok =
	| { soort: 'kop'; tekst: string }
	| { soort: 'tekst'; delen: Opmaak[] }
	| { soort: 'veld'; veld: GevuldVeld };

export interface GevuldSjabloon {
	slug: string;
	titel: string;
	doel: string;
	blokken: GevuldBlok[];
}

/** The items of one of the region's lists, as short lines of text. */
export function regioLijst(regio: Regio, lijst: RegioLijst): string[] {
	if (lijst === 'opgaven') return regio.opgaven.map((o) => o.titel);
	if (lijst === 'partners') return regio.partners.map((p) => p.naam);
	return regio.netwerken.map((n) => n.naam);
}

/** The choices of a `keuze` field: partners with their kind, networks with their target group, opgaven. */
export function regioOpties(regio: Regio, lijst: RegioLijst): Optie[] {
	if (lijst === 'partners')
		return regio.partners.map((p) => ({
			waarde: p.id,
			label: p.naam,
			groep: PARTNER_SOORT_LABELS[p.soort],
		}));
	if (lijst === 'netwerken') return regio.netwerken.map((n) => ({ waarde: n.naam, label: n.naam }));
	return regio.opgaven.map((o) => ({ waarde: o.titel, label: o.titel }));
}

/** Replaces the references to text fields; a list named inside a sentence becomes "a, b en c". */
export function vulTekst(tekst: string, regio: Regio): string {
	return tekst.replace(VERWIJZING, (_, pad: string) => {
		if ((REGIO_LIJSTEN as readonly string[]).includes(pad))
			return opsommen(regioLijst(regio, pad as RegioLijst));
		return regioWaarde(regio, pad);
	});
}

/** Drops the separators left by empty region fields: "Bureau, , 010" → "Bureau, 010". */
export function zonderLegeDelen(tekst: string): string {
	return tekst.replace(/,(\s*,)+/g, ',').replace(/^[\s,]+|[\s,]+$/g, '');
}

/** "a, b en c" */
export function opsommen(items: string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

const ALLEEN_LIJST = /^\s*\{\s*regio\.(opgaven|partners|netwerken)\s*\}\s*$/;

/**
 * Fixed text to paragraphs and bullet lists: a blank line separates paragraphs, lines starting
 * with "- " are list items, and a line holding only `{regio.partners}` (or opgaven, netwerken)
 * becomes a list of those. A region without any gets a line that says so.
 */
export function vulAlinea(tekst: string, regio: Regio): Opmaak[] {
	const delen: Opmaak[] = [];
	const regels: string[] = [];
	const items: string[] = [];
	const sluitAlinea = () => {
		if (regels.length) delen.push({ soort: 'alinea', tekst: regels.join('\n') });
		regels.length = 0;
	};
	const sluitLijst = () => {
		if (items.length) delen.push({ soort: 'opsomming', items: [...items] });
		items.length = 0;
	};
	for (const regel of tekst.replace(/\r\n?/g, '\n').split('\n')) {
		const lijst = ALLEEN_LIJST.exec(regel);
		if (lijst) {
			sluitAlinea();
			const uit = regioLijst(regio, lijst[1] as RegioLijst);
			if (uit.length) items.push(...uit);
			else regels.push(`(Nog geen ${lijst[1]} ingevuld in de gegevens van ${regio.naam}.)`);
		} else if (/^\s*- /.test(regel)) {
			sluitAlinea();
			items.push(vulTekst(regel.replace(/^\s*- /, '').trim(), regio));
		} else if (!regel.trim()) {
			sluitAlinea();
			sluitLijst();
		} else {
			sluitLijst();
			regels.push(vulTekst(regel.trim(), regio));
		}
	}
	sluitAlinea();
	sluitLijst();
	return delen;
}

function vulVeld(
	blok: Exclude<SjabloonBlok, { type: 'kop' | 'alinea' }>,
	index: number,
	id: string,
	regio: Regio
): GevuldVeld {
	const basis = {
		index,
		id,
		label: vulTekst(blok.label, regio),
		...(blok.hulp ? { hulp: vulTekst(blok.hulp, regio) } : {}),
		...('zonderLabel' in blok && blok.zonderLabel ? { zonderLabel: true } : {}),
	};
	switch (blok.type) {
		case 'tekst':
			return {
				...basis,
				type: 'tekst',
				regels: blok.regels,
				standaard: !blok.standaard
					? ''
					: blok.standaard.includes('{')
						? zonderLegeDelen(vulTekst(blok.standaard, regio))
						: blok.standaard,
			};
		case 'lijst': {
			const standaard = [
				...(blok.standaard ?? []).map((s) => vulTekst(s, regio)),
				...(blok.uit ? regioLijst(regio, blok.uit) : []),
			].slice(0, 20);
			return {
				...basis,
				type: 'lijst',
				items: Math.min(20, Math.max(blok.items, standaard.length)),
				standaard,
			};
		}
		case 'schaal':
			return {
				...basis,
				type: 'schaal',
				links: blok.links,
				rechts: blok.rechts,
				stappen: blok.stappen,
			};
		case 'kwadrant':
			return { ...basis, type: 'kwadrant', vakken: blok.vakken, assen: blok.assen };
		case 'keuze': {
			const opties = regioOpties(regio, blok.uit);
			// Nothing to choose from: the reader writes the names instead.
			if (!opties.length) return { ...basis, type: 'tekst', regels: 3, standaard: '' };
			return { ...basis, type: 'keuze', opties };
		}
	}
}

/** The template filled with the region's data. */
export function vulSjabloon(slug: string, sjabloon: Sjabloon, regio: Regio): GevuldSjabloon {
	let index = 0;
	// Ids from the labels as written (before the region's data): the same in every region.
	const ids = veldIds(
		sjabloon.inhoud.flatMap((blok) => (blok.type === 'kop' || blok.type === 'alinea' ? [] : [blok]))
	);
	const blokken = sjabloon.inhoud.map((blok): GevuldBlok => {
		if (blok.type === 'kop') return { soort: 'kop', tekst: vulTekst(blok.tekst, regio) };
		if (blok.type === 'alinea') return { soort: 'tekst', delen: vulAlinea(blok.tekst, regio) };
		const veld = vulVeld(blok, index, ids[index]!, regio);
		index++;
		return { soort: 'veld', veld };
	});
	return {
		slug,
		titel: vulTekst(sjabloon.titel, regio),
		doel: vulTekst(sjabloon.doel, regio),
		blokken,
	};
}

/** The fields of a filled template, in order. */
export function veldenVan(sjabloon: GevuldSjabloon): GevuldVeld[] {
	return sjabloon.blokken.flatMap((b) => (b.soort === 'veld' ? [b.veld] : []));
}
