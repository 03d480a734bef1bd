import { getCollection, type CollectionEntry } from 'astro:content';
import type { Werkvorm } from '../schemas/werkvorm.ts';

export type WerkvormEntry = CollectionEntry<'docs'> & { data: { werkvorm: Werkvorm } };

/** The slug of a working method in print routes and PDF names: its id without `werkvormen/`. */
export const werkvormSlug = (id: string) => id.replace(/^werkvormen\//, '');

/** All working methods of this build, sorted by title (Dutch collation). */
export async function werkvormen(): Promise<WerkvormEntry[]> {
	const alle = await getCollection('docs', (entry) => entry.data.werkvorm !== undefined);
	return (alle as WerkvormEntry[]).sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
}
