import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkTabellen } from '../../src/remark/tables.ts';

describe('remarkTabellen', () => {
	test('makes every Markdown table focusable, and nothing else', async () => {
		const html = String(
			await unified()
				.use(remarkParse)
				.use(remarkGfm)
				.use(remarkTabellen)
				.use(remarkRehype)
				.use(rehypeStringify)
				.process('Tekst.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n| c |\n| - |\n| 3 |\n')
		);
		expect(html.match(/<table tabindex="0">/g)).toHaveLength(2);
		expect(html).toContain('<p>Tekst.</p>');
	});
});
