import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { createHash } from 'node:crypto';
import type { SidebarItem } from '../plan/plan.ts';
import { escapeHtml } from '../postprocess/html.ts';

type Sidebar = StarlightRouteData['sidebar'];

/**
 * Works around withastro/starlight#2215 (open: large sidebars make every page slower to build).
 * Starlight renders the whole sidebar on every page: with 1000 chapters that is 1,100 links and
 * most of a page's rendering time (measured: 18 of 24 seconds of page generation). The sidebar is
 * the same on every page except for the current page's link (`aria-current="page"`) and the
 * groups around it (opened). So Starlight's own rendering is kept once per distinct sidebar, with
 * no page current, and each page gets a copy with those two changes — byte for byte what Starlight
 * would have rendered (tests/build/zijbalk.test.ts builds a region both ways and compares every
 * page; tests/unit/zijbalk.test.ts). Only a workbook above the compact-sidebar limit uses it
 * (sidebarComponent): an ordinary region gets Starlight's own sidebar. See src/starlight/README.md.
 */
const bewaard = new Map<string, { html: string; id: string; details: DetailsTag[] }>();

/** Where a `<details…` opens or a `</details>` closes in a sidebar's HTML. */
type DetailsTag = { plek: number; sluit: boolean };

/** The `<details>` tags of `html`, in order: found once per distinct sidebar, not once per page. */
export function detailsTags(html: string): DetailsTag[] {
	const tags: DetailsTag[] = [];
	const tag = /<details\b|<\/details>/g;
	for (let treffer = tag.exec(html); treffer; treffer = tag.exec(html))
		tags.push({ plek: treffer.index, sluit: treffer[0] === '</details>' });
	return tags;
}

/** Everything that changes the sidebar's HTML except which page is current (cheaper than JSON.stringify with a replacer). */
function sleutel(sidebar: Sidebar): string {
	const delen: string[] = [];
	const loop = (items: Sidebar) => {
		for (const item of items) {
			const extra =
				item.badge || (item.type === 'link' && Object.keys(item.attrs).length)
					? JSON.stringify([item.badge, item.type === 'link' ? item.attrs : null])
					: '';
			if (item.type === 'link') delen.push(`l\u0000${item.label}\u0000${item.href}\u0000${extra}`);
			else {
				delen.push(`g\u0000${item.label}\u0000${item.collapsed}\u0000${extra}`);
				loop(item.entries);
				delen.push('e');
			}
		}
	};
	loop(sidebar);
	return delen.join('\u0001');
}

/**
 * Above this many links, a page's sidebar shows only the group the page is in in full; every other
 * large group becomes one link to its first page (compactSidebar). The `sidebar.max` option (`WERKBOEK_ZIJBALK_MAX`) sets
 * another limit (the tests use a small one).
 */
export const SIDEBAR_MAX = 250;
/** The links of a sidebar in Starlight's config format (the build plan's), as every page will list them. */
export function configLinkCount(items: SidebarItem[]): number {
	return items.reduce((som, item) => som + ('items' in item ? configLinkCount(item.items) : 1), 0);
}

/**
 * Starlight's `components` entry for the sidebar: the reused sidebar (Sidebar.astro) only when the
 * workbook has more links than the limit, where the compact sidebar starts and the cost of
 * rendering it on every page shows; else nothing, so Starlight renders its own. `cache` overrides
 * that (`WERKBOEK_ZIJBALK_CACHE=1` or `0`): `true` always, `false` never (the tests compare both).
 */
export function sidebarComponent(
	items: SidebarItem[],
	max: number,
	cache?: boolean
): { Sidebar?: string } {
	const aan = cache ?? configLinkCount(items) > max;
	return aan ? { Sidebar: './src/starlight/Sidebar.astro' } : {};
}

/** Groups with at most this many links (the tools, a region's few pages) always stay whole. */
const KLEINE_GROEP = 8;

type Item = Sidebar[number];
type Link = Extract<Item, { type: 'link' }>;

const aantalLinks = (items: Sidebar): number =>
	items.reduce((som, item) => som + (item.type === 'link' ? 1 : aantalLinks(item.entries)), 0);
const heeftHuidige = (items: Sidebar): boolean =>
	items.some((item) => (item.type === 'link' ? item.isCurrent : heeftHuidige(item.entries)));
function eersteLink(items: Sidebar): Link | undefined {
	for (const item of items) {
		const link = item.type === 'link' ? item : eersteLink(item.entries);
		if (link) return link;
	}
	return undefined;
}

/**
 * The sidebar for one page of a large workbook. Starlight lists every page on every page: with
 * 1000 chapters that is 1,100 links and 200 KB of each page, which readers (and screen readers)
 * must get through and which makes every page of a larger workbook slower to build and to load.
 * Above `max` links, the group the page is in stays whole (with its subgroups), as do small groups;
 * every other group becomes a link, with the group's name, to its first page, where that group
 * opens in turn. Previous/next links still follow the whole workbook (Starlight works them out
 * before this). At or below `max` the sidebar is returned as it is.
 */
