import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { compacteZijbalk, ZIJBALK_MAX } from './sidebar.ts';
import { escapeHtml } from '../postprocess/html.ts';
import { werkvormInhoud } from '../utils/werkvorm.ts';

/** The sidebar's limit (compacteZijbalk): `WERKBOEK_ZIJBALK_MAX` when set to a number, else ZIJBALK_MAX. */
const zijbalkMax = Number(process.env['WERKBOEK_ZIJBALK_MAX']) || ZIJBALK_MAX;

/**
 * Three adjustments to Starlight's route data:
 *
 * In a large workbook a page's sidebar lists the group the page is in, and the other groups as one
 * link each (compacteZijbalk in starlight/sidebar.ts).
 *
 * A working method's page renders sections from its typed data (steps, tips, ...) that are not
 * Markdown headings, so Starlight's table of contents would not list them; they are added here.
 *
 * Starlight renders head entries with `set:html`, so the `<title>` (page title + site title, and
 * the site title holds the region's name) would not be escaped. Region data must always show as
 * text, so the title is escaped here.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = compacteZijbalk(route.sidebar, zijbalkMax);
	const { entry, toc } = route;
	if (entry.data.werkvorm && toc) toc.items.push(...werkvormInhoud(entry.data.werkvorm));
	for (const entry of context.locals.starlightRoute.head) {
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
	}
});
