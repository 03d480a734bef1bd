import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CSP_META } from '../postprocess/csp.ts';
import { linkStore } from '../postprocess/links.ts';
import { processPage } from '../postprocess/page.ts';
import { Token } from 'parse5';
import type { Connect } from 'vite';
import { escapeHtml } from '../postprocess/html.ts';
import { LEEG, tags, vervang, type Wijziging } from './html-tags.ts';

/**
 * The print pages that hold all sheets of one kind (`print/<soort>/`), each of which also gives
 * every sheet a page of its own (`print/<soort>/<slug>/`), derived from it (velPaginas).
 */
export const VEL_SOORTEN = ['werkbladen', 'kaarten', 'sjablonen', 'scripts'] as const;

/** A sheet's own page, as its bundle describes it (VelLayout's `paginas`). */
export interface VelPagina {
	slug: string;
	/** Its title; in the data block the whole document title (with the workbook's name). */
	titel: string;
	beschrijving: string;
}

/** The attribute of the data block in which a bundle describes its sheets' own pages (VelLayout). */
export const VEL_PAGINAS_ATTRIBUUT = 'data-vel-paginas';

/**
 * The pages of the sheets in a bundle (a print page with several sheets, VelLayout with
 * `paginas`), and the bundle as it is without the data block that describes them.
 *
 * A sheet's page is the bundle with only that sheet in its `<main>`, one heading level up (the
 * sheet's title an `<h1>`, not the `<h2>` under the bundle's hidden `<h1>`), and the sheet's own
 * document title and description. That is byte for byte what rendering the sheet on a page of its
 * own gave, without Astro rendering a page per sheet: on the 50-chapter bench site they were 200
 * of its 390 pages. The HTML is tokenized (parse5), so only real tags change; every other byte is
 * kept.
 */
