import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	aantalDeelnemers,
	METING_FORMAAT,
	metingSchema,
	persoonlijkVeld,
	type Meting,
} from '../schemas/meting.ts';
import { dutchErrorMap, problemsFromZod, WerkboekError, type Probleem } from '../utils/errors.ts';

export const METINGEN_MAP = 'metingen';

export interface GeladenMeting extends Meting {
	/** File name without `.json`, unique within the region. */
	id: string;
}

/**
 * Reads the region's measurements (`<region folder>/metingen/*.json`, see schemas/meting.ts),
 * oldest first. No folder, no measurements. Every broken file is reported at once, with file
 * and field, in one WerkboekError that stops the build.
 */
export function laadMetingen(root: string, regioMap: string): GeladenMeting[] {
	const map = join(regioMap, METINGEN_MAP);
	if (!existsSync(map)) return [];
	const problemen: Probleem[] = [];
	const metingen: GeladenMeting[] = [];
	for (const naam of readdirSync(map).sort()) {
		if (naam.startsWith('.')) continue;
		const bestand = relative(root, join(map, naam)) || naam;
		if (!naam.endsWith('.json')) {
			problemen.push({
				bestand,
				bericht:
					'In deze map horen alleen metingen: JSON-bestanden die je met "Bewaar groepsbeeld" hebt bewaard. Haal dit bestand weg.',
			});
			continue;
		}
		let data: unknown;
		try {
			data = JSON.parse(readFileSync(join(map, naam), 'utf8'));
		} catch {
			problemen.push({
				bestand,
				bericht:
					'Dit bestand is geen leesbaar JSON-bestand. Bewaar de meting opnieuw met "Bewaar groepsbeeld" in de groepsweergave.',
			});
			continue;
		}
		const persoonlijk = persoonlijkVeld(data);
		if (persoonlijk) {
			problemen.push({
				bestand,
				veld: persoonlijk.join('.'),
				bericht: `Een meting moet anoniem blijven: het veld "${persoonlijk.at(-1)}" hoort er niet in. Haal het weg, of bewaar de meting opnieuw met "Bewaar groepsbeeld" (dat zet er nooit namen of notities in).`,
			});
			continue;
		}
		if (
			typeof data === 'object' &&
			data !== null &&
			(data as { formaat?: unknown }).formaat !== METING_FORMAAT &&
			typeof (data as { formaat?: unknown }).formaat === 'string'
		) {
			problemen.push({
				bestand,
				veld: 'formaat',
				bericht: `Dit is geen meting maar een ander bestand ("${String((data as { formaat: string }).formaat)}"). Zet hier alleen bestanden van "Bewaar groepsbeeld".`,
			});
			continue;
		}
		const resultaat = metingSchema.safeParse(data, { error: dutchErrorMap });
		if (!resultaat.success) {
			problemen.push(...problemsFromZod(resultaat.error.issues, bestand, () => undefined));
			continue;
		}
		const meting = resultaat.data;
		const totaal = aantalDeelnemers(meting);
		for (const [act, v] of Object.entries(meting.acts)) {
			for (const soort of ['nu', 'straks'] as const) {
				const som = v[soort].reduce((a, b) => a + b, 0);
				if (som > totaal) {
					problemen.push({
						bestand,
						veld: `acts.${act}.${soort}`,
						bericht: `Hier staan ${som} keuzes, maar de meting heeft ${totaal} deelnemers. Een deelnemer kiest hoogstens één stap.`,
					});
				}
			}
		}
		metingen.push({ id: naam.replace(/\.json$/, ''), ...meting });
	}
	if (problemen.length) {
		throw new WerkboekError(
			'Een of meer metingen in de map metingen/ kloppen niet',
			problemen,
			'verbeter of verwijder de genoemde bestanden. Uitleg van het formaat staat in src/schemas/meting.ts.'
		);
	}
	return metingen.sort((a, b) => a.datum.localeCompare(b.datum) || a.id.localeCompare(b.id));
}
