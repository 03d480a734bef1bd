import { describe, expect, test } from 'vitest';
import { printContents } from '../../src/print/contents.ts';
import { klokTekst } from '../../src/print/clock.ts';
import { verdeel } from '../../src/print/vel.ts';
import { ankerVoor, shiftHeadings } from '../../src/print/heading-shift.ts';
import type { BuildPlan } from '../../src/plan/plan.ts';

describe('print helpers', () => {
	test('clock offsets', () => {
		expect([0, 5, 60, 75, 130].map(klokTekst)).toEqual(['0:00', '0:05', '1:00', '1:15', '2:10']);
	});

	test('worksheet fields are spread over exactly the declared pages, in order, or not at all', () => {
		const ruimte = () => 100;
		expect(verdeel([30, 30, 30, 30], 2, ruimte)).toEqual([2, 2]);
		expect(verdeel([90, 10, 10, 10], 2, ruimte)).toEqual([1, 3]);
		expect(verdeel([60, 60, 60], 2, ruimte)).toBeUndefined();
		// The first page has less room (title and instruction).
		expect(verdeel([40, 40, 40], 2, (p) => (p === 0 ? 50 : 100))).toEqual([1, 2]);
	});

	test('headings move down and ids get the chapter prefix, with the links that point to them', () => {
		const html =
			'<div class="sl-heading-wrapper level-h2"><h2 id="doel">Doel</h2></div><a href="#doel">x</a><p aria-labelledby="a b">y</p><h6>z</h6>';
		expect(shiftHeadings(html, 1, 'h-welkom')).toBe(
			'<div class="sl-heading-wrapper level-h3"><h3 id="h-welkom--doel">Doel</h3></div><a href="#h-welkom--doel">x</a><p aria-labelledby="h-welkom--a h-welkom--b">y</p><h6>z</h6>'
		);
	});

	test('text that only looks like markup, as in a code sample, stays as it is', () => {
		// A code sample shows markup as text: the browser shows ` id="x"` and `<h2>` literally.
		const html =
			'<pre><code>&lt;h2 id="x"&gt; <span> href="#x"</span> level-h2</code></pre><h2 id="x">X</h2>';
		expect(shiftHeadings(html, 1, 'h-welkom')).toBe(
			'<pre><code>&lt;h2 id="x"&gt; <span> href="#x"</span> level-h2</code></pre><h3 id="h-welkom--x">X</h3>'
		);
	});

	test('markup inside script, style, textarea and SVG text is text, as the browser reads it', () => {
		const html =
			'<script>const s = "<h2 id=\\"x\\">";</script><style>a[href="#x"] { }</style>' +
			'<textarea><h2 id="x"></textarea><noscript><h2 id="x"></noscript>' +
			'<svg><title>t</title><style>.a { }</style><![CDATA[ a > b <h2 id="y"> ]]></svg><h2 id="x">X</h2>';
		expect(shiftHeadings(html, 1, 'h-welkom')).toBe(
			html.replace('<h2 id="x">X</h2>', '<h3 id="h-welkom--x">X</h3>')
		);
	});

	// What parse5's tree builder made of these (the implementation before the tokenizer).
	test.each([
		[
			'<textarea/><h2 id="a">x</h2></textarea><h2 id="b">y</h2>',
			'<textarea/><h2 id="a">x</h2></textarea><h3 id="p--b">y</h3>',
		],
		[
			'<script/>if(a<h2 id="a">)</script><h2 id="b">y</h2>',
			'<script/>if(a<h2 id="a">)</script><h3 id="p--b">y</h3>',
		],
		[
			'<svg><foreignObject><textarea><h2 id="a"></textarea></foreignObject></svg><h2 id="b">y</h2>',
			'<svg><foreignObject><textarea><h2 id="a"></textarea></foreignObject></svg><h3 id="p--b">y</h3>',
		],
		[
			'<math><mi><textarea><h2 id="a"></textarea></mi></math><h2 id="b">y</h2>',
			'<math><mi><textarea><h2 id="a"></textarea></mi></math><h3 id="p--b">y</h3>',
		],
		[
			'<svg><desc><![CDATA[ a>b <a href="#a">x</a> ]]></desc></svg><h2 id="b">y</h2>',
			'<svg><desc><![CDATA[ a>b <a href="#p--a">x</a> ]]></desc></svg><h3 id="p--b">y</h3>',
		],
		[
			'<math><annotation-xml encoding="text/html"><textarea><h2 id="a"></textarea></annotation-xml></math><h2 id="b">y</h2>',
			'<math><annotation-xml encoding="text/html"><textarea><h2 id="a"></textarea></annotation-xml></math><h3 id="p--b">y</h3>',
		],
	])('reads %s as the HTML parser does', (html, verwacht) => {
		expect(shiftHeadings(html, 1, 'p')).toBe(verwacht);
	});

	test('links to pages in the printed document become links within it', () => {
		const ankers = new Map([
			['/werkboek/welkom/', ankerVoor('welkom')],
			['/werkboek/werkvormen/triz/', ankerVoor('werkvormen/triz')],
		]);
		expect(
			shiftHeadings(
				'<a href="/werkboek/welkom/">a</a> <a href="/werkboek/werkvormen/triz/#stappen">b</a> <a href="/werkboek/elders/">c</a> <a href="#doel">d</a>',
				1,
				'h-welkom',
				ankers
			)
		).toBe(
			'<a href="#h-welkom">a</a> <a href="#h-werkvormen-triz--stappen">b</a> <a href="/werkboek/elders/">c</a> <a href="#h-welkom--doel">d</a>'
		);
	});

	test('the printed workbook follows the sidebar, without hidden chapters or working methods, glossary last', () => {
		const plan = {
			sidebar: [
				{ label: 'Aan de slag', items: [{ slug: 'welkom' }] },
				{ label: 'Over Zee', items: [{ slug: 'onze-aanpak' }] },
				{ label: 'Achtergrond', items: [{ slug: 'begrippenlijst' }, { slug: 'bronnen' }] },
				{
					label: 'Werkvormen',
					collapsed: true,
					items: [
						{ label: 'Alle werkvormen zoeken', link: '/werkvormen/' },
						{ slug: 'werkvormen/triz' },
					],
				},
			],
		} as unknown as BuildPlan;
		expect(printContents('/', plan)).toEqual({
			hoofdstukken: [
				{ deel: 'Aan de slag', slug: 'welkom' },
				{ deel: 'Over Zee', slug: 'onze-aanpak' },
				{ deel: 'Achtergrond', slug: 'bronnen' },
			],
			begrippenlijst: 'begrippenlijst',
		});
	});
});
