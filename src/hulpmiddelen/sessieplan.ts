import type { BalanceeractId, Fase, InzichtId } from '../schemas/balanceeracts.ts';

/**
 * The session planner and the working-method finder: filtering, the agenda with clock times, the
 * combined materials list and the plan in the URL. Pure, so it is unit-tested without a browser.
 */

/** The key facts of a working method that the finder and planner need (built from the docs collection). */
export interface WerkvormKort {
	slug: string;
	titel: string;
	/** Minutes. */
	duur: number;
	groep: { min: number; max: number };
	fase: Fase[];
	balanceeracts: BalanceeractId[];
	inzichten: InzichtId[];
	materialen: string[];
	werkblad: boolean;
}

export interface Filter {
	/** At most this many minutes. */
	maxDuur?: number | undefined;
	/** A group of this many people fits. */
	groepsgrootte?: number | undefined;
	act?: BalanceeractId | undefined;
	fase?: Fase | undefined;
	inzicht?: InzichtId | undefined;
}

export function past(w: WerkvormKort, f: Filter): boolean {
	return (
		(f.maxDuur === undefined || w.duur <= f.maxDuur) &&
		(f.groepsgrootte === undefined ||
			(w.groep.min <= f.groepsgrootte && f.groepsgrootte <= w.groep.max)) &&
		(f.act === undefined || w.balanceeracts.includes(f.act)) &&
		(f.fase === undefined || w.fase.includes(f.fase)) &&
		(f.inzicht === undefined || w.inzichten.includes(f.inzicht))
	);
}

export type PlanItem = { soort: 'werkvorm'; slug: string } | { soort: 'pauze'; minuten: number };

export interface Plan {
	/** Start time, "HH:MM". */
	start: string;
	items: PlanItem[];
}

export const STANDAARD_START = '09:30';
export const MAX_ITEMS = 40;
const TIJD = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of "HH:MM". */
export function minutenVan(tijd: string): number {
	const m = TIJD.exec(tijd);
	return m ? Number(m[1]) * 60 + Number(m[2]) : minutenVan(STANDAARD_START);
}

