import { readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { begrippenOpties, heeftBegrippenlijst } from '../../src/begrippen/build.ts';
import {
	ankerVoorTerm,
	eersteZin,
	loadBegrippen,
	leesBegrippen,
	type Begrip,
} from '../../src/begrippen/load.ts';
import {
	remarkBegrippen,
	remarkBegrippenlijst,
	type BegrippenOptions,
} from '../../src/remark/begrippen.ts';
import { remarkBasisLinks } from '../../src/remark/links.ts';
import { ROOT } from '../helpers.ts';

/** A small glossary for the fixtures; the real one is tested at the end. */
const { begrippen, problemen } = leesBegrippen(`
- term: IZA
  vormen: [Integraal Zorgakkoord]
  uitleg: Het Integraal Zorgakkoord, uit 2022. Meer tekst die niet in de tooltip komt.
- term: Wmo 2015
  vormen: [Wmo]
  varianten: [WMO]
  reden: De afkorting is Wmo.
  uitleg: De Wet maatschappelijke ondersteuning 2015.
- term: Wmo-raad
  uitleg: Een raad van inwoners.
- term: Zorgkantoorregio
  vormen: ["zorgkantoorregio's"]
  uitleg: Het gebied van een zorgkantoor.
- term: Democratisch tekort
  varianten: [democratisch gat]
  reden: Eén term.
  uitleg: Te weinig zeggenschap voor de raad.
- term: Ruimte
  koppelen: false
  uitleg: Een pool.
- term: Samenwerkingsladder
  varianten: [coöpereren]
  reden: Geen naam van een trede.
  kort: Vier treden van samenwerking.
  uitleg: "Een ladder van Himmelman. Zie [Data als kompas](/data-als-kompas/)."
`);

function verwerk(
	tekst: string,
	{ pad = 'hoofdstuk.md', ...opties }: Partial<BegrippenOptions> & { pad?: string } = {}
) {
	const processor = unified().use(remarkParse);
	if (pad.endsWith('.mdx')) processor.use(remarkMdx);
	const file = new VFile({ path: pad, value: tekst });
	const html = processor
		.use(remarkBegrippen, { begrippen, smartypants: false, ...opties })
		.use(remarkRehype)
		.use(rehypeStringify)
		.processSync(file)
		.toString();
	return { html, file };
}

/** The terms linked in `html`, in order: `anker:text`. */
const gelinkt = (html: string) =>
	[...html.matchAll(/href="[^"#]*#([a-z0-9-]+)" aria-describedby="begrip-\1">([^<]*)</g)].map(
		(m) => `${m[1]}:${m[2]}`
	);

describe('the glossary data', () => {
	test('the fixture glossary is valid', () => {
		expect(problemen).toEqual([]);
	});

	test('anchors are ASCII slugs of the term', () => {
		expect(ankerVoorTerm('Wmo 2015')).toBe('wmo-2015');
		expect(ankerVoorTerm('Cliëntenraad')).toBe('clientenraad');
		expect(ankerVoorTerm('Macht-belangmatrix')).toBe('macht-belangmatrix');
		expect(ankerVoorTerm('Juiste zorg op de juiste plek')).toBe('juiste-zorg-op-de-juiste-plek');
	});

	test('the tooltip text is the first sentence without Markdown, unless `kort` is given', () => {
		expect(eersteZin('Het IZA, uit 2022. Meer.')).toBe('Het IZA, uit 2022.');
		expect(eersteZin('Zie [de lijst](/x/) voor 3 v.a. dingen. Tweede.')).toBe(
			'Zie de lijst voor 3 v.a. dingen.'
		);
		expect(begrippen.find((b) => b.term === 'Samenwerkingsladder')!.kort).toBe(
			'Vier treden van samenwerking.'
		);
	});

	test('reports problems with line and field: variants without reason, duplicate anchors and forms, unknown fields', () => {
		const { problemen } = leesBegrippen(
			[
				'- term: A',
				'  varianten: [b]',
				'  uitleg: x',
				'- term: C',
				'  anker: a',
				'  uitleg: y',
				'- term: D',
				'  vormen: [c]',
				'  uitlg: z',
			].join('\n')
		);
		const tekst = problemen.map((p) => `${p.regel} ${p.veld} ${p.bericht}`);
		expect(tekst).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^1 0\.reden .*geen reden/),
				expect.stringMatching(/^7 2\.uitleg .*verplicht/),
				expect.stringMatching(/^9 2\.uitlg .*Onbekend veld/),
			])
		);
		const dubbel = leesBegrippen(
			[
				'- term: A',
				'  uitleg: x',
				'- term: B',
				'  anker: a',
				'  vormen: [a]',
				'  uitleg: y',
				'- term: C',
				'  varianten: [B]',
				'  reden: r',
				'  uitleg: z',
			].join('\n')
		).problemen;
		expect(dubbel.map((p) => p.bericht)).toEqual([
			expect.stringContaining('Het anker "a" hoort al bij "A"'),
			expect.stringContaining('"a" hoort al bij "A"'),
			expect.stringContaining('"B" staat als variant'),
		]);
	});
});

