import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import type { Plugin } from 'unified';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Begrip } from '../begrippen/load.ts';
import { Begrippenzoeker } from '../begrippen/find.ts';
import { remarkSmartypantsWaarNodig, type SmartypantsOpties } from '../starlight/smartypants.ts';
import { plaatsIn } from './regio-fields.ts';

/** Where the glossary lives, root-relative (remarkBasisLinks adds the base path later). */
export const BEGRIPPENLIJST_PAD = '/begrippenlijst/';

/** What the plugins do with a page. */
export type BegrippenSoort = 'gewoon' | 'geen-links';

export interface BegrippenOptions {
	/** The validated glossary (src/begrippen/load.ts). */
	begrippen: readonly Begrip[];
	/** Path of the glossary page, root-relative (`/begrippenlijst/`) or with the base path. */
	pagina?: string;
	/** `false` when the build has no glossary page to link to (a region hides or replaces it). */
	koppelen?: boolean;
	/**
	 * Per file: `'gewoon'` links terms, `'geen-links'` only checks spellings (the glossary itself,
	 * the sources page). Default: every file is `'gewoon'`.
	 */
	soort?: (file: VFile) => BegrippenSoort;
	/** Called with every warning about a spelling, besides `file.message` (which Astro does not print). */
	waarschuw?: (melding: VFileMessage, file: VFile) => void;
	/** SmartyPants options, so generated text gets the same curly quotes as the author's; `false`: none. */
	smartypants?: SmartypantsOpties | false;
	/**
	 * Lines of the file before the text the plugin gets, added to every reported line. Astro hands
	 * Markdown (not MDX) to remark without its frontmatter. Default: 0.
	 */
	regelsErvoor?: (file: VFile) => number;
}

type VFileMessage = ReturnType<VFile['message']>;

/**
 * The nodes this plugin adds to the Markdown tree. Each one becomes the HTML element in its
 * `data.hName` (remark-rehype), so they need no handler of their own.
 */
interface BegripNode extends Parent {
	/** `begrip`: a term in the text with its link and explanation; `begripDfn`: a term in the glossary. */
	type: 'begrip' | 'begripUitleg' | 'begripDfn';
	children: PhrasingContent[];
}
interface BegrippenlijstNode extends Parent {
	/** The glossary: its letter navigation and one description list per letter. */
	type: 'begrippenLetters' | 'begrippenDl' | 'begripDt' | 'begripDd';
	children: RootContent[];
}
declare module 'mdast' {
	interface PhrasingContentMap {
		begrip: BegripNode;
	}
	interface RootContentMap {
		begrip: BegripNode;
		begrippenlijst: BegrippenlijstNode;
	}
}

/** Gives text made by the plugins (not by the author) the curly quotes SmartyPants gives prose. */
function maakTypografie(opties: SmartypantsOpties | false | undefined) {
	if (opties === false) return <T extends Root>(tree: T) => tree;
	const smartypants = remarkSmartypantsWaarNodig(opties ?? {});
	return <T extends Root>(tree: T) => {
		(smartypants as (tree: Root) => void)(tree);
		return tree;
	};
}

/** Removes positions: generated nodes come from the data file, not from the page. */
function zonderPosities<T extends Nodes>(node: T): T {
	visit(node, (n) => {
		delete n.position;
	});
	return node;
}

/**
 * Nodes whose text is never linked: headings, links and code, tables (Starlight makes a table a
 * scroll container, which would clip the tooltip or grow a scrollbar on hover) and the titles of
 * asides.
 */
const JSX_OVERSLAAN = new Set([
	'a',
	'button',
	'summary',
	'code',
	'pre',
	'kbd',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'LinkCard',
	'LinkButton',
	'Badge',
]);
const TYPEN_OVERSLAAN = new Set([
	'heading',
	'link',
	'linkReference',
	'definition',
	'code',
	'inlineCode',
	'html',
	'table',
	'begrip',
]);

function overslaan(node: Nodes): boolean {
	if (TYPEN_OVERSLAAN.has(node.type)) return true;
	// The label of a directive (":::tip[Voorbeeld]") becomes the title of Starlight's aside, which
	// is hidden from assistive technology (the aside is named by it): a link there would be a
	// focusable element inside aria-hidden.
	// Starlight's aside plugin may have run first and made it a paragraph with aria-hidden="true".
	const data = node.data as
		{ directiveLabel?: boolean; hProperties?: { ariaHidden?: unknown } } | undefined;
	if (data?.directiveLabel) return true;
	const verborgen = data?.hProperties?.ariaHidden;
	if (verborgen !== undefined && verborgen !== false && verborgen !== 'false') return true;
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		const naam = (node as MdxJsxFlowElement | MdxJsxTextElement).name;
		return naam !== null && JSX_OVERSLAAN.has(naam);
	}
	return false;
}

