import { defineMiddleware } from 'astro:middleware';
import { linkStore } from '../postprocess/links.ts';
import { processPage } from '../postprocess/page.ts';

/**
 * Runs on every page the build renders, with its finished HTML in hand (added by the pages
 * integration, src/integration/link-check.ts, as the innermost middleware): sets the page's
 * Content-Security-Policy and keeps its links and ids for the link check after the build
 * (src/postprocess/page.ts, links.ts). Doing this here saves reading and writing every page again
 * after the build. In `astro dev` nothing changes: Vite's live reload needs inline code a strict
 * policy would block.
 */
/** The content file of a Starlight page; other pages (tools, print routes) have none. */
function bronBestand(locals: object): string | undefined {
	try {
		return (locals as { starlightRoute?: { entry?: { filePath?: string } } }).starlightRoute?.entry
			?.filePath;
	} catch {
		// Starlight's getter throws on pages it does not render.
		return undefined;
	}
}

export const onRequest = defineMiddleware(async (context, next) => {
	const antwoord = await next();
	if (
		import.meta.env.DEV ||
		!context.isPrerendered ||
		!antwoord.headers.get('content-type')?.includes('text/html')
	)
		return antwoord;
	// Bytes, not text: decoding and encoding a large page costs more than the work done on it.
	const { uit, links, ids, sidebar } = processPage(Buffer.from(await antwoord.arrayBuffer()));
	linkStore().set(context.url.pathname, {
		pad: context.url.pathname,
		bestand: bronBestand(context.locals),
		links,
		ids,
		sidebar,
	});
	// A view on the bytes, not another copy.
	return new Response(new Uint8Array(uit.buffer as ArrayBuffer, uit.byteOffset, uit.byteLength), {
		status: antwoord.status,
		statusText: antwoord.statusText,
		headers: antwoord.headers,
	});
});
