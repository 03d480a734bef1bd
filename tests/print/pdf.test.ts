import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { parse } from 'yaml';
import { describe, expect, inject, test } from 'vitest';
import { outline } from '../../src/print/outline.ts';
import {
	bladwijzers,
	linePieces,
	paginaTeksten,
	textPieces,
	vergelijkbaar,
} from '../../src/print/pdf-read.ts';
import { voettekstCss } from '../../src/print/pdf.ts';
import { startChromium } from '../../src/utils/chromium.ts';
import { bouw, ROOT } from '../helpers.ts';

// The PDFs of the demo workbook, made by its build (tests/setup/demo.ts), read back with pdf-lib and pdf.js.
const demoDir = inject('demoDir');
const pdfMap = join(demoDir, 'pdf');
const lees = (pad: string) => new Uint8Array(readFileSync(join(pdfMap, pad)));
// Compared without line breaks or hyphenation, which differ between Chromium builds.
const zonderWit = vergelijkbaar;

/** Declared worksheet pages per working method, straight from the content's frontmatter. */
function gedeclareerd(): Map<string, number> {
	const uit = new Map<string, number>();
	const map = join(ROOT, 'content', 'werkvormen');
	for (const bestand of readdirSync(map).filter((b) => /\.mdx?$/.test(b))) {
		const frontmatter = parse(readFileSync(join(map, bestand), 'utf8').split(/^---$/m)[1]!) as {
			werkvorm?: { werkblad?: { paginas?: number } };
		};
		const werkblad = frontmatter.werkvorm?.werkblad;
		if (werkblad) uit.set(bestand.replace(/\.mdx?$/, ''), werkblad.paginas ?? 1);
	}
	return uit;
}

/** The parts of content/werkboek.yaml. */
function yamlDelen(): { label: string; hoofdstukken: string[] }[] {
	return (
		parse(readFileSync(join(ROOT, 'content', 'werkboek.yaml'), 'utf8')) as {
			delen: { label: string; hoofdstukken: string[] }[];
		}
	).delen;
}

function allePdfs(): string[] {
	return [
		'werkboek.pdf',
		'werkbladen-alle.pdf',
		...readdirSync(join(pdfMap, 'werkbladen')).map((b) => `werkbladen/${b}`),
		...readdirSync(join(pdfMap, 'kaarten')).map((b) => `kaarten/${b}`),
		'traject.pdf',
		...readdirSync(join(pdfMap, 'sjablonen')).map((b) => `sjablonen/${b}`),
		...readdirSync(join(pdfMap, 'scripts')).map((b) => `scripts/${b}`),
	];
}

/** Every font descriptor in the PDF, and whether it carries an embedded font file. */
function fontBestanden(doc: PDFDocument): { naam: string; ingebed: boolean }[] {
	return doc.context
		.enumerateIndirectObjects()
		.map(([, object]) => object)
		.filter(
			(object): object is PDFDict =>
				object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('FontDescriptor')
		)
		.map((descriptor) => ({
			naam: String(descriptor.get(PDFName.of('FontName'))),
			ingebed: ['FontFile', 'FontFile2', 'FontFile3'].some(
				(sleutel) => descriptor.get(PDFName.of(sleutel)) !== undefined
			),
		}));
}

