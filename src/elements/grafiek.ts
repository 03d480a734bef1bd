/**
 * The Balansmeter chart: per balancing act a scale from pole A (1) to pole B (7), with "nu" as a
 * filled circle and "straks" as an open diamond (shape, not only colour, tells them apart).
 * Colours come from CSS classes that use Starlight's tokens (src/styles/hulpmiddelen.css).
 * The SVG carries a text summary as its accessible name; the pages also show the numbers in a table.
 */
import { BALANCEERACTS, type BalanceeractId } from '../schemas/balanceeracts.ts';
import { STAPPEN } from '../hulpmiddelen/formaten.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Width used before the chart is laid out (hidden), and the widest it gets. */
const STANDAARD_BREEDTE = 640;
const MIN_BREEDTE = 280;
/** Below this width the two pole names do not fit on one line: the second goes below the first. */
const SMAL = 480;
const MARGE = 24;

export interface Punt {
	nu?: number | undefined;
	straks?: number | undefined;
	/** Stakeholder group (formaten.ts BELANGHEBBENDEN, or 'geen'): drawn in that group's shape and colour. */
	groep?: string | undefined;
}

/** The shape of each stakeholder group, so the chart does not rely on colour alone. */
const VORMEN: Record<string, (cx: number, cy: number, r: number) => string> = {
	gemeente: (x, y, r) => veelhoek(x, y, r * 0.9, 4, 45),
	zorgaanbieder: (x, y, r) => veelhoek(x, y + r * 0.2, r * 1.15, 3, 0),
	zorgverzekeraar: (x, y, r) => veelhoek(x, y, r * 1.1, 4, 0),
	ggd: (x, y, r) => veelhoek(x, y - r * 0.2, r * 1.15, 3, 180),
	welzijn: (x, y, r) => ster(x, y, r * 1.2, r * 0.5, 5),
	inwoners: (x, y, r) => kruis(x, y, r, 0),
	professional: (x, y, r) => kruis(x, y, r, 45),
	anders: (x, y, r) => veelhoek(x, y, r, 6, 0),
	geen: (x, y, r) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`,
};

function punten(lijst: [number, number][]): string {
	return `M${lijst.map(([x, y]) => `${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`).join('L')}Z`;
}
function veelhoek(cx: number, cy: number, r: number, n: number, draai: number): string {
	return punten(
		Array.from({ length: n }, (_, i) => {
			const hoek = ((draai + (360 / n) * i - 90) * Math.PI) / 180;
			return [cx + r * Math.cos(hoek), cy + r * Math.sin(hoek)];
		})
	);
}
function ster(cx: number, cy: number, r: number, binnen: number, n: number): string {
	return punten(
		Array.from({ length: 2 * n }, (_, i) => {
			const hoek = ((180 / n) * i - 90) * (Math.PI / 180);
			const straal = i % 2 ? binnen : r;
			return [cx + straal * Math.cos(hoek), cy + straal * Math.sin(hoek)];
		})
	);
}
function kruis(cx: number, cy: number, r: number, draai: number): string {
	const d = r * 0.38;
	const basis: [number, number][] = [
		[-d, -r],
		[d, -r],
		[d, -d],
		[r, -d],
		[r, d],
		[d, d],
		[d, r],
		[-d, r],
		[-d, d],
		[-r, d],
		[-r, -d],
		[-d, -d],
	];
	const a = (draai * Math.PI) / 180;
	return punten(
		basis.map(([x, y]) => [
			cx + x * Math.cos(a) - y * Math.sin(a),
			cy + x * Math.sin(a) + y * Math.cos(a),
		])
	);
}

/** A stakeholder group's mark: filled for "nu", open for "straks". */
export function groepVorm(
	groep: string,
	soort: 'nu' | 'straks',
	cx: number,
	cy: number,
	r: number,
	ouder: Element
): void {
	const vorm = VORMEN[groep] ?? VORMEN['geen']!;
	el(
		'path',
		{
			d: vorm(cx, cy, r),
			class: `grafiek-groep grafiek-groep-${soort} groep-${VORMEN[groep] ? groep : 'geen'}`,
		},
		ouder
	);
}

function el<K extends keyof SVGElementTagNameMap>(
	naam: K,
	attrs: Record<string, string | number>,
	ouder?: Element
): SVGElementTagNameMap[K] {
	const e = document.createElementNS(SVG, naam);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	ouder?.append(e);
	return e;
}

/** Horizontal position of a step on a chart `breedte` user units (= CSS pixels) wide. */
const schaalX = (breedte: number) => (waarde: number) =>
	MARGE + ((waarde - 1) / (STAPPEN - 1)) * (breedte - 2 * MARGE);

function tekst(inhoud: string, attrs: Record<string, string | number>, ouder: Element): void {
	el('text', attrs, ouder).textContent = inhoud;
}

export function cirkel(cx: number, cy: number, r: number, ouder: Element): void {
	el('circle', { cx, cy, r, class: 'grafiek-nu' }, ouder);
}

export function ruit(cx: number, cy: number, r: number, ouder: Element): void {
	el(
		'path',
		{
			d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`,
			class: 'grafiek-straks',
		},
		ouder
	);
}

