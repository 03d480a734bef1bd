import { describe, expect, test } from 'vitest';
import { markeerHuidige } from '../../src/components/starlight/zijbalk.ts';

describe('markeerHuidige (the reused sidebar, src/components/starlight/zijbalk.ts)', () => {
	const html =
		'<ul><li><details open><summary>A</summary><ul><li><a href="/a/" class="x">a</a></li></ul></details></li>' +
		'<li><details class="y"><summary>B</summary><ul><li><details class="z"><summary>C</summary><ul><li><a href="/c/?q=1&amp;r=2" class="x">c</a></li></ul></details></li></ul></details></li>' +
		'<li><a href="/a/" class="x">a again</a></li></ul>';

	test('marks the n-th link with that href as current and opens only the closed groups around it', () => {
		const uit = markeerHuidige(html, [{ href: '/c/?q=1&r=2', n: 0 }]);
		expect(uit).toContain('<details open class="y">');
		expect(uit).toContain('<details open class="z">');
		expect(uit).toContain('<a href="/c/?q=1&amp;r=2" aria-current="page" class="x">');
		expect(uit.match(/aria-current/g)).toHaveLength(1);
		expect(uit.match(/<details open>/g)).toHaveLength(1);
	});

	test('a page listed twice: only the listing Starlight marks', () => {
		const uit = markeerHuidige(html, [{ href: '/a/', n: 1 }]);
		expect(uit).toContain('<a href="/a/" class="x">a</a>');
		expect(uit).toContain('<a href="/a/" aria-current="page" class="x">a again</a>');
		expect(uit).toContain('<details class="y">');
	});

	test('no current page leaves the sidebar as it is', () => {
		expect(markeerHuidige(html, [])).toBe(html);
	});
});
