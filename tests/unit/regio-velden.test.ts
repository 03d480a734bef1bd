import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkRegioVelden } from '../../src/remark/regio-fields.ts';
import { regioSchema } from '../../src/schemas/regio.ts';

const regio = regioSchema.parse({
	naam: 'Regio <script>alert(1)</script> & Co',
	korteNaam: 'Co',
	contact: { email: 'info@co.nl' },
});

function markdown(tekst: string, pad = 'hoofdstuk.md') {
	const processor = unified().use(remarkParse);
	if (pad.endsWith('.mdx')) processor.use(remarkMdx);
	return processor
		.use(remarkRegioVelden, { regio })
		.use(remarkRehype)
		.use(rehypeStringify)
		.processSync(new VFile({ path: pad, value: tekst }))
		.toString();
}

describe('remarkRegioVelden', () => {
	test('replaces references in plain Markdown and escapes HTML', () => {
		expect(markdown('Welkom in {regio.korteNaam}. Mail {regio.contact.email}.')).toBe(
			'<p>Welkom in Co. Mail info@co.nl.</p>'
		);
		const html = markdown('Dit is {regio.naam}.');
		expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; Co');
		expect(html).not.toContain('<script>');
	});

	test('replaces MDX expressions, inline and as a block', () => {
		expect(markdown('Welkom in {regio.korteNaam}!', 'a.mdx')).toBe('<p>Welkom in Co!</p>');
		expect(markdown('{regio.korteNaam}', 'a.mdx')).toBe('<p>Co</p>');
		expect(markdown('{ regio.contact.email }', 'a.mdx')).toBe('<p>info@co.nl</p>');
	});

	test('an empty optional field becomes empty text', () => {
		expect(markdown('Site: {regio.website}.')).toBe('<p>Site: .</p>');
	});

	test('leaves code alone so authors can show the syntax', () => {
		expect(markdown('Schrijf `{regio.naam}` in je tekst.')).toBe(
			'<p>Schrijf <code>{regio.naam}</code> in je tekst.</p>'
		);
	});

	test.each([
		['hoofdstuk.md', 'Eerste regel.\n\nIn {regio.nam} werken we samen.', 3, 4],
		['hoofdstuk.mdx', 'Eerste regel.\n\nIn {regio.nam} werken we samen.', 3, 4],
	])(
		'an unknown field in %s fails with file, line and the known fields',
		(pad, tekst, regel, kolom) => {
			try {
				markdown(tekst, pad);
				expect.unreachable();
			} catch (fout) {
				const f = fout as { line: number; column: number; file: string; reason: string };
				expect(f.file).toBe(pad);
				expect(f.line).toBe(regel);
				expect(f.column).toBe(kolom);
				expect(f.reason).toContain('Onbekend regioveld "regio.nam"');
				expect(f.reason).toContain('regio.naam, regio.korteNaam');
			}
		}
	);
});