/** Line height of the chart's text, and a generous average width of a bold 14 px character. */
const REGEL = 18;
const TEKEN_BREEDTE = 8.2;

/** Splits a title into lines of at most `max` characters, at spaces. */
export function regelsVan(tekst: string, max: number): string[] {
	const regels: string[] = [];
	for (const woord of tekst.split(' ')) {
		const laatste = regels.at(-1);
		if (laatste !== undefined && laatste.length + 1 + woord.length <= max)
			regels[regels.length - 1] = `${laatste} ${woord}`;
		else regels.push(woord);
	}
	return regels;
}

type Tekening = Parameters<typeof tekenGrafiek>;
const laatste = new WeakMap<SVGSVGElement, Tekening>();
const bijBreedte =
	typeof ResizeObserver === 'undefined'
		? undefined
		: new ResizeObserver((items) => {
				for (const item of items) {
					const svg = item.target as SVGSVGElement; // the chart itself is observed: it is as wide as its column
					const args = laatste.get(svg);
					if (args && Math.abs(breedteVan(svg) - Number(svg.dataset['breedte'])) > 1)
						tekenGrafiek(...args);
				}
			});

/**
 * The chart is drawn in CSS pixels (its viewBox is as wide as the space it gets), so its text is
 * as large on a phone as on a laptop instead of being scaled down with the drawing.
 */
function breedteVan(svg: SVGSVGElement): number {
	const beschikbaar = svg.parentElement?.clientWidth ?? 0;
	return beschikbaar > 0
		? Math.round(Math.max(MIN_BREEDTE, Math.min(STANDAARD_BREEDTE, beschikbaar)))
		: STANDAARD_BREEDTE;
}

/**
 * Draws the chart. `punten` holds one or more people's positions per act (one for a personal
 * meter, many for the group view); `gemiddelden`, when given, are drawn as short bars. The chart
 * is drawn again when the space it gets changes width.
 */
