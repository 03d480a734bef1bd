import type { BalanceeractId, Fase, InzichtId } from '../schemas/balanceeracts.ts';
import type { Filter, WerkvormKort } from '../hulpmiddelen/sessieplan.ts';

/** Reads the filter form (src/components/hulpmiddelen/Filters.astro). */
export function leesFilter(form: HTMLFormElement): Filter {
	const data = new FormData(form);
	const tekst = (naam: string) => String(data.get(naam) ?? '').trim();
	const getal = (naam: string) => (/^\d+$/.test(tekst(naam)) ? Number(tekst(naam)) : undefined);
	return {
		maxDuur: getal('maxDuur'),
		groepsgrootte: getal('groepsgrootte'),
		act: (tekst('act') || undefined) as BalanceeractId | undefined,
		fase: (tekst('fase') || undefined) as Fase | undefined,
		inzicht: (tekst('inzicht') || undefined) as InzichtId | undefined,
	};
}

/** The working methods embedded in the page as JSON (`<script type="application/json" data-werkvormen>`). */
export function leesWerkvormen(root: ParentNode): WerkvormKort[] {
	return JSON.parse(
		root.querySelector('script[data-werkvormen]')?.textContent ?? '[]'
	) as WerkvormKort[];
}
