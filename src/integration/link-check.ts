import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenLinks, linkStore, lineOfLink, type BrokenLink } from '../postprocess/links.ts';
import { astroError } from '../utils/errors.ts';
import { normalizeBase } from '../utils/base-path.ts';

/** Every file below `map`, as paths relative to it with forward slashes. */
function bestandenIn(map: string): Set<string> {
	return new Set(
		(readdirSync(map, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
			.filter((d) => d.isFile())
			.map((d) => relative(map, join(d.parentPath, d.name)).split('\\').join('/'))
	);
}

/** The Dutch report of broken links, per page, with the source file and line where known. */
export function linkReport(kapot: BrokenLink[], root: string, base: string): string {
	const perPagina = Map.groupBy(kapot, (k) => k.pagina);
	const regels = [
		`Kapotte links: ${kapot.length} ${kapot.length === 1 ? 'link leidt' : 'links leiden'} nergens heen, op ${perPagina.size} ${perPagina.size === 1 ? 'pagina' : "pagina's"}.`,
	];
	for (const [pagina, links] of perPagina) {
		let bron: string | undefined;
		try {
			bron = pagina.bestand ? readFileSync(join(root, pagina.bestand), 'utf8') : undefined;
		} catch {
			bron = undefined;
		}
		// Pages without a source of their own (print routes, tools) get a made-up path from Starlight: not shown.
		regels.push('', bron !== undefined ? `${pagina.pad} (${pagina.bestand})` : pagina.pad);
		for (const { link, reden, inSidebar } of links) {
			const regel = bron && !inSidebar ? lineOfLink(bron, link, base) : undefined;
			const waar = inSidebar
				? ' (in de zijbalk, op elke pagina)'
				: regel
					? ` (regel ${regel})`
					: '';
			const wat =
				reden === 'kopje'
					? `de pagina bestaat, maar heeft geen kopje of anker "${decodeURIComponent(link.slice(link.indexOf('#') + 1))}"`
					: 'deze pagina of dit bestand bestaat niet in het werkboek';
			regels.push(`  ─ ${link}${waar}: ${wat}`);
		}
	}
	return regels.join('\n');
}

/** What to do about broken links: the hint under the report. */
export const LINK_HINT = [
	'Wat nu: verbeter of verwijder de link in het genoemde bestand. Een link naar een pagina schrijf je zoals de lezer',
	'het adres ziet, bijvoorbeeld /werkvormen/balansmeter/; een link naar een kopje met het anker erachter, bijvoorbeeld',
	'/waarom-stilstaan/#vragen-voor-jullie-regio (kleine letters, streepjes in plaats van spaties).',
].join('\n');

/**
 * Work on every rendered page, done while Astro renders it (src/integration/middleware.ts):
 * the Content-Security-Policy and collecting links. After the build, when everything is on disk
 * (PDFs and the editing screen too), every internal link is checked: a broken one removes the
 * output and stops the build with an Astro error, so nothing half-built is published.
 * Added last, so its middleware is the innermost and its check runs after the other integrations.
 */
export function werkboekLinkCheck(root: string): AstroIntegration {
	let base = '/';
	return {
		name: 'werkboek:paginas',
		hooks: {
			'astro:config:setup': ({ config, addMiddleware }) => {
				base = normalizeBase(config.base);
				addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'post' });
			},
			'astro:build:done': ({ dir, logger }) => {
				const paginas = linkStore();
				const bestanden = bestandenIn(fileURLToPath(dir));
				const kapot = brokenLinks(paginas.values(), base, (pad) => bestanden.has(pad));
				if (kapot.length) {
					// Nothing half-built is published.
					rmSync(fileURLToPath(dir), { recursive: true, force: true });
					throw astroError(linkReport(kapot, root, base), LINK_HINT);
				}
				const sidebars = new Set([...paginas.values()].map((p) => p.sidebar));
				const aantal =
					[...paginas.values()].reduce((som, p) => som + p.links.length, 0) +
					[...sidebars].reduce((som, z) => som + (z?.links.length ?? 0), 0);
				logger.info(
					`Content-Security-Policy gezet en ${aantal} links gecontroleerd op ${paginas.size} pagina's.`
				);
			},
		},
	};
}
