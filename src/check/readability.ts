import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { markdownSlugs } from '../plan/paths.ts';
import { HOOFDSTUKKEN_DIR } from '../plan/slugs.ts';

export interface Leesbaarheid {
	slug: string;
	zinnen: number;
	woorden: number;
	/** Average words per sentence. */
	gemiddeld: number;
	/** The longest sentence, to point writers at what to shorten. */
	langsteZin: string;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** Splits prose into sentences on . ! ? followed by a space or the end. */
export function zinnen(tekst: string): string[] {
	return tekst
		.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9"“'‘(])/u)
		.map((zin) => zin.trim())
		.filter((zin) => /[a-zà-ÿ]/i.test(zin));
}

const woorden = (zin: string) => zin.split(/\s+/).filter(Boolean).length;

/** Sentence statistics of the prose (paragraphs and list items) of one Markdown/MDX source. */
export function meetLeesbaarheid(slug: string, bron: string, mdx: boolean): Leesbaarheid {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
	if (mdx) processor.use(remarkMdx);
	const boom = processor.parse(bron.replace(FRONTMATTER, '')) as Root;
	const alle: string[] = [];
	visit(boom, 'paragraph', (alinea) => {
		alle.push(...zinnen(toString(alinea)));
		return 'skip';
	});
	const totaal = alle.reduce((som, zin) => som + woorden(zin), 0);
	const langsteZin = alle.reduce(
		(langste, zin) => (woorden(zin) > woorden(langste) ? zin : langste),
		''
	);
	return {
		slug,
		zinnen: alle.length,
		woorden: totaal,
		gemiddeld: alle.length ? totaal / alle.length : 0,
		langsteZin,
	};
}

/** Readability of every chapter in `content/hoofdstukken/`, except the glossary and sources. */
export function leesbaarheidVanHoofdstukken(root: string): Leesbaarheid[] {
	const map = join(root, HOOFDSTUKKEN_DIR);
	return markdownSlugs(map)
		.filter((slug) => !['begrippenlijst', 'bronnen'].includes(slug))
		.map((slug) => {
			const mdx = (() => {
				try {
					return { bron: readFileSync(join(map, `${slug}.mdx`), 'utf8'), mdx: true };
				} catch {
					return { bron: readFileSync(join(map, `${slug}.md`), 'utf8'), mdx: false };
				}
			})();
			return meetLeesbaarheid(slug, mdx.bron, mdx.mdx);
		});
}
