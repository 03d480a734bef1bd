import { getCollection } from 'astro:content';
import { BALANCEERACTS } from '../schemas/balanceeracts.ts';
import type { ActScript } from '../schemas/traject.ts';

export type Balanceeract = (typeof BALANCEERACTS)[number];

/** The facilitator scripts of the balancing acts, in the order of the acts (content/scripts/). */
export async function actScripts(): Promise<{ act: Balanceeract; script: ActScript }[]> {
	const alle = await getCollection('scripts');
	return BALANCEERACTS.flatMap((act) => {
		const entry = alle.find((s) => s.id === act.id);
		return entry ? [{ act, script: entry.data }] : [];
	});
}
