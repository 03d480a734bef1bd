import type { BuildPlan, SidebarItem } from '../plan/plan.ts';

/** The slug of the glossary chapter, which the printed workbook puts after the appendix. */
export const BEGRIPPENLIJST = 'begrippenlijst';

/** What the printed workbook contains, in order. Only slugs: titles come from the entries. */
export interface PrintContents {
	/** Chapters in sidebar order (content/werkboek.yaml, with the region's pages), without hidden ones. */
	hoofdstukken: { deel: string; slug: string }[];
	/** The glossary, when the build has one; printed after the working methods. */
	begrippenlijst?: string;
}

function slugs(items: SidebarItem[]): string[] {
	return items.flatMap((item) =>
		'slug' in item ? [item.slug] : 'items' in item ? slugs(item.items) : []
	);
}

/**
 * Works out the printed workbook from the build plan, so it follows exactly what the site shows:
 * the order of content/werkboek.yaml, the region's own pages where the sidebar has them, and no
 * chapter the region hides. The working methods (their own group in the sidebar) are the appendix,
 * printed from their data, so they are not chapters here.
 */
export function printContents(_root: string, plan: BuildPlan): PrintContents {
	const hoofdstukken: PrintContents['hoofdstukken'] = [];
	let begrippenlijst: string | undefined;
	for (const deel of plan.sidebar) {
		if (!('items' in deel)) continue;
		for (const slug of slugs(deel.items)) {
			if (slug.startsWith('werkvormen/')) continue;
			if (slug === BEGRIPPENLIJST) begrippenlijst = slug;
			else hoofdstukken.push({ deel: deel.label, slug });
		}
	}
	return { hoofdstukken, ...(begrippenlijst ? { begrippenlijst } : {}) };
}
