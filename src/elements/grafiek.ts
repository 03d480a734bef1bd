/**
 * The Balansmeter chart: per balancing act a scale from pole A (1) to pole B (7), with "nu" as a
 * filled circle and "straks" as an open diamond (shape, not only colour, tells them apart).
 * Colours come from CSS classes that use Starlight's tokens (src/styles/hulpmiddelen.css).
 * The SVG carries a text summary as its accessible name; the pages also show the numbers in a table.
 */
import { BALANCEERACTS, type BalanceeractId } from '../schemas/balanceeracts.ts';
import { STAPPEN } from '../hulpmiddelen/formaten.ts';

const SVG = 'http://www.w3.org/2000/svg';
const BREEDTE = 640;
const X0 = 24;
const X1 = BREEDTE - 24;
const RIJ = 92;

export interface Punt {
	nu?: number | undefined;
	straks?: number | undefined;
}

function el<K extends keyof SVGElementTagNameMap>(naam: K, attrs: Record<string, string | number>, ouder?: Element): SVGElementTagNameMap[K] {
	const e = document.createElementNS(SVG, naam);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	ouder?.append(e);
	return e;
}

const x = (waarde: number) => X0 + ((waarde - 1) / (STAPPEN - 1)) * (X1 - X0);

function tekst(inhoud: string, attrs: Record<string, string | number>, ouder: Element): void {
	el('text', attrs, ouder).textContent = inhoud;
}

export function cirkel(cx: number, cy: number, r: number, ouder: Element): void {
	el('circle', { cx, cy, r, class: 'grafiek-nu' }, ouder);
}

export function ruit(cx: number, cy: number, r: number, ouder: Element): void {
	el('path', { d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`, class: 'grafiek-straks' }, ouder);
}

/**
 * Draws the chart. `punten` holds one or more people's positions per act (one for a personal
 * meter, many for the group view); `gemiddelden`, when given, are drawn as short bars.
 */
export function tekenGrafiek(
	svg: SVGSVGElement,
	punten: Partial<Record<BalanceeractId, Punt[]>>,
	label: string,
	gemiddelden?: Partial<Record<BalanceeractId, Punt>>,
): void {
	svg.replaceChildren();
	svg.setAttribute('viewBox', `0 0 ${BREEDTE} ${RIJ * BALANCEERACTS.length + 8}`);
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', label);
	svg.classList.add('grafiek');
	BALANCEERACTS.forEach((act, rij) => {
		const g = el('g', { transform: `translate(0 ${rij * RIJ})` }, svg);
		tekst(`${act.nummer}. ${act.titel}`, { x: X0, y: 18, class: 'grafiek-titel' }, g);
		const y = 46;
		el('line', { x1: X0, x2: X1, y1: y, y2: y, class: 'grafiek-as' }, g);
		for (let stap = 1; stap <= STAPPEN; stap++) el('line', { x1: x(stap), x2: x(stap), y1: y - 5, y2: y + 5, class: 'grafiek-streep' }, g);
		tekst(act.poolA, { x: X0, y: y + 32 }, g);
		tekst(act.poolB, { x: X1, y: y + 32, 'text-anchor': 'end' }, g);
		const lijst = punten[act.id] ?? [];
		const enkel = lijst.length === 1;
		// Stack people who chose the same step so every mark stays visible.
		const stapel = new Map<string, number>();
		const verschuif = (soort: string, waarde: number) => {
			const k = `${soort}${waarde}`;
			const n = stapel.get(k) ?? 0;
			stapel.set(k, n + 1);
			return n * 7;
		};
		for (const p of lijst) {
			if (enkel && p.nu !== undefined && p.straks !== undefined && p.nu !== p.straks) {
				el('line', { x1: x(p.nu), x2: x(p.straks), y1: y, y2: y, class: 'grafiek-pijl' }, g);
			}
			if (p.nu !== undefined) cirkel(x(p.nu), enkel ? y : y - 10 - verschuif('n', p.nu), enkel ? 8 : 5, g);
			if (p.straks !== undefined) ruit(x(p.straks), enkel ? y : y + 10 + verschuif('s', p.straks), enkel ? 9 : 6, g);
		}
		const gem = gemiddelden?.[act.id];
		if (gem?.nu !== undefined) el('line', { x1: x(gem.nu), x2: x(gem.nu), y1: y - 22, y2: y - 2, class: 'grafiek-gemiddelde' }, g);
		if (gem?.straks !== undefined) el('line', { x1: x(gem.straks), x2: x(gem.straks), y1: y + 2, y2: y + 22, class: 'grafiek-gemiddelde' }, g);
	});
}
