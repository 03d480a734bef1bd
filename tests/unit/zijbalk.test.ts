import { describe, expect, test } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { werkboekContext } from '../../src/plan/context.ts';
import {
	compactSidebar,
	configLinkCount,
	markCurrent,
	SIDEBAR_MAX,
	sidebarComponent,
} from '../../src/starlight/sidebar.ts';
import { ROOT } from '../helpers.ts';

describe('markCurrent (the reused sidebar, src/starlight/sidebar.ts)', () => {
	const html =
		'<ul><li><details open><summary>A</summary><ul><li><a href="/a/" class="x">a</a></li></ul></details></li>' +
		'<li><details class="y"><summary>B</summary><ul><li><details class="z"><summary>C</summary><ul><li><a href="/c/?q=1&amp;r=2" class="x">c</a></li></ul></details></li></ul></details></li>' +
		'<li><a href="/a/" class="x">a again</a></li></ul>';

	test('marks the n-th link with that href as current and opens only the closed groups around it', () => {
		const uit = markCurrent(html, [{ href: '/c/?q=1&r=2', n: 0 }]);
		expect(uit).toContain('<details open class="y">');
		expect(uit).toContain('<details open class="z">');
		expect(uit).toContain('<a href="/c/?q=1&amp;r=2" aria-current="page" class="x">');
		expect(uit.match(/aria-current/g)).toHaveLength(1);
		expect(uit.match(/<details open>/g)).toHaveLength(1);
	});

	test('a page listed twice: only the listing Starlight marks', () => {
		const uit = markCurrent(html, [{ href: '/a/', n: 1 }]);
		expect(uit).toContain('<a href="/a/" class="x">a</a>');
		expect(uit).toContain('<a href="/a/" aria-current="page" class="x">a again</a>');
		expect(uit).toContain('<details class="y">');
	});

	test('no current page leaves the sidebar as it is', () => {
		expect(markCurrent(html, [])).toBe(html);
	});
});

describe('compactSidebar (the sidebar of a large workbook)', () => {
	type Zijbalk = StarlightRouteData['sidebar'];
	const link = (href: string, isCurrent = false) => ({
		type: 'link' as const,
		label: href,
		href,
		isCurrent,
		badge: undefined,
		attrs: {},
	});
	const groep = (label: string, entries: Zijbalk) => ({
		type: 'group' as const,
		label,
		entries,
		collapsed: false,
		badge: undefined,
	});
	const deel = (n: number, huidig?: number) =>
		groep(`Deel ${n}`, [
			link(`/deel-${n}/inleiding/`, huidig === 0),
			groep(
				'Verder',
				Array.from({ length: 10 }, (_, i) => link(`/deel-${n}/h-${i}/`, huidig === i + 1))
			),
		]);
	const sidebar = (huidigDeel?: number, huidig?: number): Zijbalk => [
		link('/', huidigDeel === undefined && huidig === 0),
		...[1, 2, 3].map((n) => deel(n, n === huidigDeel ? huidig : undefined)),
		groep('Hulpmiddelen', [link('/balansmeter/'), link('/sessieplanner/')]),
	];

	test('at or below the limit: the sidebar as it is', () => {
		const alle = sidebar(2, 3);
		expect(compactSidebar(alle, 36)).toBe(alle);
	});

	test("above it: the page's own group whole, other large groups one link to their first page, small groups whole", () => {
		const uit = compactSidebar(sidebar(2, 3), 20);
		expect(uit.map((item) => [item.type, item.label])).toEqual([
			['link', '/'],
			['link', 'Deel 1'],
			['group', 'Deel 2'],
			['link', 'Deel 3'],
			['group', 'Hulpmiddelen'],
		]);
		expect(uit[1]).toMatchObject({ href: '/deel-1/inleiding/', isCurrent: false });
		expect(uit[2]).toEqual(sidebar(2, 3)[2]);
	});

	test('a page in no group (the home page, a tool): every large group is one link', () => {
		expect(
			compactSidebar(sidebar(undefined, 0), 20)
				.filter((item) => item.type === 'group')
				.map((g) => g.label)
		).toEqual(['Hulpmiddelen']);
	});
});

describe("sidebarComponent: Starlight's own sidebar unless the workbook is large", () => {
	const klein = [
		{ slug: 'welkom' },
		{ label: 'Deel', items: [{ slug: 'a' }, { label: 'Zoeken', link: '/zoeken/' }] },
	];

	test("an ordinary region (the demo) gets Starlight's own sidebar: no override", () => {
		const { plan } = werkboekContext({}, ROOT);
		const aantal = configLinkCount(plan.sidebar);
		expect(aantal).toBeGreaterThan(50);
		expect(aantal).toBeLessThanOrEqual(SIDEBAR_MAX);
		expect(sidebarComponent(plan.sidebar, SIDEBAR_MAX)).toEqual({});
		// The same region with a lower limit is a large workbook: the reused sidebar.
		expect(sidebarComponent(plan.sidebar, aantal - 1)).toEqual({
			Sidebar: './src/starlight/Sidebar.astro',
		});
	});

	test('counts every link Starlight will list, in groups too', () => {
		expect(configLinkCount(klein)).toBe(3);
		expect(sidebarComponent(klein, 3)).toEqual({});
		expect(sidebarComponent(klein, 2)).toEqual({ Sidebar: './src/starlight/Sidebar.astro' });
	});

	test('the cache option forces either way', () => {
		expect(sidebarComponent(klein, 250, true)).toEqual({
			Sidebar: './src/starlight/Sidebar.astro',
		});
		expect(sidebarComponent(klein, 2, false)).toEqual({});
	});
});
