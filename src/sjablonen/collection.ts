import { getCollection } from 'astro:content';
import regio from 'virtual:werkboek/regio';
import type { Sjabloon } from '../schemas/sjabloon.ts';
import { vulSjabloon, type GevuldSjabloon } from './fill.ts';

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
	// Which steps this build has (getEntry would warn about each missing one).
	const titels = new Map(
		(await getCollection('docs', (entry) => entry.id.startsWith('traject/'))).map((entry) => [
			entry.id,
			entry.data.title,
		])
	);
	const paginas = entries.map((entry) => {
		const titel = titels.get(entry.data.stap);
		return {
			slug: entry.id,
			data: entry.data,
			gevuld: vulSjabloon(entry.id, entry.data, regio),
			stap: titel ? { slug: entry.data.stap, titel } : undefined,
		};
	});
	return paginas.sort((a, b) => a.data.volgorde - b.data.volgorde || a.slug.localeCompare(b.slug));
}

/** "Sessie 1" for "traject/sessie-1" when the chapter is missing. */
export function stapNaam(slug: string): string {
	const naam = slug.replace(/^traject\//, '').replace(/-/g, ' ');
	return naam.charAt(0).toUpperCase() + naam.slice(1);
}
