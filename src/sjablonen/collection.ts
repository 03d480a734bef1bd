import { getCollection } from 'astro:content';
import regio from 'virtual:werkboek/regio';
import type { Sjabloon } from '../schemas/sjabloon.ts';
import { werkvormenKort } from '../hulpmiddelen/collectie.ts';
import { klok, maakAgenda, planVanVoorstel, VOORSTELLEN } from '../hulpmiddelen/sessieplan.ts';
import { vulSjabloon, type Agendas, type GevuldSjabloon } from './fill.ts';

export interface SjabloonPagina {
	slug: string;
	data: Sjabloon;
	gevuld: GevuldSjabloon;
	/** The trajectory step's chapter, when this build has it (else its slug is shown without a link). */
	stap: { slug: string; titel: string } | undefined;
}

/**
 * The templates of this build (the ones the region hides are not in the collection), in their
 * order, filled with the region's data.
 */
export async function sjablonen(): Promise<SjabloonPagina[]> {
	const entries = await getCollection('sjablonen');
	const agendas = await presetAgendas();
	// Which steps this build has (getEntry would warn about each missing one).
	const titels = new Map((await getCollection('docs', (entry) => entry.id.startsWith('traject/'))).map((entry) => [entry.id, entry.data.title]));
	const paginas = entries.map((entry) => {
		const titel = titels.get(entry.data.stap);
		return {
			slug: entry.id,
			data: entry.data,
			gevuld: vulSjabloon(entry.id, entry.data, regio, agendas),
			stap: titel ? { slug: entry.data.stap, titel } : undefined,
		};
	});
	return paginas.sort((a, b) => a.data.volgorde - b.data.volgorde || a.slug.localeCompare(b.slug));
}

/**
 * The session planner's presets for sessie 1 and 2 as agenda lines with clock times, with the
 * working methods this build has; the agenda templates start from them.
 */
export async function presetAgendas(): Promise<Agendas> {
	const werkvormen = new Map((await werkvormenKort()).map((w) => [w.slug, w]));
	const uit: Agendas = {};
	for (const voorstel of VOORSTELLEN) {
		const agenda = maakAgenda(planVanVoorstel(voorstel, new Set(werkvormen.keys())), werkvormen);
		uit[voorstel.id] = agenda.regels.map((r) => `${klok(r.begin)}–${klok(r.eind)} ${r.titel}`);
	}
	return uit;
}

/** "Sessie 1" for "traject/sessie-1" when the chapter is missing. */
export function stapNaam(slug: string): string {
	const naam = slug.replace(/^traject\//, '').replace(/-/g, ' ');
	return naam.charAt(0).toUpperCase() + naam.slice(1);
}
