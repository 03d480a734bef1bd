import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { allePaginas, hulpmiddelPaden, soortVan, type PaginaSoort } from './paginas.ts';
import budgetten from './budgets.json' with { type: 'json' };

// Size budgets per page type (tests/quality/budgets.json), measured on the demo build in bytes after
// gzip. The figures of every type are printed, so a report can quote them.
const demoDir = inject('demoDir');
type Budget = { html: number; css: number; js: number };
type Gemeten = Budget & { pad: string };

const gz = (inhoud: string | Buffer) => gzipSync(inhoud).length;

/** A root-relative URL of the site as a file in the build. */
function bestandVan(url: string, vanafBestand: string): string {
	const pad = url.split(/[?#]/)[0]!;
	return pad.startsWith('/') ? join(demoDir, pad) : join(dirname(vanafBestand), pad);
}

/** A module script and everything it imports statically (dynamic import() loads later, on demand). */
function moduleGrafiek(bestand: string, gezien: Set<string>): void {
	if (gezien.has(bestand) || !existsSync(bestand)) return;
	gezien.add(bestand);
	const code = readFileSync(bestand, 'utf8');
	for (const [, , pad = ''] of code.matchAll(
		/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?(["'])(\.{1,2}\/[^"']+|\/[^"']+)\1/g
	)) {
		moduleGrafiek(bestandVan(pad, bestand), gezien);
	}
}

function meet(bestand: string, pad: string): Gemeten {
	const html = readFileSync(bestand, 'utf8');
	let css = 0;
	for (const [link] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
		if (/media="print"/.test(link)) continue;
		const href = /href="([^"]+)"/.exec(link)?.[1];
		if (href) css += gz(readFileSync(bestandVan(href, bestand)));
	}
	for (const [, inhoud = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
		css += gz(inhoud);
	let js = 0;
	const modules = new Set<string>();
	for (const [, attrs = '', inhoud = ''] of html.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/g
	)) {
		if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
		const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
		if (src) moduleGrafiek(bestandVan(src, bestand), modules);
		else js += gz(inhoud);
	}
	for (const module of modules) js += gz(readFileSync(module));
	return { pad, html: gz(html), css, js };
}

describe('size budgets per page type', () => {
	const hulpmiddelen = hulpmiddelPaden();
	const perSoort = new Map<PaginaSoort, Gemeten[]>();
	for (const { bestand, pad } of allePaginas(demoDir)) {
		const soort = soortVan(pad, hulpmiddelen);
		perSoort.set(soort, [...(perSoort.get(soort) ?? []), meet(bestand, pad)]);
	}
	const budgets = budgetten as unknown as Record<string, Budget>;

	test('every budgeted page type exists in the demo (tool pages only once there are any)', () => {
		for (const soort of ['home', 'hoofdstuk', 'werkvorm'] as const)
			expect(perSoort.get(soort)?.length, soort).toBeGreaterThan(0);
		if (hulpmiddelen.size > 0) expect(perSoort.get('hulpmiddel')?.length).toBeGreaterThan(0);
	});

	test.each(Object.keys(budgets).filter((k) => !k.startsWith('$')))(
		'%s pages stay within budget',
		(soort) => {
			const budget = budgets[soort]!;
			const paginas = perSoort.get(soort as PaginaSoort) ?? [];
			const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
			const grootste = (k: keyof Budget) =>
				paginas.reduce((a, b) => (b[k] > a[k] ? b : a), paginas[0]!);
			if (paginas.length > 0) {
				console.info(
					`${soort} (${paginas.length} pagina's), grootste · html ${kb(grootste('html').html)} (/${grootste('html').pad}) · css ${kb(grootste('css').css)} · js ${kb(grootste('js').js)} (/${grootste('js').pad}) · budget ${kb(budget.html)} / ${kb(budget.css)} / ${kb(budget.js)}`
				);
			}
			const over = paginas.flatMap((p) =>
				(['html', 'css', 'js'] as const)
					.filter((k) => p[k] > budget[k])
					.map((k) => `/${p.pad}: ${k} ${p[k]} B > ${budget[k]} B`)
			);
			expect(over).toEqual([]);
		}
	);
});
