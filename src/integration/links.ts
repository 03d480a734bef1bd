/**
 * The build's link check: every `<a href>` on every page Astro renders that points inside the site
 * must lead to a page or file of the build, and a `#fragment` to an element on that page. The
 * links and ids are collected from the rendered HTML by the page middleware
 * (src/integration/pagina-middleware.ts), so this costs no extra pass over the output; the check
 * itself runs once the build (PDFs and editing screen included) is on disk.
 *
 * Links to a hidden chapter are caught earlier, in the Markdown, with file and line
 * (remarkVerborgenLinks); this check also covers links from components, the sidebar and the tools.
 */

/** What the middleware keeps of one rendered page. */
export interface PaginaLinks {
	/** The page's path, with the base path, e.g. `/werkboek/welkom/`. */
	pad: string;
	/** Its source file relative to the project, for Markdown pages. */
	bestand?: string | undefined;
	links: string[];
	ids: string[];
}

/** Where the middleware leaves its findings for the integration: both run in the build's process. */
const SLEUTEL = Symbol.for('regiowerkboek.paginaLinks');
type MetOpslag = typeof globalThis & { [SLEUTEL]?: Map<string, PaginaLinks> };

export function linkOpslag(): Map<string, PaginaLinks> {
	const g = globalThis as MetOpslag;
	return (g[SLEUTEL] ??= new Map());
}

function entiteiten(waarde: string): string {
	return waarde
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** The `href` of every `<a>` and the `id` of every element in `html`. */
export function linksEnIds(html: string): { links: string[]; ids: string[] } {
	const links: string[] = [];
	for (const [, , waarde = ''] of html.matchAll(/<a\b[^>]*?\shref=(["'])(.*?)\1/gi)) links.push(entiteiten(waarde));
	const ids: string[] = [];
	for (const [, , waarde = ''] of html.matchAll(/<[a-z][^>]*?\sid=(["'])(.*?)\1/gi)) ids.push(entiteiten(waarde));
	return { links, ids };
}

export interface KapotteLink {
	pagina: PaginaLinks;
	link: string;
	reden: 'pagina' | 'kopje';
}

/**
 * The broken internal links of `paginas`. `bestaat(pad)` says whether a path below the output
 * folder (without the base path, without a leading slash) is a file of the build.
 */
export function kapotteLinks(paginas: Iterable<PaginaLinks>, base: string, bestaat: (pad: string) => boolean): KapotteLink[] {
	const basis = base.endsWith('/') ? base : `${base}/`;
	const perPad = new Map<string, PaginaLinks>();
	for (const pagina of paginas) perPad.set(pagina.pad, pagina);
	const idsVan = new Map<string, Set<string>>();
	const ids = (pagina: PaginaLinks) => idsVan.get(pagina.pad) ?? idsVan.set(pagina.pad, new Set(pagina.ids)).get(pagina.pad)!;
	const kapot: KapotteLink[] = [];
	for (const pagina of perPad.values()) {
		for (const link of new Set(pagina.links)) {
			// Other sites, mail addresses, phone numbers and script links are not ours to check.
			if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
			let url: URL;
			try {
				url = new URL(link, `http://werkboek.invalid${pagina.pad}`);
			} catch {
				kapot.push({ pagina, link, reden: 'pagina' });
				continue;
			}
			let pad: string;
			try {
				pad = decodeURIComponent(url.pathname);
			} catch {
				pad = url.pathname;
			}
			if (!pad.startsWith(basis) && `${pad}/` !== basis) {
				kapot.push({ pagina, link, reden: 'pagina' });
				continue;
			}
			const binnen = pad.slice(basis.length);
			const doel = perPad.get(pad) ?? perPad.get(`${pad}/`);
			const bestand = binnen === '' || binnen.endsWith('/') ? `${binnen}index.html` : binnen;
			if (!doel && !bestaat(bestand) && !bestaat(`${binnen}/index.html`)) {
				kapot.push({ pagina, link, reden: 'pagina' });
				continue;
			}
			// A fragment must name an element of the page, except `#_top` (the top, in every browser)
			// and the state some tools keep in the address (`#start=…&items=…`).
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (!fragment || fragment === '_top' || fragment.includes('=') || !doel) continue;
			if (!ids(doel).has(fragment)) kapot.push({ pagina, link, reden: 'kopje' });
		}
	}
	return kapot;
}

/** The line of `bron` (a page's source) where `link` is written, when it can be found. */
export function regelVanLink(bron: string, link: string, base: string): number | undefined {
	const zonderBasis = base !== '/' && link.startsWith(base) ? `/${link.slice(base.length)}` : link;
	for (const kandidaat of [`(${zonderBasis}`, `"${zonderBasis}"`, zonderBasis]) {
		const index = bron.indexOf(kandidaat);
		if (index >= 0) return bron.slice(0, index).split('\n').length;
	}
	return undefined;
}