describe('remarkBegrippen: links to the glossary', () => {
	test('links the first use of each term only, with the short explanation as description and tooltip', () => {
		const { html } = verwerk(
			'Het IZA en de Wmo 2015. Het IZA weer, en de Wmo.\n\nNog eens het Integraal Zorgakkoord.'
		);
		expect(gelinkt(html)).toEqual(['iza:IZA', 'wmo-2015:Wmo 2015']);
		expect(html).toContain(
			'<span class="begrip"><a href="/begrippenlijst/#iza" aria-describedby="begrip-iza">IZA</a><span id="begrip-iza" class="begrip-uitleg" role="tooltip" data-pagefind-ignore=""> Het Integraal Zorgakkoord, uit 2022.</span></span>'
		);
		expect(html).not.toContain('Meer tekst');
	});

	test('matches whole words, any case of the first letter, longest form first, hyphens as part of a word', () => {
		expect(gelinkt(verwerk('De wmo-raad en de IZA-regio en Zorgkantoorregio’s.').html)).toEqual([
			'wmo-raad:wmo-raad',
			'zorgkantoorregio:Zorgkantoorregio’s',
		]);
		expect(gelinkt(verwerk('De WMO, de Wmo 2015 en de Wmo.').html)).toEqual(['wmo-2015:Wmo 2015']);
		expect(gelinkt(verwerk('GEMIZA en IZAs zijn geen termen.').html)).toEqual([]);
	});

	test('not in headings, links, code or link-like JSX; the next use outside them is linked', () => {
		const { html } = verwerk(
			'# Het IZA\n\n[Het IZA](/elders/) en `IZA` en\n\n```\nIZA\n```\n\n<a href="/x/">IZA</a> <Aside>Het IZA</Aside>\n\nDaarna de Wmo.',
			{ pad: 'pagina.mdx' }
		);
		expect(gelinkt(html)).toEqual(['iza:IZA', 'wmo-2015:Wmo']);
		expect(html).toMatch(/<h1>Het IZA<\/h1>/);
	});

	test('not in tables, whose scroll box would clip the tooltip', () => {
		const processor = unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkBegrippen, { begrippen, smartypants: false })
			.use(remarkRehype)
			.use(rehypeStringify);
		expect(
			gelinkt(processor.processSync('| a |\n| - |\n| Het IZA |\n\nDaarna het IZA.').toString())
		).toEqual(['iza:IZA']);
		expect(processor.processSync('| a |\n| - |\n| Het IZA |').toString()).not.toContain('begrip');
	});

	test('not in the title of an aside (:::tip[…]), which Starlight hides from assistive technology', async () => {
		const { default: remarkDirective } = await import('remark-directive');
		const processor = unified()
			.use(remarkParse)
			.use(remarkDirective)
			.use(remarkBegrippen, { begrippen, smartypants: false });
		const boom = processor.runSync(
			processor.parse(':::tip[Het IZA in de regio]\nDaarna het IZA.\n:::')
		);
		const titel = JSON.stringify(
			(boom as { children: { children: unknown[] }[] }).children[0]!.children[0]
		);
		expect(titel).toContain('directiveLabel');
		expect(titel).not.toContain('"url"');
		expect(JSON.stringify(boom)).toContain('"url"');
	});

	test('not in content hidden from assistive technology (an aside title Starlight already transformed)', () => {
		const processor = unified()
			.use(remarkParse)
			.use(() => (tree: Root) => {
				const [eerste] = tree.children;
				eerste!.data = {
					hName: 'p',
					hProperties: { className: ['starlight-aside__title'], ariaHidden: 'true' },
				};
			})
			.use(remarkBegrippen, { begrippen, smartypants: false });
		const boom = processor.runSync(processor.parse('Het IZA in de regio\n\nDaarna het IZA.'));
		const [titel, tekst] = (boom as { children: unknown[] }).children;
		expect(JSON.stringify(titel)).not.toContain('"url"');
		expect(JSON.stringify(tekst)).toContain('"url"');
	});

	test('a term the page already links to the glossary by hand is left alone', () => {
		expect(gelinkt(verwerk('Het IZA en later het [akkoord](/begrippenlijst/#iza).').html)).toEqual(
			[]
		);
	});

	test('terms marked `koppelen: false` and pages without links are left alone', () => {
		expect(gelinkt(verwerk('Ruimte en het IZA.', { soort: () => 'geen-links' }).html)).toEqual([]);
		expect(gelinkt(verwerk('Ruimte en het IZA.', { koppelen: false }).html)).toEqual([]);
		expect(gelinkt(verwerk('Ruimte en ruimte.').html)).toEqual([]);
	});

	test('the base path is added by remarkBasisLinks, as for every other link', () => {
		const html = unified()
			.use(remarkParse)
			.use(remarkBegrippen, { begrippen, smartypants: false })
			.use(remarkBasisLinks, { base: '/werkboek/' })
			.use(remarkRehype)
			.use(rehypeStringify)
			.processSync('Het IZA.')
			.toString();
		expect(html).toContain('href="/werkboek/begrippenlijst/#iza"');
	});

	test('gives the tooltip curly quotes, like the prose around it', () => {
		const { begrippen: b } = leesBegrippen(
			'- term: Regio\n  uitleg: "Het gebied van de regio\'s."\n'
		);
		const html = unified()
			.use(remarkParse)
			.use(remarkBegrippen, { begrippen: b })
			.use(remarkRehype)
			.use(rehypeStringify)
			.processSync('De regio.')
			.toString();
		expect(html).toContain('regio’s.</span>');
	});
});

