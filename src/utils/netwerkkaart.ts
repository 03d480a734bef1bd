import { PARTNER_SOORTEN, PARTNER_SOORT_LABELS, type Regio } from '../schemas/regio.ts';

/** Geometry of the network map, computed at build time from the region's data. */
export interface Kaart {
	breedte: number;
	hoogte: number;
	kolommen: { nummer: number; x: number; naam: string; schaal: string; kader: string; soort: string }[];
	rijen: (
		| { type: 'groep'; y: number; label: string }
		| { type: 'partner'; y: number; naam: string; kort: string; deelname: number[] }
	)[];
	labelBreedte: number;
	kopHoogte: number;
	kolomBreedte: number;
	rijHoogte: number;
}

const RIJ = 24;
const GROEP = 30;
const KOLOM = 40;
const KOP = 140;
const LABEL = 270;
const MAX_TEKENS = 34;

/** Shortens a label for the drawing; the full name stays available as a tooltip and in the table. */
export function kort(tekst: string, max = MAX_TEKENS): string {
	return tekst.length <= max ? tekst : `${tekst.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Lays out the network map as a matrix: partners (grouped by kind) as rows, networks as numbered
 * columns with their scale, and a dot where a partner takes part. A matrix stays readable from 5 to
 * 60 partners, where a web of lines would become spaghetti.
 */
export function maakKaart(regio: Regio): Kaart {
	const kolommen = regio.netwerken.map((netwerk, i) => ({
		nummer: i + 1,
		x: LABEL + i * KOLOM + KOLOM / 2,
		naam: netwerk.naam,
		schaal: netwerk.schaal,
		kader: netwerk.kader,
		soort: netwerk.soort,
	}));
	const rijen: Kaart['rijen'] = [];
	let y = KOP;
	for (const soort of PARTNER_SOORTEN) {
		const partners = regio.partners.filter((p) => p.soort === soort);
		if (!partners.length) continue;
		rijen.push({ type: 'groep', y: y + GROEP - 10, label: PARTNER_SOORT_LABELS[soort] });
		y += GROEP;
		for (const partner of partners) {
			const deelname = regio.netwerken.flatMap((n, i) => (n.partners.includes(partner.id) ? [i] : []));
			rijen.push({ type: 'partner', y: y + RIJ / 2, naam: partner.naam, kort: kort(partner.naam), deelname });
			y += RIJ;
		}
	}
	return {
		breedte: LABEL + Math.max(1, kolommen.length) * KOLOM + 16,
		hoogte: y + 8,
		kolommen,
		rijen,
		labelBreedte: LABEL,
		kopHoogte: KOP,
		kolomBreedte: KOLOM,
		rijHoogte: RIJ,
	};
}
