/**
 * The five balancing acts ("balanceeracts") of the RVS essay "De regio als redding?".
 * One list, used by the werkvorm schema, the chapters and (later) the Balansmeter, so that the
 * acts are spelled and ordered the same everywhere.
 */
export const BALANCEERACTS = [
	{
		id: 'inbedding-borging',
		nummer: 1,
		titel: 'Maatschappelijke inbedding en institutionele borging',
		poolA: 'Maatschappelijke inbedding',
		poolB: 'Institutionele borging',
	},
	{
		id: 'cocreatie-representatie',
		nummer: 2,
		titel: 'Co-creatie en representatie',
		poolA: 'Co-creatie',
		poolB: 'Representatie',
	},
	{
		id: 'focus-breedte',
		nummer: 3,
		titel: 'Focus en breedte',
		poolA: 'Focus',
		poolB: 'Breedte',
	},
	{
		id: 'ruimte-kaders',
		nummer: 4,
		titel: 'Ruimte en kaders',
		poolA: 'Ruimte',
		poolB: 'Kaders',
	},
	{
		id: 'sturen-volgen',
		nummer: 5,
		titel: 'Sturen en volgen',
		poolA: 'Sturen',
		poolB: 'Volgen',
	},
] as const;

export type BalanceeractId = (typeof BALANCEERACTS)[number]['id'];
export const BALANCEERACT_IDS = BALANCEERACTS.map((act) => act.id) as [
	BalanceeractId,
	...BalanceeractId[],
];

/** The three insights from regional sessions (content brief, "Drie inzichten"). */
export const INZICHTEN = [
	{ id: 'reflectieruimte', titel: 'Ruimte voor reflectie' },
	{ id: 'professionals', titel: 'Betrek professionals uit de praktijk' },
	{ id: 'belangen', titel: 'Maak gezamenlijke en eigen belangen expliciet' },
] as const;

export type InzichtId = (typeof INZICHTEN)[number]['id'];
export const INZICHT_IDS = INZICHTEN.map((i) => i.id) as [InzichtId, ...InzichtId[]];

/** Session phases a working method can serve, in the order a session runs through them. */
export const FASEN = ['openen', 'verkennen', 'verdiepen', 'besluiten', 'afsluiten'] as const;
export type Fase = (typeof FASEN)[number];