export function velPaginas(bundel: string): { bundel: string; paginas: Map<string, string> } {
	let blok: { van: number; tot: number; json: string } | undefined;
	/** The end of `<main>` and the start of `</main>`. */
	let main: { van: number; tot?: number } | undefined;
	let titel: { van: number; tot: number } | undefined;
	let beschrijving: Token.Location | undefined;
	/** The sheets: the articles right in <main>, with their headings (each the digit of `<h2` or `</h2`). */
	const vellen: { slug: string | undefined; van: number; tot: number; koppen: Wijziging[] }[] = [];
	let vel: (typeof vellen)[number] | undefined;
	let diepte = 0;
	const lijst = tags(bundel);
	for (const [index, tag] of lijst.entries()) {
		const plek = tag.location!;
		const sluit = tag.type === Token.TokenType.END_TAG;
		const naam = tag.tagName;
		const binnen = main !== undefined && main.tot === undefined;
		if (
			!sluit &&
			naam === 'script' &&
			!blok &&
			Token.getTokenAttr(tag, VEL_PAGINAS_ATTRIBUUT) !== null &&
			lijst[index + 1]?.tagName === naam
		) {
			// Read as text up to its end tag, the next tag in the list.
			const eind = lijst[index + 1]!.location!;
			blok = {
				van: plek.startOffset,
				tot: eind.endOffset,
				json: bundel.slice(plek.endOffset, eind.startOffset),
			};
		}
		const kop = /^h([1-6])$/.exec(naam);
		if (kop && vel) {
			const cijfer = plek.startOffset + (sluit ? 3 : 2);
			vel.koppen.push({
				van: cijfer,
				tot: cijfer + 1,
				tekst: String(Math.max(1, Number(kop[1]) - 1)),
			});
		}
		if (binnen) {
			// How deep in <main> (Astro's HTML is well-formed): a sheet is an article right in it.
			if (sluit && naam === 'main') main!.tot = plek.startOffset;
			else if (sluit) {
				if (diepte > 0 && --diepte === 0 && vel) {
					vel.tot = plek.endOffset;
					vellen.push(vel);
					vel = undefined;
				}
			} else if (!tag.selfClosing && !LEEG.has(naam)) {
				if (diepte++ === 0 && naam === 'article')
					vel = {
						slug: Token.getTokenAttr(tag, 'data-slug') ?? undefined,
						van: plek.startOffset,
						tot: 0,
						koppen: [],
					};
			}
			continue;
		}
		if (sluit) continue;
		if (naam === 'main' && !main) main = { van: plek.endOffset };
		else if (naam === 'title' && lijst[index + 1]?.tagName === naam)
			// Read as text up to its end tag, the next tag in the list.
			titel ??= { van: plek.endOffset, tot: lijst[index + 1]!.location!.startOffset };
		else if (naam === 'meta' && Token.getTokenAttr(tag, 'name') === 'description')
			beschrijving ??= plek.attrs?.['content'];
	}
	if (!blok) return { bundel, paginas: new Map() };
	const zonderBlok: Wijziging = { van: blok.van, tot: blok.tot, tekst: '' };
	const beschreven = new Map(
		(JSON.parse(blok.json) as VelPagina[]).map((pagina) => [pagina.slug, pagina])
	);
	if (!main?.tot || !titel || !beschrijving)
		throw new Error('Een bundel van vellen mist <main>, <title> of de beschrijving.');
	// The bundle's text before <main> and after it, without the data block, with the sheet's title
	// and description (escaped as Astro escapes text and attribute values).
	const voor = (pagina: VelPagina) =>
		vervang(bundel, 0, main!.van, [
			zonderBlok,
			{ van: titel!.van, tot: titel!.tot, tekst: escapeHtml(pagina.titel) },
			{
				van: beschrijving!.startOffset,
				tot: beschrijving!.endOffset,
				tekst: `content="${pagina.beschrijving.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
			},
		]);
	const na = vervang(bundel, main.tot, bundel.length, [zonderBlok]);
	const paginas = new Map<string, string>();
	for (const { slug, van, tot, koppen } of vellen) {
		if (slug === undefined) continue;
		const pagina = beschreven.get(slug);
		if (!pagina) throw new Error(`Het vel "${slug}" staat niet in het gegevensblok van de bundel.`);
		paginas.set(slug, `${voor(pagina)}  ${vervang(bundel, van, tot, koppen)}  ${na}`);
	}
	const zonderVel = [...beschreven.keys()].filter((slug) => !paginas.has(slug));
	if (zonderVel.length)
		throw new Error(
			`Geen vel met data-slug ${zonderVel.map((s) => `"${s}"`).join(', ')} in de bundel.`
		);
	return { bundel: vervang(bundel, 0, bundel.length, [zonderBlok]), paginas };
}

/**
 * Writes the pages of the sheets of every bundle in the built site `uit` (`print/<soort>/<slug>/`,
 * see velPaginas) and the bundle without its data block. Each gets what the page middleware
 * gives a rendered page (src/integration/middleware.ts): its own Content-Security-Policy (the
 * hashes of its own inline code, not the bundle's), and its links and ids for the link check.
 * Returns how many pages it wrote.
 */
export function schrijfVelPaginas(uit: string, base: string): number {
	let aantal = 0;
	const schrijf = (pad: string, html: string) => {
		const { uit: bytes, links, ids } = processPage(Buffer.from(html));
		const bestand = join(uit, pad, 'index.html');
		mkdirSync(dirname(bestand), { recursive: true });
		writeFileSync(bestand, bytes);
		linkStore().set(`${base}${pad}/`, {
			pad: `${base}${pad}/`,
			bestand: undefined,
			links,
			ids,
			sidebar: undefined,
		});
	};
	for (const soort of VEL_SOORTEN) {
		const bestand = join(uit, 'print', soort, 'index.html');
		if (!existsSync(bestand)) continue;
		const html = readFileSync(bestand, 'utf8');
		const zonderCsp = html.replace(CSP_META, '');
		const { bundel, paginas } = velPaginas(zonderCsp);
		if (bundel === zonderCsp) continue; // no data block: not a bundle of sheets
		for (const [slug, pagina] of paginas) {
			schrijf(`print/${soort}/${slug}`, pagina);
			aantal++;
		}
		schrijf(`print/${soort}`, bundel);
	}
	return aantal;
}

/**
 * The dev server's answer to a sheet's own page (`<base>print/<soort>/<slug>/`): the bundle, asked
 * of the same server, with velPaginas; anything else goes on to Astro. So the dev server shows
 * what the build writes.
 */
export function velPaginasInDev(base: string): Connect.NextHandleFunction {
	const soorten = VEL_SOORTEN.join('|');
	const pad = new RegExp(
		`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}print/(${soorten})/([^/?#]+)/(?:index\\.html)?(?:[?#].*)?$`
	);
	return (req, res, next) => {
		// Astro's dev server takes the base path off `url` before this runs; `originalUrl` has it.
		const url = (req as Connect.IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;
		const gevonden = req.method === 'GET' || req.method === 'HEAD' ? pad.exec(url ?? '') : null;
		const adres = req.socket.localAddress;
		if (!gevonden || !adres) return next();
		const [, soort, deel] = gevonden;
		let slug: string;
		try {
			slug = decodeURIComponent(deel!);
		} catch {
			return next(); // not a sheet's name
		}
		const host = adres.includes(':') ? `[${adres}]` : adres;
		const protocol = 'encrypted' in req.socket ? 'https' : 'http';
		void (async () => {
			let pagina: string | undefined;
			try {
				const antwoord = await fetch(
					`${protocol}://${host}:${req.socket.localPort}${base}print/${soort}/`
				);
				if (antwoord.ok) pagina = velPaginas(await antwoord.text()).paginas.get(slug);
			} catch (fout) {
				return next(fout);
			}
			if (!pagina) return next();
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(pagina);
		})();
	};
}