describe('remarkBegrippen: spellings the glossary rejects', () => {
	test('warns with file, line and column, and does not fail', () => {
		const gezien: string[] = [];
		const { file } = verwerk('# Titel\n\nEen zin.\nHet democratisch gat is groot, en de WMO ook.', {
			pad: 'content/hoofdstukken/x.md',
			waarschuw: (melding) => gezien.push(melding.reason),
		});
		expect(file.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal])).toEqual([
			[4, 5, 'begrippen-variant', false],
			[4, 38, 'begrippen-variant', false],
		]);
		expect(String(file.messages[0])).toMatch(
			/^content\/hoofdstukken\/x\.md:4:5: "democratisch gat" wijkt af van de begrippenlijst: schrijf "Democratisch tekort"/
		);
		expect(gezien).toHaveLength(2);
	});

	test('also in headings and links, in any case of the first letter; not in code', () => {
		const { file } = verwerk('## Coöpereren\n\n[democratisch gat](/x/) en `democratisch gat`');
		expect(file.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['1:4', '3:2']);
	});

	test('adds the lines Astro removed before the text (frontmatter of .md files)', () => {
		const { file } = verwerk('Het democratisch gat.', { regelsErvoor: () => 10 });
		expect(file.messages[0]!.line).toBe(11);
	});
});

describe('remarkBegrippenlijst: the glossary page', () => {
	function lijst(verborgen: string[] = []) {
		return unified()
			.use(remarkParse)
			.use(remarkMdx)
			.use(remarkBegrippenlijst, { begrippen, verborgen, smartypants: false })
			.use(remarkRehype)
			.use(rehypeStringify)
			.processSync(
				new VFile({ path: 'begrippenlijst.mdx', value: 'Inleiding.\n\n<Begrippenlijst />\n' })
			)
			.toString();
	}

	test('renders letters, a heading per letter and each term with its anchor, in alphabetical order', () => {
		const html = lijst();
		expect(html).toContain('<nav aria-label="Begrippen op letter" class="begrippen-letters">');
		expect([...html.matchAll(/<h2 id="letter-([a-z])">/g)].map((m) => m[1])).toEqual([
			'd',
			'i',
			'r',
			's',
			'w',
			'z',
		]);
		expect([...html.matchAll(/<dt id="([a-z0-9-]+)">/g)].map((m) => m[1])).toEqual([
			'democratisch-tekort',
			'iza',
			'ruimte',
			'samenwerkingsladder',
			'wmo-2015',
			'wmo-raad',
			'zorgkantoorregio',
		]);
		expect(html).toContain(
			'<dt id="iza"><dfn>IZA</dfn></dt><dd><p>Het Integraal Zorgakkoord, uit 2022. Meer tekst die niet in de tooltip komt.</p></dd>'
		);
		expect(html).toContain('<a href="/data-als-kompas/">Data als kompas</a>');
	});

	test('a link to a chapter the region hides becomes plain text', () => {
		const html = lijst(['data-als-kompas']);
		expect(html).not.toContain('href="/data-als-kompas/"');
		expect(html).toContain('Zie Data als kompas.');
	});
});

