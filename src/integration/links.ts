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

import { attribuutWaarden, decodeerAttribuut, isWitruimte } from '../utils/html.ts';

/** What the middleware keeps of one rendered page. */
export interface PaginaLinks {
	/** The page's path, with the base path, e.g. `/werkboek/welkom/`. */
	pad: string;
	/** Its source file relative to the project, for Markdown pages. */
	bestand?: string | undefined;
	/** Distinct, in the order found. */
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

/**
 * One copy of every link and id text seen in the build, shared by all pages: the sidebar's links
 * are the same on every page, so 1000 pages keep a few thousand strings, not a million.
 */
const teksten = new Map<string, string>();
function gedeeld(tekst: string): string {
	const bestaand = teksten.get(tekst);
	if (bestaand !== undefined) return bestaand;
	teksten.set(tekst, tekst);
	return tekst;
}

/**
 * The distinct `href`s of the `<a>` elements and the `id`s of all elements in a page, read from its
 * bytes (no decoding of the whole page). An `id="…"` in text that is not a tag only adds an id,
 * which can make a fragment check milder, never stricter.
 */
export function linksEnIdsUitBytes(html: Buffer): { links: string[]; ids: string[] } {
	const links = new Set<string>();
	let plek = html.indexOf('<a');
	while (plek >= 0) {
		const einde = html.indexOf('>', plek);
		if (einde < 0) break;
		if (isWitruimte(html[plek + 2])) {
			// The first href of the tag; toString copies just the value, so the page is not kept in memory.
			for (const href of attribuutWaarden(html, 'href', plek + 2, einde)) {
				links.add(gedeeld(decodeerAttribuut(href.toString('utf8'))));
				break;
			}
		}
		plek = html.indexOf('<a', einde);
	}
	const ids = new Set<string>();
	for (const id of attribuutWaarden(html, 'id')) ids.add(gedeeld(decodeerAttribuut(id.toString('utf8'))));
	return { links: [...links], ids: [...ids] };
}

/** linksEnIdsUitBytes for a page as text. */
export function linksEnIds(html: string): { links: string[]; ids: string[] } {
	return linksEnIdsUitBytes(Buffer.from(html, 'utf8'));
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
	/** Per path: the page there, `true` for another file of the build, `false` when there is nothing. */
	const doelen = new Map<string, PaginaLinks | boolean>();
	const doelVan = (pad: string): PaginaLinks | boolean => {
		let doel = doelen.get(pad);
		if (doel === undefined) {
			const binnen = pad.slice(basis.length);
			const bestand = binnen === '' || binnen.endsWith('/') ? `${binnen}index.html` : binnen;
			doel = perPad.get(pad) ?? perPad.get(`${pad}/`) ?? (bestaat(bestand) || bestaat(`${binnen}/index.html`));
			doelen.set(pad, doel);
		}
		return doel;
	};
	/** What is wrong with `link` on the page at `van`, or undefined when it works. */
	const oordeel = (link: string, van: string): KapotteLink['reden'] | undefined => {
		let url: URL;
		try {
			url = new URL(link, `http://werkboek.invalid${van}`);
		} catch {
			return 'pagina';
		}
		let pad: string;
		try {
			pad = decodeURIComponent(url.pathname);
		} catch {
			pad = url.pathname;
		}
		if (!pad.startsWith(basis) && `${pad}/` !== basis) return 'pagina';
		const doel = doelVan(pad.startsWith(basis) ? pad : basis);
		if (doel === false) return 'pagina';
		// A fragment must name an element of the page, except `#_top` (the top, in every browser)
		// and the state some tools keep in the address (`#start=…&items=…`).
		let fragment = url.hash.slice(1);
		try {
			fragment = decodeURIComponent(fragment);
		} catch {
			// Left as written.
		}
		if (!fragment || fragment === '_top' || fragment.includes('=') || doel === true) return undefined;
		return ids(doel).has(fragment) ? undefined : 'kopje';
	};
	// A root-relative link means the same on every page (the sidebar's links are on all of them).
	const vast = new Map<string, KapotteLink['reden'] | undefined>();
	const kapot: KapotteLink[] = [];
	for (const pagina of perPad.values()) {
		for (const link of pagina.links) {
			// Other sites, mail addresses, phone numbers and script links are not ours to check.
			if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
			let reden: KapotteLink['reden'] | undefined;
			if (link.startsWith('/')) {
				if (!vast.has(link)) vast.set(link, oordeel(link, pagina.pad));
				reden = vast.get(link);
			} else {
				reden = oordeel(link, pagina.pad);
			}
			if (reden) kapot.push({ pagina, link, reden });
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