/**
 * Links the first use of each glossary term on a page to its explanation on the glossary page,
 * with the short explanation as the link's accessible description and as a tooltip that shows on
 * hover and keyboard focus (CSS only: src/styles/begrippen.css). Not in headings, links, code or tables, and
 * not on pages whose `soort` is `'geen-links'`. A term the page already links to the glossary by hand
 * is left alone. Also warns, with file, line and column, about spellings the glossary rejects.
 *
 * ```md
 * Het IZA vraagt om een regiobeeld. Het IZA …
 * ```
 * becomes
 * ```html
 * <p>Het <span class="begrip"><a href="/begrippenlijst/#iza" aria-describedby="begrip-iza">IZA</a><span
 * id="begrip-iza" class="begrip-uitleg" role="tooltip" data-pagefind-ignore=""> Het Integraal Zorgakkoord,
 * ondertekend op 16 september 2022.</span></span> vraagt om een <span class="begrip">…regiobeeld…</span>. Het IZA …</p>
 * ```
 * and `Het democratisch gat` warns `hoofdstuk.md:3:5 "democratisch gat" wijkt af van de begrippenlijst: schrijf
 * "Democratisch tekort". …`.
 * Runs after remarkRegioVelden. Before remarkBasisLinks, that plugin adds the base path to these
 * links; after it (as in the build), give `pagina` with the base path.
 */
export const remarkBegrippen: Plugin<[BegrippenOptions], Root> = ({
	begrippen,
	pagina = BEGRIPPENLIJST_PAD,
	koppelen = true,
	soort = () => 'gewoon',
	waarschuw,
	smartypants,
	regelsErvoor = () => 0,
}) => {
	const zoeker = new Begrippenzoeker(begrippen);
	const typografie = maakTypografie(smartypants);
	// The tooltip texts, with curly quotes, worked out once per build.
	const uitleg = new Map(
		begrippen.map((b) => [
			b.anker,
			toString(
				typografie({
					type: 'root',
					children: [{ type: 'paragraph', children: [{ type: 'text', value: b.kort }] }],
				})
			),
		])
	);
	const handmatig = new RegExp(`^${pagina.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#([a-z0-9-]+)$`);

	function waarschuwVoorVarianten(tree: Root, file: VFile) {
		let ervoor: number | undefined;
		visit(tree, 'text', (node) => {
			for (const vondst of zoeker.varianten(node.value)) {
				ervoor ??= regelsErvoor(file);
				const start = node.position && {
					line: node.position.start.line + ervoor,
					column: node.position.start.column,
				};
				const melding = file.message(
					`"${vondst.tekst}" wijkt af van de begrippenlijst: schrijf "${vondst.begrip.term}". ${vondst.begrip.reden ?? ''} Zie docs-intern/terminologie.md.`.replace(
						/\s+/g,
						' '
					),
					{
						...(start ? { place: plaatsIn(node.value, vondst.index, start) } : {}),
						ruleId: 'begrippen-variant',
						source: 'werkboek',
					}
				);
				waarschuw?.(melding, file);
			}
		});
	}

	function link(vondst: { begrip: Begrip; tekst: string }): RootContent {
		const id = `begrip-${vondst.begrip.anker}`;
		return {
			type: 'begrip',
			data: { hName: 'span', hProperties: { className: ['begrip'] } },
			children: [
				{
					type: 'link',
					url: `${pagina}#${vondst.begrip.anker}`,
					children: [{ type: 'text', value: vondst.tekst }],
					data: { hProperties: { ariaDescribedBy: [id] } },
				},
				{
					type: 'begripUitleg',
					data: {
						hName: 'span',
						hProperties: {
							id,
							className: ['begrip-uitleg'],
							role: 'tooltip',
							dataPagefindIgnore: '',
						},
					},
					// The leading space keeps term and explanation apart where CSS is missing (reader
					// views, copied text); a block box drops it when the tooltip shows.
					children: [{ type: 'text', value: ` ${uitleg.get(vondst.begrip.anker)!}` }],
				},
			],
		};
	}

	return (tree, file) => {
		waarschuwVoorVarianten(tree, file);
		if (!koppelen || soort(file) !== 'gewoon') return;

		const gelinkt = new Set<string>();
		visit(tree, 'link', (node) => {
			const anker = handmatig.exec(node.url)?.[1];
			if (anker) gelinkt.add(anker);
		});

		visit(tree, (node, index, parent) => {
			if (overslaan(node as Nodes)) return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return undefined;
			const tekst = (node as Text).value;
			const nieuw: PhrasingContent[] = [];
			let vanaf = 0;
			for (const vondst of zoeker.termen(tekst)) {
				if (gelinkt.has(vondst.begrip.anker)) continue;
				gelinkt.add(vondst.begrip.anker);
				if (vondst.index > vanaf)
					nieuw.push({ type: 'text', value: tekst.slice(vanaf, vondst.index) });
				nieuw.push(link(vondst) as PhrasingContent);
				vanaf = vondst.index + vondst.tekst.length;
			}
			if (!nieuw.length) return undefined;
			if (vanaf < tekst.length) nieuw.push({ type: 'text', value: tekst.slice(vanaf) });
			(parent as Parent).children.splice(index, 1, ...(nieuw as RootContent[]));
			return [SKIP, index + nieuw.length];
		});
	};
};

