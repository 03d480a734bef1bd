import { getCollection, getEntry } from 'astro:content';
import regio from 'virtual:werkboek/regio';
import type { Sjabloon } from '../schemas/sjabloon.ts';
import { vulSjabloon, type GevuldSjabloon } from './vullen.ts';

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
	const paginas = await Promise.all(
		entries.map(async (entry) => {
			const hoofdstuk = await getEntry('docs', entry.data.stap);
			return {
				slug: entry.id,
				data: entry.data,
				gevuld: vulSjabloon(entry.id, entry.data, regio),
				stap: hoofdstuk ? { slug: entry.data.stap, titel: hoofdstuk.data.title } : undefined,
			};
		}),
	);
	return paginas.sort((a, b) => a.data.volgorde - b.data.volgorde || a.slug.localeCompare(b.slug));
}

/** "Sessie 1" for "traject/sessie-1" when the chapter is missing. */
export function stapNaam(slug: string): string {
	const naam = slug.replace(/^traject\//, '').replace(/-/g, ' ');
	return naam.charAt(0).toUpperCase() + naam.slice(1);
}
