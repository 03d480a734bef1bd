import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { loadBegrippen } from '../../src/begrippen/load.ts';
import { Begrippenzoeker } from '../../src/begrippen/find.ts';
import { ROOT } from '../helpers.ts';

// The terminology agreed in docs-intern/terminologie.md, kept in content/begrippen.yaml: one
// spelling per term. The build only warns about the other spellings; this test fails on them, so
// they cannot creep back into the upstream content.

const begrippen = loadBegrippen(ROOT);
const zoeker = new Begrippenzoeker(begrippen);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Markdown and MDX files below `map`, relative to the project root. */
function pagina(map: string): string[] {
	return readdirSync(join(ROOT, map), { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && /\.mdx?$/.test(d.name))
		.map((d) => relative(ROOT, join(d.parentPath, d.name)).split('\\').join('/'))
		.sort();
}

/** Every rejected spelling in a page, as `file:line "text" → term`: in frontmatter and prose, not in code. */
export function variantenIn(bestand: string, bron: string): string[] {
	const gevonden: string[] = [];
	const melding = (regel: number, tekst: string, term: string) =>
		gevonden.push(`${bestand}:${regel} "${tekst}" → ${term}`);
	const match = FRONTMATTER.exec(bron);
	const frontmatter = match ? match[0] : '';
	frontmatter.split('\n').forEach((regel, i) => {
		for (const v of zoeker.varianten(regel)) melding(i + 1, v.tekst, v.begrip.term);
	});
	const ervoor = frontmatter.split('\n').length - 1;
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
	if (bestand.endsWith('.mdx')) processor.use(remarkMdx);
	const tree = processor.parse(bron.slice(frontmatter.length)) as Root;
	visit(tree, 'text', (node) => {
		for (const v of zoeker.varianten(node.value)) {
			const regel =
				(node.position?.start.line ?? 1) +
				ervoor +
				(node.value.slice(0, v.index).split('\n').length - 1);
			melding(regel, v.tekst, v.begrip.term);
		}
	});
	return gevonden;
}

describe('terminology', () => {
	test('the finder sees variants in prose and frontmatter, with their line, and not in code', () => {
		const bron =
			'---\ntitle: Het democratisch gat\n---\n\nEen zin.\n\nDe macht/belang-matrix en `democratisch gat`.\n\n```\nCoöpereren\n```\n';
		expect(variantenIn('x.md', bron)).toEqual([
			'x.md:2 "democratisch gat" → Democratisch tekort',
			'x.md:7 "macht/belang-matrix" → Macht-belangmatrix',
		]);
	});

	test('no page of the workbook, the working methods or the example region uses a rejected spelling', () => {
		const bestanden = [...pagina('content'), ...pagina('templates')];
		expect(bestanden.length).toBeGreaterThan(40);
		const gevonden = bestanden.flatMap((bestand) =>
			variantenIn(bestand, readFileSync(join(ROOT, bestand), 'utf8'))
		);
		expect(
			gevonden,
			'Gebruik de term uit content/begrippen.yaml (docs-intern/terminologie.md)'
		).toEqual([]);
	});

	test('the glossary itself uses no rejected spelling in its explanations', () => {
		const gevonden = begrippen.flatMap((b) =>
			[...zoeker.varianten(b.uitleg), ...zoeker.varianten(b.kort)].map(
				(v) => `${b.term}: "${v.tekst}"`
			)
		);
		expect(gevonden).toEqual([]);
	});

	test('docs-intern/terminologie.md names every term with rejected spellings, and each of those spellings', () => {
		const doc = readFileSync(join(ROOT, 'docs-intern', 'terminologie.md'), 'utf8').toLowerCase();
		for (const begrip of begrippen.filter((b) => b.varianten.length)) {
			expect(doc, begrip.term).toContain(begrip.term.toLowerCase());
			for (const variant of begrip.varianten)
				expect(doc, `${begrip.term}: ${variant}`).toContain(variant.toLowerCase());
		}
	});
});
