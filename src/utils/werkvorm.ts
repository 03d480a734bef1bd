import { BALANCEERACTS, INZICHTEN, type Fase } from '../schemas/balanceeracts.ts';
import type { Werkvorm } from '../schemas/werkvorm.ts';

export const FASE_LABELS: Record<Fase, string> = {
	openen: 'Openen',
	verkennen: 'Verkennen',
	verdiepen: 'Verdiepen',
	besluiten: 'Besluiten',
	afsluiten: 'Afsluiten',
};

/** "4 tot 30 deelnemers", "8 deelnemers" */
export function groepTekst(groep: Werkvorm['groep']): string {
	return groep.min === groep.max ? `${groep.min} deelnemers` : `${groep.min} tot ${groep.max} deelnemers`;
}

/** "45 minuten", "1 uur en 30 minuten" */
export function duurTekst(minuten: number): string {
	if (minuten < 60) return `${minuten} minuten`;
	const uren = Math.floor(minuten / 60);
	const rest = minuten % 60;
	const uurTekst = uren === 1 ? '1 uur' : `${uren} uur`;
	return rest ? `${uurTekst} en ${rest} minuten` : uurTekst;
}

export function actTitels(werkvorm: Werkvorm): { id: string; titel: string }[] {
	return BALANCEERACTS.filter((act) => werkvorm.balanceeracts.includes(act.id)).map((act) => ({ id: act.id, titel: act.titel }));
}

export function inzichtTitels(werkvorm: Werkvorm): string[] {
	return INZICHTEN.filter((inzicht) => werkvorm.inzichten.includes(inzicht.id)).map((inzicht) => inzicht.titel);
}