describe('the workbook glossary (content/begrippen.yaml)', () => {
	const echt: Begrip[] = loadBegrippen(ROOT);

	test('explains at least 100 terms, each in a few sentences', () => {
		expect(echt.length).toBeGreaterThanOrEqual(100);
		for (const b of echt) {
			expect(b.uitleg.length, b.term).toBeGreaterThan(40);
			expect(b.kort.length, b.term).toBeLessThanOrEqual(200);
		}
	});

	test('has every anchor that a page links to', () => {
		const ankers = new Set(echt.map((b) => b.anker));
		const bestanden = ['content', 'templates'].flatMap((map) =>
			bestandenIn(join(ROOT, map)).filter((f) => /\.mdx?$/.test(f))
		);
		const links = bestanden.flatMap((f) =>
			[...readFileSync(f, 'utf8').matchAll(/\/begrippenlijst\/#([a-z0-9-]+)/g)].map(
				(m) => [f, m[1]!] as const
			)
		);
		expect(links.length).toBeGreaterThan(10);
		expect(links.filter(([, anker]) => !ankers.has(anker))).toEqual([]);
		for (const anker of [
			'iza',
			'gala',
			'azwa',
			'balanceeract',
			'zorgkantoorregio',
			'samenwerkingsladder',
			'democratisch-tekort',
			'macht-belangmatrix',
		]) {
			expect(ankers, anker).toContain(anker);
		}
	});

	test('the glossary page shows the list', () => {
		expect(readFileSync(join(ROOT, 'content/hoofdstukken/begrippenlijst.mdx'), 'utf8')).toContain(
			'<Begrippenlijst />'
		);
	});
});

function bestandenIn(map: string): string[] {
	return readdirSync(map, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name));
}

describe('the glossary in a build (src/begrippen/build.ts)', () => {
	const plan = {
		verborgen: [] as string[],
		vervangen: [] as string[],
		regioPaginas: 'content/regio/paginas',
	};
	const logger = { warn: (_: string) => undefined };

	test('links under the base path, also after remarkBasisLinks, and keeps hand-made links found under it', () => {
		const opties = begrippenOpties(ROOT, plan, begrippen, logger, false, '/werkboek/');
		const verwerk = (tekst: string) =>
			unified()
				.use(remarkParse)
				.use(remarkBasisLinks, { base: '/werkboek/' })
				.use(remarkBegrippen, opties)
				.use(remarkRehype)
				.use(rehypeStringify)
				.processSync(new VFile({ path: join(ROOT, 'content/hoofdstukken/x.md'), value: tekst }))
				.toString();
		expect(verwerk('Het IZA.')).toContain('href="/werkboek/begrippenlijst/#iza"');
		expect(verwerk('Het IZA en het [akkoord](/begrippenlijst/#iza).')).not.toContain(
			'aria-describedby'
		);
	});

	test('links on chapters, working methods and region pages; not on the glossary, sources, home or 404', () => {
		const { soort } = begrippenOpties(ROOT, plan, begrippen, logger, false);
		const van = (pad: string) => soort!(new VFile({ path: join(ROOT, pad) }));
		expect(
			[
				'content/hoofdstukken/welkom.mdx',
				'content/werkvormen/fishbowl.md',
				'content/regio/paginas/over-ons.md',
			].map(van)
		).toEqual(['gewoon', 'gewoon', 'gewoon']);
		expect(
			[
				'content/hoofdstukken/begrippenlijst.mdx',
				'content/hoofdstukken/bronnen.mdx',
				'content/index.mdx',
				'content/404.md',
			].map(van)
		).toEqual(['geen-links', 'geen-links', 'geen-links', 'geen-links']);
	});

	test('no links when the region hides the glossary, or replaces it with a page without the list', () => {
		expect(heeftBegrippenlijst(ROOT, plan)).toBe(true);
		expect(heeftBegrippenlijst(ROOT, { ...plan, verborgen: ['begrippenlijst'] })).toBe(false);
		expect(
			heeftBegrippenlijst(ROOT, {
				...plan,
				vervangen: ['begrippenlijst'],
				regioPaginas: 'bestaat-niet',
			})
		).toBe(false);
	});

	test('prints each warning with the file relative to the project, line and column', () => {
		const gezien: string[] = [];
		const opties = begrippenOpties(
			ROOT,
			plan,
			begrippen,
			{ warn: (t: string) => void gezien.push(t) },
			false
		);
		unified()
			.use(remarkParse)
			.use(remarkBegrippen, opties)
			.runSync(
				unified().use(remarkParse).parse('Een zin.\n\nHet democratisch gat.'),
				new VFile({ path: join(ROOT, 'content/hoofdstukken/x.md') })
			);
		expect(gezien).toEqual([
			expect.stringMatching(
				/^content\/hoofdstukken\/x\.md:3:5 "democratisch gat" wijkt af van de begrippenlijst/
			),
		]);
	});
});
