/**
 * The build's link check: every `<a href>` on every page Astro renders that points inside the site
 * must lead to a page or file of the build, and a `#fragment` to an element on that page. The
 * links and ids are collected from the rendered HTML by the page middleware
 * (src/integration/middleware.ts), so this costs no extra pass over the output; the check
 * itself runs once the build (PDFs and editing screen included) is on disk.
 *
 * Links to a hidden chapter are caught earlier, in the Markdown, with file and line
 * (remarkVerborgenLinks); this check also covers links from components, the sidebar and the tools.
 */

import { attribuutWaarden, decodeAttribute, isWhitespace } from './html.ts';
import { normalizeBase } from '../utils/base-path.ts';

/** What the middleware keeps of one rendered page. */
export interface PageLinks {
	/** The page's path, with the base path, e.g. `/werkboek/welkom/`. */
	pad: string;
	/** Its source file relative to the project, for Markdown pages. */
	bestand?: string | undefined;
	/** Distinct, in the order found; without the sidebar's (`sidebar`). */
	links: string[];
	ids: string[];
	/** The links and ids of the page's sidebar: one object shared by every page with that sidebar. */
	sidebar?: SharedPart | undefined;
}

/** Links and ids of a part that many pages share (the sidebar), found once. */
export interface SharedPart {
	links: string[];
	ids: string[];
}

/** Where the middleware leaves its findings for the integration: both run in the build's process. */
const SLEUTEL = Symbol.for('regiowerkboek.paginaLinks');
type MetOpslag = typeof globalThis & { [SLEUTEL]?: Map<string, PageLinks> };

export function linkStore(): Map<string, PageLinks> {
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
 * Adds the `href`s of the `<a>` elements and the `id`s of all elements in `html` (a page's bytes,
 * or a whole part of a page) to `links` and `ids`, without decoding the whole page. An `id="…"` in
 * text that is not a tag only adds an id, which can make a fragment check milder, never stricter.
 */
export function collectLinksAndIds(html: Buffer, links: Set<string>, ids: Set<string>): void {
	let plek = html.indexOf('<a');
	while (plek >= 0) {
		const einde = html.indexOf('>', plek);
		if (einde < 0) break;
		if (isWhitespace(html[plek + 2])) {
			// The first href of the tag; toString copies just the value, so the page is not kept in memory.
			for (const href of attribuutWaarden(html, 'href', plek + 2, einde)) {
				links.add(gedeeld(decodeAttribute(href.toString('utf8'))));
				break;
			}
		}
		plek = html.indexOf('<a', einde);
	}
	for (const id of attribuutWaarden(html, 'id'))
		ids.add(gedeeld(decodeAttribute(id.toString('utf8'))));
}

/** The distinct `href`s of the `<a>` elements and the `id`s of all elements in a page, in page order. */
export function linksAndIdsFromBytes(html: Buffer): { links: string[]; ids: string[] } {
	const links = new Set<string>();
	const ids = new Set<string>();
	collectLinksAndIds(html, links, ids);
	return { links: [...links], ids: [...ids] };
}

export interface BrokenLink {
	pagina: PageLinks;
	link: string;
	reden: 'pagina' | 'kopje';
	/** The link is in the sidebar, so on every page with that sidebar; reported once, with one of them. */
	inSidebar?: true;
}

/**
 * The broken internal links of `paginas`. `bestaat(pad)` says whether a path below the output
 * folder (without the base path, without a leading slash) is a file of the build.
 */
export function brokenLinks(
	paginas: Iterable<PageLinks>,
	base: string,
	bestaat: (pad: string) => boolean
): BrokenLink[] {
	const basis = normalizeBase(base);
	const perPad = new Map<string, PageLinks>();
	for (const pagina of paginas) perPad.set(pagina.pad, pagina);
	const idsVan = new Map<string, Set<string>>();
	const ids = (pagina: PageLinks) =>
		idsVan.get(pagina.pad) ??
		idsVan
			.set(
				pagina.pad,
				new Set(pagina.sidebar ? [...pagina.ids, ...pagina.sidebar.ids] : pagina.ids)
			)
			.get(pagina.pad)!;
	/** Per path: the page there, `true` for another file of the build, `false` when there is nothing. */
	const doelen = new Map<string, PageLinks | boolean>();
	const doelVan = (pad: string): PageLinks | boolean => {
		let doel = doelen.get(pad);
		if (doel === undefined) {
			const binnen = pad.slice(basis.length);
			const bestand = binnen === '' || binnen.endsWith('/') ? `${binnen}index.html` : binnen;
			doel =
				perPad.get(pad) ??
				perPad.get(`${pad}/`) ??
				(bestaat(bestand) || bestaat(`${binnen}/index.html`));
			doelen.set(pad, doel);
		}
		return doel;
	};
	/** What is wrong with `link` on the page at `van`, or undefined when it works. */
	const oordeel = (link: string, van: string): BrokenLink['reden'] | undefined => {
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
		if (!fragment || fragment === '_top' || fragment.includes('=') || doel === true)
			return undefined;
		return ids(doel).has(fragment) ? undefined : 'kopje';
	};
	// A root-relative link means the same on every page (the sidebar's links are on all of them).
	const vast = new Map<string, BrokenLink['reden'] | undefined>();
	const isVast = (link: string) => link.startsWith('/') && !link.startsWith('//');
	const oordeelOp = (link: string, pagina: PageLinks): BrokenLink['reden'] | undefined => {
		if (!isVast(link)) return oordeel(link, pagina.pad);
		if (!vast.has(link)) vast.set(link, oordeel(link, pagina.pad));
		return vast.get(link);
	};
	// Other sites, mail addresses, phone numbers and script links are not ours to check.
	const extern = (link: string) => /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//');
	const kapot: BrokenLink[] = [];
	const sidebars = new Map<SharedPart, PageLinks[]>();
	for (const pagina of perPad.values()) {
		if (pagina.sidebar)
			(sidebars.get(pagina.sidebar) ?? sidebars.set(pagina.sidebar, []).get(pagina.sidebar)!).push(
				pagina
			);
		for (const link of pagina.links) {
			if (extern(link)) continue;
			const reden = oordeelOp(link, pagina);
			if (reden) kapot.push({ pagina, link, reden });
		}
	}
	// A sidebar's links once for all its pages; a relative one (rare) means something else on each page.
	for (const [sidebar, paginas] of sidebars) {
		for (const link of sidebar.links) {
			if (extern(link)) continue;
			for (const pagina of isVast(link) ? paginas.slice(0, 1) : paginas) {
				const reden = oordeelOp(link, pagina);
				if (reden) kapot.push({ pagina, link, reden, inSidebar: true });
			}
		}
	}
	return kapot;
}

/** The line of `bron` (a page's source) where `link` is written, when it can be found. */
export function lineOfLink(bron: string, link: string, base: string): number | undefined {
	const zonderBasis = base !== '/' && link.startsWith(base) ? `/${link.slice(base.length)}` : link;
	for (const kandidaat of [`(${zonderBasis}`, `"${zonderBasis}"`, zonderBasis]) {
		const index = bron.indexOf(kandidaat);
		if (index >= 0) return bron.slice(0, index).split('\n').length;
	}
	return undefined;
}
