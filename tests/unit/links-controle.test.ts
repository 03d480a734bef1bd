import { describe, expect, test } from 'vitest';
import {
	brokenLinks,
	linksAndIdsFromBytes,
	lineOfLink,
	type PageLinks,
} from '../../src/postprocess/links.ts';

const pagina = (pad: string, links: string[], ids: string[] = []): PageLinks => ({
	pad,
	links,
	ids,
});

describe('linksAndIdsFromBytes', () => {
	test('finds the href of every <a> and the id of every element, entities decoded', () => {
		const html = `<a class="x" href="/welkom/">Welkom</a><h2 id="vragen">V</h2><div data-id="nee"></div>
			<a href='/zoek/?q=a&amp;b=c'>z</a><link href="/style.css"><section id="a&amp;b"></section>`;
		expect(linksAndIdsFromBytes(Buffer.from(html))).toEqual({
			links: ['/welkom/', '/zoek/?q=a&b=c'],
			ids: ['vragen', 'a&b'],
		});
	});
});

describe('brokenLinks', () => {
	const paginas = [
		pagina('/werkboek/', [
			'/werkboek/welkom/',
			'/werkboek/welkom/#vragen',
			'https://example.org/',
			'mailto:a@b.nl',
			'#_top',
		]),
		pagina(
			'/werkboek/welkom/',
			[
				'../',
				'./#vragen',
				'/werkboek/pdf/werkboek.pdf',
				'/werkboek/sessieplanner/#start=09:00&items=a',
			],
			['vragen']
		),
		pagina('/werkboek/sessieplanner/', []),
	];
	const bestanden = new Set([
		'index.html',
		'welkom/index.html',
		'pdf/werkboek.pdf',
		'sessieplanner/index.html',
	]);

	test('accepts pages, files, fragments that exist, other sites and tool state in the address', () => {
		expect(brokenLinks(paginas, '/werkboek/', (pad) => bestanden.has(pad))).toEqual([]);
	});

	test('reports a missing page, a missing heading, a missing file and a link outside the base path', () => {
		const kapot = brokenLinks(
			[
				pagina(
					'/werkboek/a/',
					[
						'/werkboek/bestaat-niet/',
						'/werkboek/welkom/#geen-kopje',
						'/werkboek/pdf/weg.pdf',
						'/welkom/',
						'#ook-niet',
					],
					['hier']
				),
				paginas[1]!,
			],
			'/werkboek/',
			(pad) => bestanden.has(pad)
		);
		expect(kapot.map((k) => [k.link, k.reden])).toEqual([
			['/werkboek/bestaat-niet/', 'pagina'],
			['/werkboek/welkom/#geen-kopje', 'kopje'],
			['/werkboek/pdf/weg.pdf', 'pagina'],
			['/welkom/', 'pagina'],
			['#ook-niet', 'kopje'],
		]);
	});
});

describe('brokenLinks with a shared sidebar', () => {
	const sidebar = { links: ['/a/', '/weg/', '/b/#zijbalk-kop', 'relatief/'], ids: ['zijbalk-kop'] };
	const paginas = [
		{ pad: '/a/', links: ['/b/#zijbalk-kop'], ids: [], sidebar },
		{ pad: '/b/', links: [], ids: [], sidebar },
		{ pad: '/a/relatief/', links: [], ids: [] },
	];

	test("a broken sidebar link is reported once, as in the sidebar; its ids count as the page's", () => {
		const kapot = brokenLinks(paginas, '/', () => false);
		expect(kapot.map((k) => [k.pagina.pad, k.link, k.reden, k.inSidebar])).toEqual([
			['/a/', '/weg/', 'pagina', true],
			// A relative link means another page on each page: checked on each.
			['/b/', 'relatief/', 'pagina', true],
		]);
	});
});

describe('lineOfLink', () => {
	const bron = '---\ntitle: X\n---\n\nTekst.\n\nZie [dit](/welkom/#kop) en <a href="/b/">b</a>.\n';
	test('finds the line of a Markdown link and of an href, also when the build added a base path', () => {
		expect(lineOfLink(bron, '/welkom/#kop', '/')).toBe(7);
		expect(lineOfLink(bron, '/werkboek/b/', '/werkboek/')).toBe(7);
		expect(lineOfLink(bron, '/nergens/', '/')).toBeUndefined();
	});
});
