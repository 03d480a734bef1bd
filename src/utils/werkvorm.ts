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
	return groep.min === groep.max
		? `${groep.min} deelnemers`
		: `${groep.min} tot ${groep.max} deelnemers`;
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
	return BALANCEERACTS.filter((act) => werkvorm.balanceeracts.includes(act.id)).map((act) => ({
		id: act.id,
		titel: act.titel,
	}));
}

export function inzichtTitels(werkvorm: Werkvorm): string[] {
	return INZICHTEN.filter((inzicht) => werkvorm.inzichten.includes(inzicht.id)).map(
		(inzicht) => inzicht.titel
	);
}

/**
 * The sections a working method's page renders after the author's prose (WerkvormDetails), in
 * order; also added to Starlight's table of contents by the route middleware.
 */
export const WERKVORM_SECTIES = {
	voorbereiding: 'Voorbereiding',
	stappen: 'Stappen',
	tips: 'Tips voor de begeleider',
	valkuilen: 'Valkuilen',
	varianten: 'Varianten',
	werkblad: 'Werkblad voor deelnemers',
} as const;

/** Table-of-contents entries for a working method's generated sections. */
export function werkvormInhoud(
	werkvorm: Werkvorm
): { depth: number; slug: string; text: string; children: [] }[] {
	return Object.entries(WERKVORM_SECTIES)
		.filter(([slug]) => slug !== 'werkblad' || werkvorm.werkblad)
		.map(([slug, text]) => ({ depth: 2, slug, text, children: [] }));
}