/** "HH:MM" of minutes since midnight; wraps past midnight. */
export function klok(minuten: number): string {
	const m = ((minuten % 1440) + 1440) % 1440;
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The plan as a URL fragment: `start=09:30&items=1-2-4-allen,pauze:15,triz`. Readable, short, and
 * in the fragment so it never reaches a server.
 */
export function planNaarHash(plan: Plan): string {
	const items = plan.items
		.map((item) => (item.soort === 'pauze' ? `pauze:${item.minuten}` : item.slug))
		.join(',');
	return new URLSearchParams({ start: plan.start, items })
		.toString()
		.replace(/%3A/g, ':')
		.replace(/%2C/g, ',');
}

/** Reads a plan from a URL fragment; unknown methods and odd values are left out, never trusted. */
export function planUitHash(hash: string, bekend: ReadonlySet<string>): Plan {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const start = params.get('start') ?? '';
	const items: PlanItem[] = [];
	for (const deel of (params.get('items') ?? '').split(',')) {
		const pauze = /^pauze:(\d{1,3})$/.exec(deel);
		if (pauze) {
			const minuten = Number(pauze[1]);
			if (minuten >= 1 && minuten <= 240) items.push({ soort: 'pauze', minuten });
		} else if (bekend.has(deel)) {
			items.push({ soort: 'werkvorm', slug: deel });
		}
		if (items.length >= MAX_ITEMS) break;
	}
	return { start: TIJD.test(start) ? start : STANDAARD_START, items };
}

/**
 * Ready-made agendas ("voorstellen") for the two sessions of the trajectory, matching the pages
 * /traject/sessie-1/ and /traject/sessie-2/. The planner loads one from `#voorstel=sessie-1` (or a
 * button), then keeps it in the URL as an ordinary plan, so every change the facilitator makes
 * round-trips like any other plan. Only working methods that exist in the build are loaded.
 */
export interface Voorstel {
	id: 'sessie-1' | 'sessie-2';
	/** Button and status text. */
	titel: string;
	plan: Plan;
}

export const VOORSTELLEN: readonly Voorstel[] = [
	{
		id: 'sessie-1',
		titel: 'Sessie 1: samen zien waar we staan',
		plan: {
			// After a quarter of an hour of opening (no working method); closing and buffer follow.
			start: '13:15',
			items: [
				{ soort: 'werkvorm', slug: 'balansmeter' },
				{ soort: 'pauze', minuten: 15 },
				{ soort: 'werkvorm', slug: 'polariteitenkaart' },
				{ soort: 'werkvorm', slug: 'wat-en-dan-wat-nu' },
			],
		},
	},
	{
		id: 'sessie-2',
		titel: 'Sessie 2: kiezen en afspreken',
		plan: {
			// After opening and agreeing the decision rule; closing and buffer follow.
			start: '13:15',
			items: [
				{ soort: 'werkvorm', slug: 'belangenkaart' },
				{ soort: 'pauze', minuten: 15 },
				{ soort: 'werkvorm', slug: 'samenwerkingsladder' },
				{ soort: 'werkvorm', slug: '15-procent-oplossingen' },
			],
		},
	},
];

/** The preset named in a URL fragment (`#voorstel=sessie-1`), or undefined. */
export function voorstelUitHash(hash: string): Voorstel | undefined {
	const id = new URLSearchParams(hash.replace(/^#/, '')).get('voorstel');
	return VOORSTELLEN.find((v) => v.id === id);
}

/** A preset as a plan of this build: working methods the build does not have are left out. */
export function planVanVoorstel(voorstel: Voorstel, bekend: ReadonlySet<string>): Plan {
	return {
		start: voorstel.plan.start,
		items: voorstel.plan.items.filter((item) => item.soort === 'pauze' || bekend.has(item.slug)),
	};
}

export interface AgendaRegel {
	item: PlanItem;
	titel: string;
	minuten: number;
	/** Minutes since midnight. */
	begin: number;
	eind: number;
}

export interface Agenda {
	regels: AgendaRegel[];
	/** Total minutes, breaks included. */
	totaal: number;
	begin: number;
	eind: number;
}

export function maakAgenda(
	plan: Plan,
	werkvormen: ReadonlyMap<string, Pick<WerkvormKort, 'titel' | 'duur'>>
): Agenda {
	const begin = minutenVan(plan.start);
	let tijd = begin;
	const regels: AgendaRegel[] = [];
	for (const item of plan.items) {
		const werkvorm = item.soort === 'werkvorm' ? werkvormen.get(item.slug) : undefined;
		if (item.soort === 'werkvorm' && !werkvorm) continue;
		const minuten = item.soort === 'pauze' ? item.minuten : werkvorm!.duur;
		const titel = item.soort === 'pauze' ? 'Pauze' : werkvorm!.titel;
		regels.push({ item, titel, minuten, begin: tijd, eind: tijd + minuten });
		tijd += minuten;
	}
	return { regels, totaal: tijd - begin, begin, eind: tijd };
}

/**
 * The agenda as lines for a template's programme ("13:15–13:45 Balansmeter (30 min.)"), breaks
 * included, in the order of the plan. The agenda templates take these (src/elements/sjabloon-agenda.ts).
 */
export function agendaRegels(
	plan: Plan,
	werkvormen: ReadonlyMap<string, Pick<WerkvormKort, 'titel' | 'duur'>>
): string[] {
	return maakAgenda(plan, werkvormen).regels.map(
		(r) => `${klok(r.begin)}–${klok(r.eind)} ${r.titel} (${r.minuten} min.)`
	);
}

/** What a template page finds in its URL fragment: nothing for it, a plan, or a Dutch refusal. */
export type AgendaUitHash =
	{ soort: 'geen' } | { soort: 'plan'; plan: Plan } | { soort: 'fout'; melding: string };

const NIETS_VERANDERD =
	'Er is niets veranderd aan je sjabloon. Open de agenda opnieuw met de link in de sessieplanner.';

/**
 * Reads a plan sent from the planner to an agenda template: the planner's own fragment
 * (`#start=13:15&items=balansmeter,pauze:15`, see planNaarHash) or a preset (`#voorstel=sessie-1`).
 * Unlike the planner, which quietly leaves out what it does not know, this is strict: it fills in
 * a reader's template, so a broken or foreign fragment is refused whole, with a reason. A plain
 * anchor (`#sjabloon-invullen`, no "=") is not meant for it and gives 'geen'.
 */
export function leesAgendaHash(hash: string, bekend: ReadonlySet<string>): AgendaUitHash {
	const ruw = hash.replace(/^#/, '');
	if (!ruw.includes('=')) return { soort: 'geen' };
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(ruw);
	} catch {
		return {
			soort: 'fout',
			melding: `Het webadres bevat geen agenda die dit werkboek kan lezen. ${NIETS_VERANDERD}`,
		};
	}
	const voorstel = params.get('voorstel');
	if (voorstel !== null && !params.has('items')) {
		const gevonden = VOORSTELLEN.find((v) => v.id === voorstel);
		if (!gevonden)
			return {
				soort: 'fout',
				melding: `Het webadres noemt een kant-en-klare agenda die de sessieplanner niet kent ("${kort(voorstel)}"). ${NIETS_VERANDERD}`,
			};
		return { soort: 'plan', plan: planVanVoorstel(gevonden, bekend) };
	}
	const items = params.get('items');
	if (items === null)
		return {
			soort: 'fout',
			melding: `Het webadres bevat geen agenda uit de sessieplanner. ${NIETS_VERANDERD}`,
		};
	const start = params.get('start') ?? STANDAARD_START;
	if (!TIJD.test(start))
		return {
			soort: 'fout',
			melding: `De begintijd in het webadres ("${kort(start)}") is geen tijd als 13:15. ${NIETS_VERANDERD}`,
		};
	const delen = items.split(',').filter((deel) => deel !== '');
	if (!delen.length)
		return { soort: 'fout', melding: `De agenda in het webadres is leeg. ${NIETS_VERANDERD}` };
	if (delen.length > MAX_ITEMS)
		return {
			soort: 'fout',
			melding: `De agenda in het webadres heeft meer dan ${MAX_ITEMS} onderdelen. ${NIETS_VERANDERD}`,
		};
	const plan: Plan = { start, items: [] };
	for (const deel of delen) {
		const pauze = /^pauze:(\d{1,3})$/.exec(deel);
		if (pauze && Number(pauze[1]) >= 1 && Number(pauze[1]) <= 240)
			plan.items.push({ soort: 'pauze', minuten: Number(pauze[1]) });
		else if (bekend.has(deel)) plan.items.push({ soort: 'werkvorm', slug: deel });
		else
			return {
				soort: 'fout',
				melding: `Onderdeel "${kort(deel)}" in het webadres is geen werkvorm of pauze van dit werkboek. Misschien is die werkvorm in jullie werkboek verborgen. ${NIETS_VERANDERD}`,
			};
	}
	return { soort: 'plan', plan };
}

/** A value from the address, shortened for a message. */
function kort(tekst: string): string {
	return tekst.length > 40 ? `${tekst.slice(0, 40)}…` : tekst;
}

/** Every material once (case-insensitive), with the methods that need it, in first-use order. */
export function materialenLijst(
	plan: Plan,
	werkvormen: ReadonlyMap<string, WerkvormKort>
): { materiaal: string; voor: string[] }[] {
	const lijst = new Map<string, { materiaal: string; voor: string[] }>();
	for (const item of plan.items) {
		if (item.soort !== 'werkvorm') continue;
		const werkvorm = werkvormen.get(item.slug);
		if (!werkvorm) continue;
		for (const materiaal of werkvorm.materialen) {
			const sleutel = materiaal.trim().toLocaleLowerCase('nl');
			const regel = lijst.get(sleutel) ?? { materiaal, voor: [] };
			if (!regel.voor.includes(werkvorm.titel)) regel.voor.push(werkvorm.titel);
			lijst.set(sleutel, regel);
		}
	}
	return [...lijst.values()];
}

/** Moves the item at `index` one place up (-1) or down (+1); returns a new list. */
export function verplaats<T>(lijst: readonly T[], index: number, richting: -1 | 1): T[] {
	const doel = index + richting;
	if (index < 0 || index >= lijst.length || doel < 0 || doel >= lijst.length) return [...lijst];
	const kopie = [...lijst];
	[kopie[index], kopie[doel]] = [kopie[doel]!, kopie[index]!];
	return kopie;
}

export { duurTekst } from '../utils/werkvorm.ts';