/** The heading tags (H1…H6) of a tagged PDF's structure tree, in document order. */
function kopTags(doc: PDFDocument): string[] {
	const uit: string[] = [];
	const loop = (knoop: unknown) => {
		const waarde = knoop instanceof PDFRef ? doc.context.lookup(knoop) : knoop;
		if (waarde instanceof PDFArray) {
			for (let i = 0; i < waarde.size(); i++) loop(waarde.get(i));
		} else if (waarde instanceof PDFDict) {
			const soort = waarde.get(PDFName.of('S'));
			if (soort instanceof PDFName && /^\/H[1-6]$/.test(soort.asString()))
				uit.push(soort.asString().slice(1));
			loop(waarde.get(PDFName.of('K')));
		}
	};
	loop(doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')));
	return uit;
}

describe('the PDFs of the demo workbook', () => {
	test('every worksheet and facilitator card has a PDF, and the workbook and all worksheets too', () => {
		const verwacht = gedeclareerd();
		expect(verwacht.size).toBeGreaterThan(10);
		expect(readdirSync(join(pdfMap, 'werkbladen')).sort()).toEqual(
			[...verwacht.keys()].map((slug) => `${slug}.pdf`).sort()
		);
		const werkvormen = readdirSync(join(ROOT, 'content', 'werkvormen')).filter((b) =>
			/\.mdx?$/.test(b)
		);
		expect(readdirSync(join(pdfMap, 'kaarten'))).toHaveLength(werkvormen.length);
		expect(existsSync(join(pdfMap, 'werkboek.pdf'))).toBe(true);
		expect(existsSync(join(pdfMap, 'werkbladen-alle.pdf'))).toBe(true);
	});

	test('every page of every PDF is A4', async () => {
		for (const pad of allePdfs()) {
			const doc = await PDFDocument.load(lees(pad));
			for (const blad of doc.getPages()) {
				const { width, height } = blad.getSize();
				expect([Math.round(width), Math.round(height)], pad).toEqual([595, 842]);
			}
		}
	});

	test('every worksheet has the declared number of pages; every card one page', async () => {
		const verwacht = gedeclareerd();
		for (const [slug, paginas] of verwacht) {
			expect((await PDFDocument.load(lees(`werkbladen/${slug}.pdf`))).getPageCount(), slug).toBe(
				paginas
			);
		}
		const som = [...verwacht.values()].reduce((a, b) => a + b, 0);
		expect((await PDFDocument.load(lees('werkbladen-alle.pdf'))).getPageCount()).toBe(som);
		for (const bestand of readdirSync(join(pdfMap, 'kaarten'))) {
			expect((await PDFDocument.load(lees(`kaarten/${bestand}`))).getPageCount(), bestand).toBe(1);
		}
	});

	test('every PDF has a title, language nl, bookmarks, embedded fonts and tags', async () => {
		for (const pad of allePdfs()) {
			const bytes = lees(pad);
			const doc = await PDFDocument.load(bytes, { updateMetadata: false });
			expect(doc.getTitle(), pad).toMatch(/(Werkboek|Draaiboek reflectietraject) Regio Voorbeeld/);
			expect(String(doc.catalog.get(PDFName.of('Lang'))), pad).toMatch(/nl/);
			expect(doc.catalog.get(PDFName.of('StructTreeRoot')), `${pad} is tagged`).toBeDefined();
			const markInfo = doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
			expect(markInfo.get(PDFName.of('Marked')), pad).toBe(PDFBool.True);
			const fonts = fontBestanden(doc);
			expect(fonts.length, pad).toBeGreaterThan(0);
			expect(
				fonts.filter((f) => !f.ingebed),
				pad
			).toEqual([]);
			expect((await bladwijzers(bytes)).length, `${pad} has bookmarks`).toBeGreaterThan(0);
		}
	});

	test('the build reads the same bookmarks with pdf-lib (src/print/outline.ts) as pdf.js does', async () => {
		for (const pad of allePdfs()) {
			const bytes = lees(pad);
			const doc = await PDFDocument.load(bytes, { updateMetadata: false });
			expect(outline(doc), pad).toEqual(await bladwijzers(bytes));
		}
	});

	test('every PDF starts with a level-1 heading and never skips a level (PDF/UA, Matterhorn 14-002/14-003)', async () => {
		for (const pad of allePdfs()) {
			const koppen = kopTags(await PDFDocument.load(lees(pad), { updateMetadata: false })).map(
				(h) => Number(h[1])
			);
			expect(koppen[0], pad).toBe(1);
			const sprong = koppen.findIndex((niveau, i) => i > 0 && niveau > koppen[i - 1]! + 1);
			expect(sprong, `${pad}: heading levels ${koppen.join(',')}`).toBe(-1);
		}
	});

	test('home, welcome chapter and methods overview offer the PDFs with their real size and page count', async () => {
		const { grootteTekst } = await import('../../src/print/pdf-info.ts');
		const { statSync } = await import('node:fs');
		const info = async (naam: string) => {
			const bytes = lees(naam);
			const paginas = (await PDFDocument.load(bytes)).getPageCount();
			return `(PDF, ${grootteTekst(statSync(join(pdfMap, naam)).size)}, ${paginas} pagina's)`;
		};
		const pagina = (pad: string) => readFileSync(join(demoDir, pad, 'index.html'), 'utf8');
		const [boek, bladen] = [await info('werkboek.pdf'), await info('werkbladen-alle.pdf')];
		for (const pad of ['', 'welkom']) {
			expect(pagina(pad), pad || 'home').toMatch(
				/href="\/pdf\/werkboek\.pdf" download[^>]*>\s*Het hele werkboek <span class="pdf-info/
			);
			expect(pagina(pad)).toContain(boek);
			expect(pagina(pad)).toContain(bladen);
		}
		expect(pagina('werkvormen')).toContain(bladen);
		expect(pagina('werkvormen')).not.toContain('werkboek.pdf');
	});

	test('the colophon shows the region website once (its address is the link text)', async () => {
		const teksten = await paginaTeksten(lees('werkboek.pdf'));
		const colofon = teksten.find((t) => t.startsWith('Colofon'))!;
		expect(colofon).toContain('https://www.regiovoorbeeld.nl');
		expect(colofon).not.toContain('(https://');
	});

	test('the workbook: cover with the region, table of contents that matches the chapter pages, running headers, page numbers', async () => {
		const bytes = lees('werkboek.pdf');
		const teksten = await paginaTeksten(bytes);
		const marks = await bladwijzers(bytes);
		// Cover: the region's name, exactly as on the site, and its logo (an image on page 1).
		expect(teksten[0]).toContain('Regio Voorbeeld');
		expect(teksten[0]).toContain('Werkboek Regionaal Samenwerken');
		const hoofdstukken = marks.filter(
			(m) => m.niveau === 0 && !['Colofon', 'Inhoud'].includes(m.titel)
		);
		expect(hoofdstukken.map((h) => h.titel)).toEqual(
			expect.arrayContaining([
				'Welkom: zo gebruik je dit werkboek',
				'Bijlage: werkvormen',
				'Begrippenlijst',
			])
		);
		// Chapters in the order of content/werkboek.yaml; the glossary after the appendix.
		expect(hoofdstukken.at(-1)!.titel).toBe('Begrippenlijst');
		expect(hoofdstukken.at(-2)!.titel).toBe('Bijlage: werkvormen');
		const inhoudPagina = marks.find((m) => m.titel === 'Inhoud')!.pagina;
		// The table of contents may take more than one page: everything up to the first chapter.
		const inhoud = zonderWit(
			teksten.slice(inhoudPagina - 1, hoofdstukken[0]!.pagina - 1).join(' ')
		);
		const colofon = teksten[marks.find((m) => m.titel === 'Colofon')!.pagina - 1]!;
		expect(colofon).toMatch(/Versie 0\.\d+\.\d+/);
		expect(colofon).toContain('MIT');
		let vorige = inhoudPagina;
		for (const h of hoofdstukken) {
			// The table of contents gives the page where the bookmark points, and the chapter's title is on that page.
			expect(inhoud, h.titel).toContain(`${zonderWit(h.titel)}${h.pagina}`);
			expect(zonderWit(teksten[h.pagina - 1]!), h.titel).toContain(zonderWit(h.titel));
			// Every chapter starts on a new page.
			expect(h.pagina, h.titel).toBeGreaterThan(vorige);
			vorige = h.pagina;
		}
		// The running header shows the chapter's title, and the page number is printed, on each page of a chapter.
		const welkom = hoofdstukken[0]!;
		const volgende = hoofdstukken[1]!;
		for (let pagina = welkom.pagina; pagina < volgende.pagina; pagina++) {
			const tekst = teksten[pagina - 1]!;
			expect(tekst, `page ${pagina}`).toContain(`Werkboek Regio Voorbeeld ${welkom.titel}`);
			expect(tekst.split(' '), `page ${pagina}`).toContain(String(pagina));
		}
		expect(teksten.length).toBeGreaterThan(50);
	});

	test('every sheet has a footer in its bottom margin: the region, the kind of sheet, "pagina X van Y"', async () => {
		// Printed in the page's own margin boxes (makePdfs): at most 16 mm (45 pt) from the bottom edge.
		const soorten: [string, string][] = [
			['werkbladen/regenboogscan.pdf', 'Werkblad'],
			['kaarten/1-2-4-allen.pdf', 'Begeleiderskaart'],
			['scripts/focus-breedte.pdf', 'Gespreksscript'],
			['sjablonen/uitnodiging.pdf', 'Sjabloon'],
			['werkbladen-alle.pdf', 'Werkbladen'],
		];
		for (const [pad, soort] of soorten) {
			const paginas = await textPieces(lees(pad));
			paginas.forEach(({ stukken }, i) => {
				const voet = stukken.filter((s) => s.y < 45);
				const teksten = [
					'Werkboek Regio Voorbeeld',
					soort,
					`pagina ${i + 1} van ${paginas.length}`,
				];
				expect(linePieces(voet).sort(), `${pad} page ${i + 1}`).toEqual([...teksten].sort());
				// Left, centre, right.
				const x = (tekst: string) => voet.find((s) => tekst.startsWith(s.tekst.trim()))!.x;
				expect(x(teksten[0]!)).toBeLessThan(x(teksten[1]!));
				expect(x(teksten[1]!)).toBeLessThan(x(teksten[2]!));
			});
		}
	});

	test('every template has a PDF with its declared pages, the region filled in', async () => {
		const map = join(ROOT, 'templates', 'sjablonen');
		const sjablonen = readdirSync(map).filter((b) => b.endsWith('.yaml'));
		expect(readdirSync(join(pdfMap, 'sjablonen')).sort()).toEqual(
			sjablonen.map((b) => b.replace('.yaml', '.pdf')).sort()
		);
		for (const bestand of sjablonen) {
			const { paginas = 1 } = parse(readFileSync(join(map, bestand), 'utf8')) as {
				paginas?: number;
			};
			const pdf = lees(`sjablonen/${bestand.replace('.yaml', '.pdf')}`);
			expect((await PDFDocument.load(pdf)).getPageCount(), bestand).toBe(paginas);
			expect((await paginaTeksten(pdf)).join(' '), bestand).toContain('Werkboek Regio Voorbeeld');
		}
		const uitnodiging = (await paginaTeksten(lees('sjablonen/uitnodiging.pdf'))).join(' ');
		expect(uitnodiging).toContain('Netwerkbureau Regio Voorbeeld, werkboek@regiovoorbeeld.nl');
		expect(uitnodiging).toContain('Mentale gezondheid van jongeren');
		expect(uitnodiging).toContain('GGD Regio Voorbeeld');
	});

	test('the draaiboek: cover with the region, table of contents with the pages of the steps and templates, headers', async () => {
		const bytes = lees('traject.pdf');
		const teksten = await paginaTeksten(bytes);
		const marks = await bladwijzers(bytes);
		expect(teksten[0]).toContain('Regio Voorbeeld');
		expect(teksten[0]).toContain('Draaiboek voor de procesbegeleider');
		const delen = marks.filter(
			(m) => m.niveau === 0 && !['Over dit draaiboek', 'Inhoud'].includes(m.titel)
		);
		// Every template, after the steps of the trajectory (content/werkboek.yaml, part "Het traject").
		expect(delen.map((d) => d.titel)).toEqual(
			expect.arrayContaining(['Uitnodiging voor de reflectiesessies', 'Evaluatie na drie maanden'])
		);
		expect(delen.at(-1)!.titel).toBe('Evaluatie na drie maanden');
		const inhoudPagina = marks.find((m) => m.titel === 'Inhoud')!.pagina;
		const inhoud = zonderWit(teksten.slice(inhoudPagina - 1, delen[0]!.pagina - 1).join(' '));
		for (const d of delen) {
			expect(inhoud, d.titel).toContain(`${zonderWit(d.titel)}${d.pagina}`);
			expect(zonderWit(teksten[d.pagina - 1]!), d.titel).toContain(zonderWit(d.titel));
			expect(zonderWit(teksten[d.pagina - 1]!), d.titel).toContain(
				zonderWit(`Draaiboek Regio Voorbeeld ${d.titel}`)
			);
		}
		const werkboek = yamlDelen();
		const traject = werkboek.find((d) => d.label === 'Het traject');
		// The steps, the five act scripts and the templates.
		expect(traject, 'content/werkboek.yaml has the part "Het traject"').toBeDefined();
		const scripts = readdirSync(join(ROOT, 'content', 'scripts')).filter((b) =>
			b.endsWith('.yaml')
		);
		expect(delen.length).toBe(
			traject!.hoofdstukken.length +
				scripts.length +
				readdirSync(join(ROOT, 'templates', 'sjablonen')).length
		);
		expect(delen.map((d) => d.titel)).toEqual(
			expect.arrayContaining(['Gespreksscript: Focus en breedte'])
		);
		// Every step's checklist is in the draaiboek.
		expect(teksten.join(' ')).toMatch(
			/De uitnodiging is klaar en wordt door de opdrachtgevers samen ondertekend/
		);
	});

	test('the footer keeps a region name with quotes, a backslash and line breaks, and a logo of any kind', async () => {
		// voettekstCss goes into a style sheet: an unescaped line break would drop the whole rule.
		const naam = 'Regio "Noord\\Zuid"\r\nWest';
		const png = `data:image/png;base64,${readFileSync(join(ROOT, 'content', 'afbeeldingen', 'invulhulp-begin.png')).toString('base64')}`;
		const { browser } = await startChromium();
		try {
			const page = await browser.newPage();
			await page.setContent('<p>Tekst</p>');
			await page.evaluate(
				(css) => {
					const blad = new CSSStyleSheet();
					blad.replaceSync(css);
					document.adoptedStyleSheets = [blad];
				},
				voettekstCss(naam, png, 'Werkblad')
			);
			const pdf = await page.pdf({ format: 'A4', margin: { top: '14mm', bottom: '16mm' } });
			const [pagina] = await textPieces(new Uint8Array(pdf));
			const voet = pagina!.stukken
				.filter((s) => s.y < 45)
				.map((s) => s.tekst)
				.join(' ');
			expect(voet).toMatch(/Werkboek Regio "Noord\\Zuid"\s+West/);
			expect(voet).toContain('Werkblad');
			expect(voet).toContain('pagina 1 van 1');
		} finally {
			await browser.close();
		}
	});

	test('a build without a Chromium stops with the Dutch message and leaves no site', async () => {
		const map = mkdtempSync(join(tmpdir(), 'werkboek-geen-chromium-'));
		try {
			const uit = join(map, 'dist');
			// WERKBOEK_CHROMIUM emptied: CI sets it to "npm", which would find the npm Chromium instead.
			const build = await bouw(uit, {
				WERKBOEK_PDF: '1',
				CHROME_PATH: join(map, 'geen-browser'),
				WERKBOEK_CHROMIUM: '',
				WERKBOEK_CACHE: join(map, 'cache'),
			});
			expect(build.code).not.toBe(0);
			expect(build.stderr + build.stdout).toContain('CHROME_PATH wijst naar');
			expect(existsSync(join(uit, 'index.html'))).toBe(false);
		} finally {
			rmSync(map, { recursive: true, force: true });
		}
	});
});