export function compactSidebar(sidebar: Sidebar, max: number = SIDEBAR_MAX): Sidebar {
	if (aantalLinks(sidebar) <= max) return sidebar;
	return sidebar.map((item): Item => {
		if (
			item.type === 'link' ||
			heeftHuidige(item.entries) ||
			aantalLinks(item.entries) <= KLEINE_GROEP
		)
			return item;
		const eerste = eersteLink(item.entries);
		return eerste
			? {
					type: 'link',
					label: item.label,
					href: eerste.href,
					isCurrent: false,
					badge: item.badge,
					attrs: {},
				}
			: item;
	});
}

/** The sidebar as it is with no page current. */
export function withoutCurrent(sidebar: Sidebar): Sidebar {
	return sidebar.map((item) =>
		item.type === 'link'
			? { ...item, isCurrent: false }
			: { ...item, entries: withoutCurrent(item.entries) }
	);
}

/**
 * The current page's links, as an href and which of the links with that href it is (in document
 * order): a page can be listed twice, and then Starlight may mark only one of them.
 */
function huidigeLinks(
	sidebar: Sidebar,
	uit: { href: string; n: number }[] = [],
	tellers = new Map<string, number>()
): { href: string; n: number }[] {
	for (const item of sidebar) {
		if (item.type === 'link') {
			const n = tellers.get(item.href) ?? 0;
			tellers.set(item.href, n + 1);
			if (item.isCurrent) uit.push({ href: item.href, n });
		} else {
			huidigeLinks(item.entries, uit, tellers);
		}
	}
	return uit;
}

/**
 * `html` (the sidebar with no page current) with `aria-current="page"` on the given links and every
 * closed group around them opened, as Starlight does for the current page.
 */
export function markCurrent(
	html: string,
	links: { href: string; n: number }[],
	details: DetailsTag[] = detailsTags(html)
): string {
	const invoegingen: [number, string][] = [];
	const open = new Set<number>();
	for (const { href, n } of links) {
		const zoek = `<a href="${escapeHtml(href)}"`;
		let plek = html.indexOf(zoek);
		for (let i = 0; i < n && plek >= 0; i++) plek = html.indexOf(zoek, plek + 1);
		if (plek < 0) continue;
		invoegingen.push([plek + zoek.length, ' aria-current="page"']);
		// The groups this link is in: the <details> elements still open at its position.
		const stapel: number[] = [];
		for (const tag of details) {
			if (tag.plek >= plek) break;
			if (tag.sluit) stapel.pop();
			else stapel.push(tag.plek);
		}
		for (const details of stapel)
			if (!html.startsWith('<details open', details)) open.add(details + '<details'.length);
	}
	for (const plek of open) invoegingen.push([plek, ' open']);
	invoegingen.sort((a, b) => b[0] - a[0]);
	let uit = html;
	for (const [plek, tekst] of invoegingen) uit = uit.slice(0, plek) + tekst + uit.slice(plek);
	return uit;
}

/**
 * The sidebar's HTML for this page, and a name for the distinct sidebar it is a copy of; `render`
 * renders Starlight's sidebar with no page current.
 */
export async function sidebarHtml(
	sidebar: Sidebar,
	render: () => Promise<string>
): Promise<{ html: string; id: string }> {
	const sleutelTekst = sleutel(sidebar);
	let gevonden = bewaard.get(sleutelTekst);
	if (gevonden === undefined) {
		const html = await render();
		gevonden = { html, id: sidebarId(sleutelTekst), details: detailsTags(html) };
		// One per language, or per group of a large workbook (compactSidebar); the dev server may
		// see many over time: the oldest goes first.
		if (bewaard.size >= 500) bewaard.delete(bewaard.keys().next().value!);
		bewaard.set(sleutelTekst, gevonden);
	}
	return {
		html: markCurrent(gevonden.html, huidigeLinks(sidebar), gevonden.details),
		id: gevonden.id,
	};
}

/*
 * In a build the reused sidebar goes between two comments naming the distinct sidebar, so the page
 * middleware (src/postprocess/page.ts) reads its links and inline code once and then takes the
 * comments out.
 */
const BEGIN = '<!--werkboek-sidebar:';
const EINDE = '<!--/werkboek-sidebar-->';

/** A short name for a distinct sidebar, from everything that makes its HTML. */
export const sidebarId = (sleutel: string): string =>
	createHash('sha256').update(sleutel).digest('base64url').slice(0, 22);

/** The sidebar's HTML between the comments the middleware looks for. */
export const markSidebar = (id: string, html: string): string => `${BEGIN}${id}-->${html}${EINDE}`;

/** A page's bytes split at its sidebar, the comments left out; no sidebar: all of it in `voor`. */
export function splitAtSidebar(html: Buffer): {
	voor: Buffer;
	sidebar?: { id: string; bytes: Buffer };
	na: Buffer;
} {
	const begin = html.indexOf(BEGIN);
	const idEinde = begin < 0 ? -1 : html.indexOf('-->', begin + BEGIN.length);
	const einde = idEinde < 0 ? -1 : html.indexOf(EINDE, idEinde + 3);
	if (einde < 0) return { voor: html, na: html.subarray(html.length) };
	return {
		voor: html.subarray(0, begin),
		sidebar: {
			id: html.toString('latin1', begin + BEGIN.length, idEinde),
			bytes: html.subarray(idEinde + 3, einde),
		},
		na: html.subarray(einde + EINDE.length),
	};
}
