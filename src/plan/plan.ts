import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GeladenRegio } from '../regio/load.ts';
import type { Werkboek } from '../schemas/werkboek.ts';
import { markdownSlugs, REGIO_PAGINAS } from './paths.ts';
import { HOOFDSTUKKEN_DIR, WERKVORMEN_DIR } from './slugs.ts';
import { sjablonenGroep } from '../sjablonen/sidebar.ts';

/** A sidebar item in Starlight's user config format. */
export type SidebarItem =
	| { slug: string }
	| { label: string; items: SidebarItem[]; collapsed?: boolean }
	| { label: string; link: string };

/**
 * What this build contains, worked out once from the upstream content and the region:
 * which files the content loader reads, which upstream pages the region replaces or hides,
 * and the sidebar. Pure, so it can be unit-tested without a build.
 */
export interface BuildPlan {
	/** Glob patterns relative to the project root, including negations for hidden/replaced pages. */
	patronen: string[];
	/** Upstream chapter slugs that the region hides. */
	verborgen: string[];
	/** Slugs of region pages that replace an upstream page. */
	vervangen: string[];
	/** Slugs of new region pages. */
	nieuw: string[];
	/** The map of the region's own pages, relative to the project root (POSIX separators). */
	regioPaginas: string;
	sidebar: SidebarItem[];
}

const posix = (pad: string) => pad.split('\\').join('/');

/**
 * Sidebar links to the browser tools. Root-relative on purpose: Starlight prefixes sidebar `link`
 * items with the base path itself (utils/navigation.js → formatPath), so adding it here would
 * double it under a base path such as /werkboek/.
 */
export function hulpmiddelenGroep() {
	return {
		label: 'Hulpmiddelen',
		items: [
			{ label: 'Werkvormen zoeken', link: '/werkvormen/' },
			{ label: 'Balansmeter invullen', link: '/balansmeter/' },
			{ label: 'Sessieplanner', link: '/sessieplanner/' },
			{ label: 'Regio maken (invulhulp)', link: '/regio-maken/' },
		],
	};
}

/** The finder's link at the top of the Werkvormen group (root-relative, see above). */
export function werkvormenZoeken() {
	return { label: 'Alle werkvormen zoeken', link: '/werkvormen/' };
}

/** The upstream file of a page slug, relative to the root, or undefined when there is none. */
function upstreamBestand(root: string, slug: string): string | undefined {
	const kandidaten =
		slug === 'index'
			? ['content/index.mdx', 'content/index.md']
			: slug.startsWith('werkvormen/')
				? [
						`${WERKVORMEN_DIR}/${slug.slice('werkvormen/'.length)}.md`,
						`${WERKVORMEN_DIR}/${slug.slice('werkvormen/'.length)}.mdx`,
					]
				: [`${HOOFDSTUKKEN_DIR}/${slug}.mdx`, `${HOOFDSTUKKEN_DIR}/${slug}.md`];
	return kandidaten.find((k) => existsSync(join(root, k)));
}

export function createBuildPlan(
	root: string,
	werkboek: Werkboek,
	geladen: GeladenRegio
): BuildPlan {
	const { regio, bron } = geladen;
	const regioPaginas = posix(relative(root, join(bron.map, REGIO_PAGINAS)));
	const regioSlugs = markdownSlugs(join(bron.map, REGIO_PAGINAS));
	const verborgen = regio.hoofdstukken.verbergen;
	const vervangen = regioSlugs.filter((slug) => upstreamBestand(root, slug) !== undefined);
	const nieuw = regioSlugs.filter((slug) => !vervangen.includes(slug));

	const uitsluiten = [...verborgen, ...vervangen]
		.map((slug) => upstreamBestand(root, slug))
		.filter((bestand): bestand is string => bestand !== undefined)
		.map((bestand) => `!${bestand}`);

	const patronen = [
		'content/{index,404}.{md,mdx}',
		`${HOOFDSTUKKEN_DIR}/**/*.{md,mdx}`,
		`${WERKVORMEN_DIR}/**/*.{md,mdx}`,
		`${regioPaginas}/**/*.{md,mdx}`,
		...uitsluiten,
	];

	const sidebar: SidebarItem[] = werkboek.delen
		.map((deel) => ({
			label: deel.label,
			items: deel.hoofdstukken
				.filter((slug) => !verborgen.includes(slug))
				// A chapter listed in werkboek.yaml without a file is reported by the content check.
				.filter((slug) => upstreamBestand(root, slug) !== undefined || regioSlugs.includes(slug))
				.map((slug) => ({ slug })),
		}))
		.filter((deel) => deel.items.length > 0);
	// New region pages go where the region's data says, else in their own group.
	const geplaatst = new Set<string>();
	for (const { slug, deel, na } of regio.paginas) {
		if (!deel || !nieuw.includes(slug)) continue;
		const groep = sidebar.find(
			(item): item is { label: string; items: SidebarItem[] } =>
				'items' in item && item.label === deel
		);
		if (!groep) continue;
		const index = na ? groep.items.findIndex((item) => 'slug' in item && item.slug === na) : -1;
		groep.items.splice(index === -1 ? groep.items.length : index + 1, 0, { slug });
		geplaatst.add(slug);
	}
	const overig = nieuw.filter((slug) => !geplaatst.has(slug));
	if (overig.length) {
		sidebar.splice(1, 0, {
			label: `Over ${regio.korteNaam}`,
			items: overig.map((slug) => ({ slug })),
		});
	}
	// Listed by slug: Starlight's `autogenerate` only finds pages below src/content/docs/, and the
	// workbook's content lives in content/ (it listed none of the working methods).
	const werkvormen = markdownSlugs(join(root, WERKVORMEN_DIR))
		.sort((a, b) => a.localeCompare(b, 'nl'))
		.map((slug) => ({ slug: `werkvormen/${slug}` }));
	// The templates: right after the trajectory when the workbook has that part, else before the working methods.
	const sjablonen = sjablonenGroep(root, geladen);
	if (sjablonen) {
		const traject = sidebar.findIndex(
			(item) =>
				'items' in item &&
				item.items.some((sub) => 'slug' in sub && sub.slug.startsWith('traject/'))
		);
		sidebar.splice(traject === -1 ? sidebar.length : traject + 1, 0, sjablonen);
	}
	sidebar.push({
		label: 'Werkvormen',
		collapsed: true,
		items: [werkvormenZoeken(), ...werkvormen],
	});
	sidebar.push(hulpmiddelenGroep());

	return { patronen, verborgen, vervangen, nieuw, regioPaginas, sidebar };
}