export function tekenGrafiek(
	svg: SVGSVGElement,
	punten: Partial<Record<BalanceeractId, Punt[]>>,
	label: string,
	gemiddelden?: Partial<Record<BalanceeractId, Punt>>
): void {
	if (!laatste.has(svg)) bijBreedte?.observe(svg);
	laatste.set(svg, [svg, punten, label, gemiddelden]);
	const breedte = breedteVan(svg);
	const smal = breedte < SMAL;
	// Titles wrap on narrow charts; every row gets room for two title lines then.
	const regels = BALANCEERACTS.map((act) =>
		regelsVan(`${act.nummer}. ${act.titel}`, Math.floor((breedte - 2 * MARGE) / TEKEN_BREEDTE))
	);
	const extra = Math.max(...regels.map((r) => r.length)) - 1;
	// Marks of people who chose the same step are stacked: above the axis for "nu", below for
	// "straks". Rows grow with the highest stack so marks never run into titles or pole names.
	const metGroep = Object.values(punten).some((lijst) => lijst.some((p) => p.groep !== undefined));
	const stapHoogte = metGroep ? 13 : 7;
	const hoogsteStapel = (soort: 'nu' | 'straks') =>
		Math.max(
			0,
			...Object.values(punten).flatMap((lijst) => {
				if (lijst.length < 2) return [];
				const tel = new Map<number, number>();
				for (const p of lijst)
					if (p[soort] !== undefined) tel.set(p[soort], (tel.get(p[soort]) ?? 0) + 1);
				return [...tel.values()];
			})
		);
	const boven = Math.max(0, Math.ceil((hoogsteStapel('nu') - (metGroep ? 1 : 2)) * stapHoogte));
	const onder = Math.max(0, Math.ceil((hoogsteStapel('straks') - 1) * stapHoogte));
	const rijHoogte = (smal ? 112 : 92) + extra * REGEL + boven + onder;
	const x = schaalX(breedte);
	const X0 = MARGE;
	const X1 = breedte - MARGE;
	svg.dataset['breedte'] = String(breedte);
	svg.replaceChildren();
	svg.setAttribute('viewBox', `0 0 ${breedte} ${rijHoogte * BALANCEERACTS.length + 8}`);
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', label);
	svg.classList.add('grafiek');
	BALANCEERACTS.forEach((act, rij) => {
		const g = el('g', { transform: `translate(0 ${rij * rijHoogte})` }, svg);
		regels[rij]!.forEach((regel, i) =>
			tekst(regel, { x: X0, y: 18 + i * REGEL, class: 'grafiek-titel' }, g)
		);
		const y = 46 + extra * REGEL + boven;
		el('line', { x1: X0, x2: X1, y1: y, y2: y, class: 'grafiek-as' }, g);
		for (let stap = 1; stap <= STAPPEN; stap++)
			el('line', { x1: x(stap), x2: x(stap), y1: y - 5, y2: y + 5, class: 'grafiek-streep' }, g);
		tekst(act.poolA, { x: X0, y: y + 32 + onder }, g);
		tekst(act.poolB, { x: X1, y: smal ? y + 52 + onder : y + 32 + onder, 'text-anchor': 'end' }, g);
		const lijst = punten[act.id] ?? [];
		const enkel = lijst.length === 1;
		// Stack people who chose the same step so every mark stays visible.
		const stapel = new Map<string, number>();
		const verschuif = (soort: string, waarde: number) => {
			const k = `${soort}${waarde}`;
			const n = stapel.get(k) ?? 0;
			stapel.set(k, n + 1);
			return n * stapHoogte;
		};
		for (const p of lijst) {
			if (enkel && p.nu !== undefined && p.straks !== undefined && p.nu !== p.straks) {
				el('line', { x1: x(p.nu), x2: x(p.straks), y1: y, y2: y, class: 'grafiek-pijl' }, g);
			}
			if (p.groep !== undefined && !enkel) {
				// Groups: more room per mark, as the shapes are larger than the plain dots.
				if (p.nu !== undefined)
					groepVorm(p.groep, 'nu', x(p.nu), y - 13 - verschuif('n', p.nu), 6, g);
				if (p.straks !== undefined)
					groepVorm(p.groep, 'straks', x(p.straks), y + 13 + verschuif('s', p.straks), 6, g);
				continue;
			}
			if (p.nu !== undefined)
				cirkel(x(p.nu), enkel ? y : y - 10 - verschuif('n', p.nu), enkel ? 8 : 5, g);
			if (p.straks !== undefined)
				ruit(x(p.straks), enkel ? y : y + 10 + verschuif('s', p.straks), enkel ? 9 : 6, g);
		}
		const gem = gemiddelden?.[act.id];
		if (gem?.nu !== undefined)
			el(
				'line',
				{ x1: x(gem.nu), x2: x(gem.nu), y1: y - 22, y2: y - 2, class: 'grafiek-gemiddelde' },
				g
			);
		if (gem?.straks !== undefined)
			el(
				'line',
				{
					x1: x(gem.straks),
					x2: x(gem.straks),
					y1: y + 2,
					y2: y + 22,
					class: 'grafiek-gemiddelde',
				},
				g
			);
	});
}
