import { describe, expect, test } from 'vitest';
import { voegCspToe } from '../../src/postprocess/csp.ts';
import { linksEnIds } from '../../src/postprocess/links.ts';
import { markeerZijbalk, splitsOpZijbalk, verwerkPagina, zijbalkId } from '../../src/postprocess/page.ts';

const zijbalk = (huidig: string) =>
	`<ul class="top-level"><li><a href="/a/"${huidig === 'a' ? ' aria-current="page"' : ''} id="za">a</a></li>` +
	`<li><a href="/b/"${huidig === 'b' ? ' aria-current="page"' : ''}><svg style="--sl-icon-size: 1em;"></svg>b</a></li></ul>`;
const pagina = (midden: string) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"><script>thema()</script><style>p{}</style></head><body>` +
	`<a href="/eigen/" style="color: red">eigen</a><nav>${midden}</nav><main id="inhoud"><a href="/b/">b</a><script>zoek()</script>` +
	`<p style="--sl-icon-size: 1em;">x</p><a href="#inhoud">boven</a></main></body></html>`;

describe('verwerkPagina (the page middleware\'s work)', () => {
	const id = zijbalkId('de zijbalk');

	test('a page with a marked sidebar: published without the comments, with the policy of the whole page', () => {
		for (const huidig of ['a', 'b']) {
			const gewoon = Buffer.from(pagina(zijbalk(huidig)));
			const { uit } = verwerkPagina(Buffer.from(pagina(markeerZijbalk(id, zijbalk(huidig)))));
			expect(uit.toString('utf8')).toBe(voegCspToe(gewoon.toString('utf8')));
			expect(uit.toString('utf8')).not.toContain('werkboek-zijbalk');
		}
	});

	test('the page\'s own links and ids, and the sidebar\'s apart, shared by every page with it', () => {
		const een = verwerkPagina(Buffer.from(pagina(markeerZijbalk(id, zijbalk('a')))));
		const twee = verwerkPagina(Buffer.from(pagina(markeerZijbalk(id, zijbalk('b')))));
		expect(een.links).toEqual(['/eigen/', '/b/', '#inhoud']);
		expect(een.ids).toEqual(['inhoud']);
		expect(een.zijbalk).toMatchObject({ links: ['/a/', '/b/'], ids: ['za'] });
		expect(twee.zijbalk).toBe(een.zijbalk);
		// Together they are what a scan of the whole page finds.
		const geheel = linksEnIds(pagina(zijbalk('a')));
		expect(new Set([...een.links, ...een.zijbalk!.links])).toEqual(new Set(geheel.links));
		expect(new Set([...een.ids, ...een.zijbalk!.ids])).toEqual(new Set(geheel.ids));
	});

	test('a page without a sidebar is scanned whole', () => {
		const html = pagina('<a href="/los/">los</a>');
		const { uit, links, zijbalk: gedeeld } = verwerkPagina(Buffer.from(html));
		expect(uit.toString('utf8')).toBe(voegCspToe(html));
		expect(links).toContain('/los/');
		expect(gedeeld).toBeUndefined();
	});

	test('an opening comment without its end is left alone', () => {
		const html = `<p><!--werkboek-zijbalk:x--><a href="/a/">a</a></p>`;
		expect(splitsOpZijbalk(Buffer.from(html)).zijbalk).toBeUndefined();
	});
});
