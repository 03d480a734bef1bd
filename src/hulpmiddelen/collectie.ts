import { getCollection } from 'astro:content';
import type { WerkvormKort } from './sessieplan.ts';

/** Key facts of every working method (docs entries with `werkvorm`), ordered by title. Build time only. */
export async function werkvormenKort(): Promise<WerkvormKort[]> {
	const entries = await getCollection('docs', (entry) => entry.data.werkvorm !== undefined);
	return entries
		.map((entry) => {
			const w = entry.data.werkvorm!;
			return {
				slug: entry.id.replace(/^werkvormen\//, ''),
				titel: entry.data.title,
				duur: w.duur,
				groep: w.groep,
				fase: w.fase,
				balanceeracts: w.balanceeracts,
				inzichten: w.inzichten,
				materialen: w.materialen,
				werkblad: w.werkblad !== undefined,
			};
		})
		.sort((a, b) => a.titel.localeCompare(b.titel, 'nl'));
}

/** JSON for a `<script type="application/json">` block: `<` escaped so no text can close the element. */
export function jsonForHtml(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
