import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { sidebarMax } from 'virtual:werkboek/opties';
import { compactSidebar } from './sidebar.ts';
import { escapeHtml } from '../postprocess/html.ts';
import { werkvormInhoud } from '../utils/werkvorm.ts';

/**
 * Three adjustments to Starlight's route data:
 *
 * In a large workbook a page's sidebar lists the group the page is in, and the other groups as one
 * link each (compactSidebar in starlight/sidebar.ts).
 *
 * A working method's page renders sections from its typed data (steps, tips, ...) that are not
 * Markdown headings, so Starlight's table of contents would not list them; they are added here.
 *
 * Starlight renders head entries with `set:html`, so the `<title>` (page title + site title, and
 * the site title holds the region's name) would not be escaped. Region data must always show as
 * text, so the title is escaped here. Upstream: Starlight's Head.astro (0.42.4,
 * `<Tag {...attrs} set:html={content} />`; head entries since withastro/starlight#42); no issue
 * found. Guarded by tests/build/regio-build.test.ts ("HTML in region data shows as text").
 *
 * The compact sidebar is guarded by tests/unit/zijbalk.test.ts and tests/build/zijbalk.test.ts; the
 * working method's table of contents by tests/e2e/site.test.ts. All three: src/starlight/README.md.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = compactSidebar(route.sidebar, sidebarMax);
	const { entry, toc } = route;
	if (entry.data.werkvorm && toc) toc.items.push(...werkvormInhoud(entry.data.werkvorm));
	for (const entry of context.locals.starlightRoute.head) {
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
	}
});
