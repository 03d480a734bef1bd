import type { Regio } from '../schemas/regio.ts';
import type { StapSlug } from '../schemas/traject.ts';

/**
 * The worked example of the trajectory: one invented story that runs through every step, told in
 * the region's own terms. The cast (which municipality asks, which network, which opgave) comes
 * from the region's data, with plain words ("een van de gemeenten") where the region has not filled
 * that in, so the story reads well for any region. Shown on each step page in a box titled
 * "Voorbeeld (verzonnen)" (`<TrajectVoorbeeld stap="..." />`).
 */
export interface Rolverdeling {
	regio: string;
	/** The municipality that asks for the reflection. */
	gemeente: string;
	/** A second municipality, with doubts. */
	tweedeGemeente: string;
	zorgkantoor: string;
	/** Care providers: the first is an institution, the second does district nursing or GP care. */
	aanbieder: string;
	tweedeAanbieder: string;
	ggd: string;
	welzijn: string;
	clientenorganisatie: string;
	/** The network whose partners reflect: an IZA table when the region has one. */
	netwerk: string;
	/** "de opgave ‘Langer thuis wonen’" or a general phrase. */
	opgave: string;
	tweedeOpgave: string;
}

/** The first partner of a kind, by name, skipping names already used. */
function partner(
	regio: Regio,
	soort: Regio['partners'][number]['soort'],
	anders: string,
	overslaan = 0
): string {
	return regio.partners.filter((p) => p.soort === soort)[overslaan]?.naam ?? anders;
}

export function rolverdeling(regio: Regio): Rolverdeling {
	const netwerk =
		regio.netwerken.find((n) => n.kader === 'IZA') ??
		regio.netwerken.find((n) => n.schaal === 'regio' || n.schaal === 'bovenregionaal') ??
		regio.netwerken[0];
	const [opgave, tweede] = regio.opgaven;
	return {
		regio: regio.korteNaam,
		gemeente: partner(regio, 'gemeente', 'een van de gemeenten'),
		tweedeGemeente: partner(regio, 'gemeente', 'een andere gemeente', 1),
		zorgkantoor: partner(regio, 'zorgverzekeraar', 'het zorgkantoor'),
		aanbieder: partner(regio, 'zorgaanbieder', 'een grote zorgaanbieder'),
		tweedeAanbieder: partner(regio, 'zorgaanbieder', 'de thuiszorg', 1),
		ggd: partner(regio, 'ggd', 'de GGD'),
		welzijn: partner(regio, 'welzijn', 'de welzijnsorganisatie'),
		clientenorganisatie: partner(regio, 'clientenorganisatie', 'de cliëntenraad'),
		netwerk: netwerk?.naam ?? 'het regionale overleg',
		opgave: opgave ? `de opgave ‘${opgave.titel}’` : 'hun belangrijkste gezamenlijke opgave',
		tweedeOpgave: tweede ? `de opgave ‘${tweede.titel}’` : 'een tweede opgave',
	};
}

/** Capital first letter, for names that start a sentence ("een van de gemeenten" → "Een van ..."). */
const hoofd = (tekst: string) => tekst.charAt(0).toLocaleUpperCase('nl') + tekst.slice(1);

