import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from './utils/html.ts';
import { werkvormInhoud } from './utils/werkvorm.ts';

/**
 * Two adjustments to Starlight's route data:
 *
 * A working method's page renders sections from its typed data (steps, tips, ...) that are not
 * Markdown headings, so Starlight's table of contents would not list them; they are added here.
 *
 * Starlight renders head entries with `set:html`, so the `<title>` (page title + site title, and
 * the site title holds the region's name) would not be escaped. Region data must always show as
 * text, so the title is escaped here.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const { entry, toc } = context.locals.starlightRoute;
	if (entry.data.werkvorm && toc) toc.items.push(...werkvormInhoud(entry.data.werkvorm));
	for (const entry of context.locals.starlightRoute.head) {
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
	}
});
