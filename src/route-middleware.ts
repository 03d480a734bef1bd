import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from './utils/html.ts';

/**
 * Starlight renders head entries with `set:html`, so the `<title>` (page title + site title, and
 * the site title holds the region's name) would not be escaped. Region data must always show as
 * text, so the title is escaped here.
 */
export const onRequest = defineRouteMiddleware((context) => {
	for (const entry of context.locals.starlightRoute.head) {
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
	}
});