/** The paragraphs of the example for one step. */
export function voorbeeldAlineas(stap: StapSlug, r: Rolverdeling): string[] {
	switch (stap) {
		case 'overzicht':
			return [
				`In ${r.regio} werken de partners van ${r.netwerk} al een paar jaar samen. Ze vergaderen elke maand, maar ${r.opgave} komt niet van de grond. Op elke pagina van dit traject lees je hoe zij de stappen zetten.`,
				'De namen van de partners, netwerken en opgaven komen uit de gegevens van jullie eigen regio. Zo leg je het verhaal makkelijk naast jullie eigen situatie.',
			];
		case 'aanleiding-en-opdracht':
			return [
				`${hoofd(r.gemeente)} en ${r.zorgkantoor} merken dat ${r.netwerk} stroef loopt. Steeds dezelfde mensen praten, en ${r.opgave} schiet niet op. De wethouder en de directeur van het zorgkantoor stellen voor om tien weken samen stil te staan.`,
				`Ze vragen het mandaat aan de hele tafel, niet alleen aan elkaar. Afspraak: tachtig uur voor een begeleider van buiten de regio, en de kosten delen ze half om half. ${hoofd(r.clientenorganisatie)} denkt mee over de opdracht.`,
			];
		case 'intake':
			return [
				`De begeleider spreekt de twee opdrachtgevers anderhalf uur. Hun eerste vraag is: hoe krijgen we meer vaart? Na een uur is de vraag anders: doen we nog de goede dingen samen, en op de goede schaal?`,
				`Ze spreken af dat ${r.clientenorganisatie} in de kerngroep komt. De begeleider vult met hen het plannings- en begrotingsblad in: wie betaalt wat, wie regelt de zaal, en wie mag de uitnodiging ondertekenen.`,
			];
		case 'voorgesprekken':
			return [
				`In vier weken voert de begeleider twaalf gesprekken. Met bestuurders van ${r.aanbieder}, ${r.ggd} en ${r.welzijn}. Met een wijkverpleegkundige en een huisarts. En met twee leden van ${r.clientenorganisatie}.`,
				`Er komt een patroon boven. Professionals weten niet wat er aan de regiotafel besloten wordt. ${hoofd(r.welzijn)} voelt zich er te gast. En ${r.tweedeGemeente} twijfelt of ${r.tweedeOpgave} wel regionaal moet.`,
			];
		case 'sessie-1':
			return [
				`Achttien mensen komen op een middag bij elkaar, in een buurthuis dat van niemand is. Met de balansmeter zien ze de grootste spreiding bij ‘sturen en volgen’. Bestuurders vinden dat de regio te weinig stuurt. Professionals vinden dat er juist te veel van bovenaf komt.`,
				'Met de polariteitenkaart praten ze in twee groepen van negen over die spanning. Niemand hoeft gelijk te krijgen. Aan het eind kiezen ze drie vragen voor de tweede sessie.',
			];
		case 'sessie-2':
			return [
				`Twee weken later kiezen ze. ${hoofd(r.opgave)} blijft regionaal. ${hoofd(r.tweedeOpgave)} gaat terug naar de gemeenten en de wijken. Met de belangenkaart zegt ${r.zorgkantoor} openlijk wat het zelf nodig heeft. Een aanbieder vindt het een inkoopgesprek; de begeleider zet dat punt apart voor het inkoopoverleg.`,
				`Ze maken drie afspraken. Twee keer per jaar praat een groep professionals mee. ${hoofd(r.welzijn)} krijgt een vaste plek aan tafel. En één werkgroep stopt, met een brief aan wie erin zat.`,
			];
		case 'terugkoppeling':
			return [
				`Binnen een week krijgt iedereen die meedeed een verslag van twee kantjes, met de afspraken bovenaan. De opdrachtgevers schrijven een notitie voor de colleges en de raden.`,
				`${hoofd(r.clientenorganisatie)} bespreekt de uitkomst in de eigen vergadering. Zo horen ook mensen die er niet bij waren wat er besloten is, en waarom.`,
			];
		case 'check-na-drie-maanden':
			return [
				'Na drie maanden kijkt de kerngroep een uur terug. De groep professionals is één keer bij elkaar geweest, en de werkgroep is gestopt.',
				`De vaste plek voor ${r.welzijn} is er nog niet: daarvoor moet de samenwerkingsovereenkomst veranderen. Dat zetten ze op de agenda voor het najaar, met een naam en een datum erbij.`,
			];
		case 'jaarritme':
			return [
				`${hoofd(r.netwerk)} zet de balansmeter voortaan elk voorjaar op de agenda, ruim voor de gemeenten hun kadernota schrijven. Zo kan wat de partners afspreken nog meetellen in de plannen voor het jaar erna.`,
				'In het najaar kijken ze terug op het jaar. Eén keer per raadsperiode doen ze het hele traject opnieuw.',
			];
	}
}
