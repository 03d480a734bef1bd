import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { basePrefix } from '../utils/base-path.ts';

export interface BasisLinksOptions {
	/** Astro's `base`, e.g. `/` or `/werkboek/`. */
	base: string;
}

const isRootRelative = (url: string) => url.startsWith('/') && !url.startsWith('//');

/**
 * Authors link to pages root-relative (`/werkvormen/balansmeter/`), the way they see the site.
 * When the site is published under a base path such as `/werkboek/`, this prefixes every such
 * link in Markdown and in MDX components (`href="/..."`), so links work on any host.
 *
 * ```md
 * [Balansmeter](/werkvormen/balansmeter/)
 * ```
 * with `base: '/werkboek/'` becomes `<a href="/werkboek/werkvormen/balansmeter/">`.
 */
export const remarkBasisLinks: Plugin<[BasisLinksOptions], Root> = ({ base }) => {
	const prefix = basePrefix(base);
	if (!prefix) return () => undefined;
	const herschrijf = (url: string) =>
		isRootRelative(url) && !url.startsWith(`${prefix}/`) ? `${prefix}${url}` : url;
	return (tree) => {
		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') {
				node.url = herschrijf(node.url);
			} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attribuut of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes) {
					if (
						attribuut.type === 'mdxJsxAttribute' &&
						attribuut.name === 'href' &&
						typeof attribuut.value === 'string'
					) {
						(attribuut as MdxJsxAttribute).value = herschrijf(attribuut.value);
					}
				}
			}
		});
	};
};

export interface VerborgenLinksOptions {
	/** Slugs of the chapters the region hides. */
	verborgen: readonly string[];
	/** The region's data file, for the message. */
	regioBestand: string;
	/** Slugs of the templates the region hides (`sjablonen.verbergen`; pages at /sjablonen/<slug>/). */
	sjablonen?: readonly string[];
}

/**
 * Fails the build, with file and line, when a page links to a chapter the region hides: the link
 * would lead readers to a page that does not exist. Runs before `remarkBasisLinks`.
 */
export const remarkVerborgenLinks: Plugin<[VerborgenLinksOptions], Root> = ({
	verborgen,
	regioBestand,
	sjablonen = [],
}) => {
	if (!verborgen.length && !sjablonen.length) return () => undefined;
	const padVan = (url: string) =>
		isRootRelative(url) ? url.split(/[?#]/)[0]!.replace(/^\/+|\/+$/g, '') : undefined;
	const doelVan = (url: string) => {
		const pad = padVan(url);
		return pad === undefined ? undefined : verborgen.find((slug) => slug === pad);
	};
	const sjabloonVan = (url: string) => {
		const pad = padVan(url);
		return pad === undefined
			? undefined
			: sjablonen.find(
					(slug) =>
						`sjablonen/${slug}` === pad ||
						`print/sjablonen/${slug}` === pad ||
						`pdf/sjablonen/${slug}.pdf` === pad
				);
	};
	return (tree, file) => {
		visit(tree, (node) => {
			let url: string | undefined;
			if (node.type === 'link' || node.type === 'definition') url = node.url;
			else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				const href = (node as MdxJsxFlowElement | MdxJsxTextElement).attributes.find(
					(a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'href'
				);
				if (typeof href?.value === 'string') url = href.value;
			}
			const sjabloon = url ? sjabloonVan(url) : undefined;
			if (sjabloon) {
				file.fail(
					`Deze pagina linkt naar "${url}", maar jullie regio verbergt het sjabloon "${sjabloon}" (sjablonen.verbergen in ${regioBestand}). ` +
						`Lezers zouden op een pagina komen die niet bestaat. Wat nu: toon het sjabloon toch (haal "${sjabloon}" uit sjablonen.verbergen), ` +
						'of vervang deze pagina door een eigen versie zonder die link in de map paginas/ van jullie regio (zelfde bestandsnaam).',
					{
						...(node.position ? { place: node.position.start } : {}),
						ruleId: 'verborgen-sjabloon',
						source: 'werkboek',
					}
				);
			}
			const slug = url ? doelVan(url) : undefined;
			if (!slug) return;
			file.fail(
				`Deze pagina linkt naar "${url}", maar jullie regio verbergt het hoofdstuk "${slug}" (hoofdstukken.verbergen in ${regioBestand}). ` +
					`Lezers zouden op een pagina komen die niet bestaat. Wat nu: toon het hoofdstuk toch (haal "${slug}" uit hoofdstukken.verbergen), ` +
					'of vervang deze pagina door een eigen versie zonder die link in de map paginas/ van jullie regio (zelfde bestandsnaam).',
				{
					...(node.position ? { place: node.position.start } : {}),
					ruleId: 'verborgen-hoofdstuk',
					source: 'werkboek',
				}
			);
		});
	};
};

/**
 * A link whose text is its own address (`<https://www.regio.nl>` or a bare URL) gets the class
 * `adres`, so print does not add the address a second time after it (src/styles/print.css prints
 * the address after the text of every other external link).
 *
 * ```md
 * Zie https://www.regio.nl.
 * ```
 * becomes `<a href="https://www.regio.nl" class="adres">https://www.regio.nl</a>`.
 */
export const remarkZichtbareAdressen: Plugin<[], Root> = () => (tree) => {
	visit(tree, 'link', (node) => {
		const [kind] = node.children;
		if (node.children.length !== 1 || kind?.type !== 'text') return;
		const zonderSchema = (url: string) =>
			url.replace(/^(?:https?:\/\/|mailto:)/, '').replace(/\/$/, '');
		if (zonderSchema(kind.value) !== zonderSchema(node.url)) return;
		const data = (node.data ??= {});
		const props = (data.hProperties ??= {});
		props['className'] = [
			...(Array.isArray(props['className']) ? (props['className'] as string[]) : []),
			'adres',
		];
	});
};
