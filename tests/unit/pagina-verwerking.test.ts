import { describe, expect, test } from 'vitest';
import { addCspToBytes } from '../../src/postprocess/csp.ts';
import { linksAndIdsFromBytes } from '../../src/postprocess/links.ts';
import { processPage } from '../../src/postprocess/page.ts';
import { markSidebar, sidebarId, splitAtSidebar } from '../../src/starlight/sidebar.ts';

const sidebar = (huidig: string) =>
	`<ul class="top-level"><li><a href="/a/"${huidig === 'a' ? ' aria-current="page"' : ''} id="za">a</a></li>` +
	`<li><a href="/b/"${huidig === 'b' ? ' aria-current="page"' : ''}><svg style="--sl-icon-size: 1em;"></svg>b</a></li></ul>`;
const pagina = (midden: string) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"><script>thema()</script><style>p{}</style></head><body>` +
	`<a href="/eigen/" style="color: red">eigen</a><nav>${midden}</nav><main id="inhoud"><a href="/b/">b</a><script>zoek()</script>` +
	`<p style="--sl-icon-size: 1em;">x</p><a href="#inhoud">boven</a></main></body></html>`;

describe("processPage (the page middleware's work)", () => {
	const id = sidebarId('de sidebar');

	test('a page with a marked sidebar: published without the comments, with the policy of the whole page', () => {
		for (const huidig of ['a', 'b']) {
			const gewoon = Buffer.from(pagina(sidebar(huidig)));
			const { uit } = processPage(Buffer.from(pagina(markSidebar(id, sidebar(huidig)))));
			expect(uit.toString('utf8')).toBe(addCspToBytes(gewoon).toString('utf8'));
			expect(uit.toString('utf8')).not.toContain('werkboek-sidebar');
		}
	});

	test("the page's own links and ids, and the sidebar's apart, shared by every page with it", () => {
		const een = processPage(Buffer.from(pagina(markSidebar(id, sidebar('a')))));
		const twee = processPage(Buffer.from(pagina(markSidebar(id, sidebar('b')))));
		expect(een.links).toEqual(['/eigen/', '/b/', '#inhoud']);
		expect(een.ids).toEqual(['inhoud']);
		expect(een.sidebar).toMatchObject({ links: ['/a/', '/b/'], ids: ['za'] });
		expect(twee.sidebar).toBe(een.sidebar);
		// Together they are what a scan of the whole page finds.
		const geheel = linksAndIdsFromBytes(Buffer.from(pagina(sidebar('a'))));
		expect(new Set([...een.links, ...een.sidebar!.links])).toEqual(new Set(geheel.links));
		expect(new Set([...een.ids, ...een.sidebar!.ids])).toEqual(new Set(geheel.ids));
	});

	test('a page without a sidebar is scanned whole', () => {
		const html = pagina('<a href="/los/">los</a>');
		const { uit, links, sidebar: gedeeld } = processPage(Buffer.from(html));
		expect(uit.toString('utf8')).toBe(addCspToBytes(Buffer.from(html)).toString('utf8'));
		expect(links).toContain('/los/');
		expect(gedeeld).toBeUndefined();
	});

	test('an opening comment without its end is left alone', () => {
		const html = `<p><!--werkboek-sidebar:x--><a href="/a/">a</a></p>`;
		expect(splitAtSidebar(Buffer.from(html)).sidebar).toBeUndefined();
	});
});
