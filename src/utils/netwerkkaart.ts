import type { Regio } from '../schemas/regio.ts';
import { PARTNER_SOORTEN, PARTNER_SOORT_LABELS } from '../schemas/regio-keuzes.ts';

/** Geometry of the network map, computed at build time from the region's data. */
export interface Kaart {
	breedte: number;
	hoogte: number;
	kolommen: {
		nummer: number;
		x: number;
		naam: string;
		schaal: string;
		kader: string;
		soort: string;
	}[];
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
export function maakKaart(regio: Pick<Regio, 'partners' | 'netwerken'>): Kaart {
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
			const deelname = regio.netwerken.flatMap((n, i) =>
				n.partners.includes(partner.id) ? [i] : []
			);
			rijen.push({
				type: 'partner',
				y: y + RIJ / 2,
				naam: partner.naam,
				kort: kort(partner.naam),
				deelname,
			});
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

/** Escapes text for use in SVG/HTML text and attribute values. */
function esc(tekst: string | number): string {
	return String(tekst).replace(
		/[&<>"']/g,
		(t) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[t]!
	);
}

/** Number of partner-network links in a map (one dot each). */
export function aantalDeelnames(kaart: Kaart): number {
	return kaart.rijen.reduce(
		(som, rij) => som + (rij.type === 'partner' ? rij.deelname.length : 0),
		0
	);
}

/**
 * The network map as SVG markup. One pure function for the build (components/regio/Netwerkkaart.astro)
 * and the region wizard's live preview (/regio-maken/), so both draw exactly the same map from the
 * same data. Styled by src/styles/netwerkkaart.css.
 */
export function kaartSvg(
	regio: Pick<Regio, 'naam' | 'partners' | 'netwerken'>,
	id = 'netwerkkaart'
): string {
	const kaart = maakKaart(regio);
	const uitleg = `${regio.partners.length} partners en ${regio.netwerken.length} netwerken, met ${aantalDeelnames(kaart)} deelnames. Dezelfde gegevens staan in de tabel onder de kaart.`;
	const kolommen = kaart.kolommen.map(
		(k) =>
			`<g class="kolom"><rect x="${k.x - kaart.kolomBreedte / 2 + 2}" y="${kaart.kopHoogte - 4}" width="${kaart.kolomBreedte - 4}" height="${kaart.hoogte - kaart.kopHoogte}" rx="4" class="kolom-vlak"></rect>` +
			`<circle cx="${k.x}" cy="16" r="12" class="kolom-nummer"></circle>` +
			`<text x="${k.x}" y="20" text-anchor="middle" class="kolom-nummer-tekst">${k.nummer}</text>` +
			`<text transform="translate(${k.x + 4} ${kaart.kopHoogte - 10}) rotate(-90)" class="kolom-schaal">${esc(k.schaal)}</text>` +
			`<title>${esc(`${k.nummer}. ${k.naam} (${k.schaal}, ${k.kader}, ${k.soort})`)}</title></g>`
	);
	const rijen = kaart.rijen.map((rij) =>
		rij.type === 'groep'
			? `<text x="4" y="${rij.y}" class="groep">${esc(rij.label)}</text>`
			: `<g class="rij"><line x1="4" x2="${kaart.breedte - 8}" y1="${rij.y + kaart.rijHoogte / 2}" y2="${rij.y + kaart.rijHoogte / 2}" class="rij-lijn"></line>` +
				`<text x="12" y="${rij.y + 4}" class="partner">${esc(rij.kort)}${rij.kort !== rij.naam ? `<title>${esc(rij.naam)}</title>` : ''}</text>` +
				rij.deelname
					.map(
						(i) =>
							`<circle cx="${kaart.kolommen[i]!.x}" cy="${rij.y}" r="7" class="deelname"></circle>`
					)
					.join('') +
				'</g>'
	);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${kaart.breedte}" height="${kaart.hoogte}" viewBox="0 0 ${kaart.breedte} ${kaart.hoogte}" role="img" aria-labelledby="${id}-titel ${id}-uitleg">` +
		`<title id="${id}-titel">Netwerkkaart van ${esc(regio.naam)}</title><desc id="${id}-uitleg">${esc(uitleg)}</desc>` +
		kolommen.join('') +
		rijen.join('') +
		'</svg>'
	);
}