/** Letter a term is filed under: its first letter without accents. */
const letterVan = (term: string) =>
	term.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();

export interface BegrippenlijstOptions {
	begrippen: readonly Begrip[];
	/** Slugs of chapters the region hides: links to them in explanations become plain text. */
	verborgen?: readonly string[];
	smartypants?: SmartypantsOpties | false;
}

/** Replaces links to hidden chapters by their text, so an explanation never leads to a missing page. */
function zonderVerborgenLinks(nodes: RootContent[], verborgen: readonly string[]): RootContent[] {
	if (!verborgen.length) return nodes;
	const root: Root = { type: 'root', children: nodes };
	visit(root, 'link', (node, index, parent) => {
		if (!parent || index === undefined || !node.url.startsWith('/')) return undefined;
		const pad = node.url.split(/[?#]/)[0]!.replace(/^\/+|\/+$/g, '');
		if (!verborgen.includes(pad)) return undefined;
		parent.children.splice(index, 1, ...node.children);
		return [SKIP, index];
	});
	return root.children;
}

/**
 * Renders the glossary where a page has `<Begrippenlijst />` (MDX): a row of letters to jump to,
 * then per letter a heading and a definition list with each term (its anchor as `id`) and its
 * explanation. The data comes from content/begrippen.yaml, the same data the links use. Runs before
 * remarkVerborgenLinks; links in explanations to chapters the region hides become plain text.
 *
 * ```mdx
 * <Begrippenlijst />
 * ```
 * becomes
 * ```html
 * <nav aria-label="Begrippen op letter" class="begrippen-letters"><ul><li><a href="#letter-a">A</a></li>…</ul></nav>
 * <h2 id="letter-a">A</h2>
 * <dl class="begrippen"><dt id="aanbesteden"><dfn>Aanbesteden</dfn></dt><dd><p>Een opdracht …</p></dd>…</dl>
 * ```
 */
export const remarkBegrippenlijst: Plugin<[BegrippenlijstOptions], Root> = ({
	begrippen,
	verborgen = [],
	smartypants,
}) => {
	const typografie = maakTypografie(smartypants);
	const parser = unified().use(remarkParse);
	const gesorteerd = [...begrippen].sort((a, b) =>
		a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' })
	);
	const letters = [...new Set(gesorteerd.map((b) => letterVan(b.term)))];

	const maak = (): RootContent[] => {
		const nav: RootContent = {
			type: 'begrippenLetters',
			data: {
				hName: 'nav',
				hProperties: { ariaLabel: 'Begrippen op letter', className: ['begrippen-letters'] },
			},
			children: [
				{
					type: 'list',
					ordered: false,
					spread: false,
					children: letters.map((l) => ({
						type: 'listItem',
						spread: false,
						children: [
							{
								type: 'paragraph',
								children: [
									{
										type: 'link',
										url: `#letter-${l.toLowerCase()}`,
										children: [{ type: 'text', value: l }],
									},
								],
							},
						],
					})),
				},
			],
		};
		const groepen = letters.flatMap((l): RootContent[] => [
			{
				type: 'heading',
				depth: 2,
				data: { hProperties: { id: `letter-${l.toLowerCase()}` } },
				children: [{ type: 'text', value: l }],
			},
			{
				type: 'begrippenDl',
				data: { hName: 'dl', hProperties: { className: ['begrippen'] } },
				children: gesorteerd
					.filter((b) => letterVan(b.term) === l)
					.flatMap((b): RootContent[] => [
						{
							type: 'begripDt',
							data: { hName: 'dt', hProperties: { id: b.anker } },
							children: [
								{
									type: 'begripDfn',
									data: { hName: 'dfn' },
									children: [{ type: 'text', value: b.term }],
								},
							],
						},
						{
							type: 'begripDd',
							data: { hName: 'dd' },
							children: zonderVerborgenLinks(
								zonderPosities(parser.parse(b.uitleg)).children,
								verborgen
							),
						},
					]),
			},
		]);
		const root = typografie({ type: 'root', children: [nav, ...groepen] });
		return root.children;
	};

	return (tree) => {
		visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
			if (node.name !== 'Begrippenlijst' || !parent || index === undefined) return undefined;
			const nieuw = maak();
			parent.children.splice(index, 1, ...nieuw);
			return [SKIP, index + nieuw.length];
		});
	};
};
