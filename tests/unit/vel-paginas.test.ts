import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cspForBytes } from '../../src/postprocess/csp.ts';
import { linkStore } from '../../src/postprocess/links.ts';
import { schrijfVelPaginas, velPaginas, type VelPagina } from '../../src/print/vel-paginas.ts';

/** A bundle as VelLayout renders it (src/print/VelLayout.astro), with the sheets `vellen`. */
function bundel(vellen: string[], paginas: VelPagina[], csp = ''): string {
	const blok = `<script type="application/json" data-vel-paginas>${JSON.stringify(paginas).replace(/</g, '\\u003c')}</script>`;
	return (
		`<!DOCTYPE html><html lang="nl"> <head><meta charset="utf-8">${csp}<title>Alle kaarten | Werkboek Regio</title>` +
		`<meta name="description" content="Alle kaarten."><script type="module" src="/_astro/page.js"></script></head>` +
		` <body class="vel-body"> ${blok}<main>  <h1 class="sr-only">Alle kaarten</h1> ${vellen.join(' ')} </main>` +
		`<script type="module">legVellenAf()</script></body> </html>`
	);
}

const kaart = (slug: string, titel: string) =>
	`<article class="vel kaart" data-slug="${slug}" aria-labelledby="kaart-${slug}"> <h2 id="kaart-${slug}">${titel}</h2>` +
	`<section><h3>Materialen</h3><p style="--regels: 3">Schrijf &lt;h2&gt; niet over.</p></section><h3>Stappen</h3> </article>`;

describe("a sheet's own page, derived from its bundle (src/print/vel-paginas.ts)", () => {
	const paginas: VelPagina[] = [
		{
			slug: 'een',
			titel: "Kaart Eén & 'twee' | Werkboek Regio",
			beschrijving: 'Bij "een" & zo\'n <b>.',
		},
		{ slug: 'twee', titel: 'Kaart Twee | Werkboek Regio', beschrijving: 'Bij twee </script>.' },
	];

	test('is the bundle with only that sheet, one heading level up, and its own title and description', () => {
		const { paginas: uit } = velPaginas(
			bundel([kaart('een', 'Eén'), kaart('twee', 'Twee')], paginas)
		);
		expect([...uit.keys()]).toEqual(['een', 'twee']);
		expect(uit.get('een')).toBe(
			`<!DOCTYPE html><html lang="nl"> <head><meta charset="utf-8"><title>Kaart Eén &amp; &#39;twee&#39; | Werkboek Regio</title>` +
				`<meta name="description" content="Bij &quot;een&quot; &amp; zo'n <b>."><script type="module" src="/_astro/page.js"></script></head>` +
				` <body class="vel-body"> <main>  <article class="vel kaart" data-slug="een" aria-labelledby="kaart-een"> <h1 id="kaart-een">Eén</h1>` +
				`<section><h2>Materialen</h2><p style="--regels: 3">Schrijf &lt;h2&gt; niet over.</p></section><h2>Stappen</h2> </article>  </main>` +
				`<script type="module">legVellenAf()</script></body> </html>`
		);
		expect(uit.get('twee')).toContain('<meta name="description" content="Bij twee </script>.">');
		expect(uit.get('twee')).not.toContain('data-slug="een"');
	});

	test('takes the data block out of the bundle and leaves every other byte', () => {
		const html = bundel([kaart('een', 'Eén'), kaart('twee', 'Twee')], paginas);
		const { bundel: zonder } = velPaginas(html);
		expect(zonder).toBe(
			html.replace(/<script type="application\/json" data-vel-paginas>.*?<\/script>/, '')
		);
		expect(zonder).not.toContain('data-vel-paginas');
	});

	test('leaves a page without a data block as it is', () => {
		const html = bundel([kaart('een', 'Eén')], []).replace(
			/<script type="application\/json".*?<\/script>/,
			''
		);
		expect(velPaginas(html)).toEqual({ bundel: html, paginas: new Map() });
	});

	test('stops when the data block describes a sheet the bundle does not have', () => {
		expect(() => velPaginas(bundel([kaart('een', 'Eén')], paginas))).toThrow(/"twee"/);
		// And a sheet it does not describe.
		expect(() =>
			velPaginas(
				bundel([kaart('een', 'Eén'), kaart('twee', 'Twee'), kaart('drie', 'Drie')], paginas)
			)
		).toThrow(/"drie"/);
	});

	test('takes only the articles right in <main> as sheets', () => {
		const html = bundel(
			[kaart('een', 'Eén'), `<div>${kaart('twee', 'Twee')}</div>`],
			paginas.slice(0, 1)
		);
		expect([...velPaginas(html).paginas.keys()]).toEqual(['een']);
	});

	test('leaves the data block out wherever it is in the bundle', () => {
		const html = bundel([kaart('een', 'Eén'), kaart('twee', 'Twee')], paginas);
		const blok = /<script type="application\/json" data-vel-paginas>.*?<\/script>/.exec(html)![0];
		for (const elders of [
			html.replace(blok, '').replace('</main>', `</main>${blok}`),
			html.replace(blok, '').replace('</main>', `${blok}</main>`),
		]) {
			const { bundel: zonder, paginas: uit } = velPaginas(elders);
			expect(zonder).toBe(elders.replace(blok, ''));
			expect(uit.size).toBe(2);
			for (const pagina of uit.values()) expect(pagina).not.toContain('data-vel-paginas');
		}
	});
});

describe('the pages of the sheets in a built site (schrijfVelPaginas)', () => {
	let map = '';
	afterEach(() => rmSync(map, { recursive: true, force: true }));

	test("writes each sheet's page with a policy of its own, and the bundle without its data block", () => {
		map = mkdtempSync(join(tmpdir(), 'vel-paginas-'));
		mkdirSync(join(map, 'print', 'kaarten'), { recursive: true });
		const metStijl = kaart('een', 'Eén').replace('--regels: 3', '--regels: 7');
		const paginas: VelPagina[] = [
			{ slug: 'een', titel: 'Kaart Eén', beschrijving: 'Eén.' },
			{ slug: 'twee', titel: 'Kaart Twee', beschrijving: 'Twee.' },
		];
		const oud = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
		writeFileSync(
			join(map, 'print', 'kaarten', 'index.html'),
			bundel([metStijl, kaart('twee', 'Twee')], paginas, oud)
		);

		expect(schrijfVelPaginas(map, '/werkboek/')).toBe(2);
		const lees = (pad: string) => readFileSync(join(map, pad, 'index.html'));
		const een = lees('print/kaarten/een');
		const twee = lees('print/kaarten/twee');
		const alle = lees('print/kaarten');
		// Each lists the hashes of its own inline code: the one style value only on the page that has it.
		const beleid = (html: Buffer) =>
			/content-security-policy" content="([^"]*)"/.exec(html.toString())![1];
		const zonderBeleid = (html: Buffer) =>
			Buffer.from(html.toString().replace(/<meta http-equiv[^>]*>/, ''));
		for (const html of [een, twee, alle])
			expect(beleid(html)).toBe(cspForBytes(zonderBeleid(html)));
		expect(beleid(een)).not.toBe(beleid(twee));
		expect(alle.toString()).not.toContain('data-vel-paginas');
		expect(existsSync(join(map, 'print', 'werkbladen'))).toBe(false);
		// For the link check after the build, as the page middleware keeps them for rendered pages.
		expect(linkStore().get('/werkboek/print/kaarten/een/')?.ids).toEqual(['kaart-een']);
	});
});
