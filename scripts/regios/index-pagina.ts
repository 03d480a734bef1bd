// The index page of a programme's site: one page at the root that lists every region whose workbook
// was built (name, logo, link to /<naam>/). Made from the small file each region's build leaves in
// its own folder (REGIO_MANIFEST), so it needs only Node: the deploy job of
// .github/workflows/regios.yml runs it without installing the project.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** What build:regios writes into `<uit>/<naam>/` after a region's build succeeded. */
export const REGIO_MANIFEST = 'werkboek-regio.json';

export interface RegioManifest {
	/** Folder name in the programme layout, also the path on the site: `/<naam>/`. */
	naam: string;
	/** The region's full name from regio.yaml. */
	titel: string;
	/** File name of the logo inside `<uit>/<naam>/`, when the region has one. */
	logo?: string;
	/** The accent colour from regio.yaml, when set. */
	accent?: string;
}

/** Writes the manifest of one built region and copies its logo next to it. */
export function schrijfManifest(
	regioUit: string,
	manifest: Omit<RegioManifest, 'logo'>,
	logoPad?: string
): RegioManifest {
	const volledig: RegioManifest = { ...manifest };
	if (logoPad) {
		volledig.logo = `werkboek-logo${extname(logoPad).toLowerCase()}`;
		copyFileSync(logoPad, join(regioUit, volledig.logo));
	}
	writeFileSync(join(regioUit, REGIO_MANIFEST), `${JSON.stringify(volledig, null, '\t')}\n`);
	return volledig;
}

/** The manifests of every region built into `uit`, sorted by name. */
export function leesManifesten(uit: string): RegioManifest[] {
	if (!existsSync(uit)) return [];
	return readdirSync(uit, { withFileTypes: true })
		.filter((item) => item.isDirectory() && existsSync(join(uit, item.name, REGIO_MANIFEST)))
		.map(
			(item) =>
				JSON.parse(readFileSync(join(uit, item.name, REGIO_MANIFEST), 'utf8')) as RegioManifest
		)
		.sort((a, b) => a.titel.localeCompare(b.titel, 'nl'));
}

const escape = (tekst: string) =>
	tekst
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');

/** A colour from a manifest, only when it is a plain hex colour (it ends up in a style attribute). */
const hex = (kleur?: string) =>
	kleur && /^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/i.test(kleur) ? kleur : undefined;

/** The first letter of the name after "Regio": the mark of a region without a logo. */
const initiaal = (titel: string) =>
	(titel.replace(/^regio\s+/i, '').trim()[0] ?? '?').toUpperCase();

/**
 * The HTML of the index page. Links are relative (`./<naam>/`), so the page works under any base
 * path. Light and dark follow the reader's system; no scripts, no requests to other sites.
 */
export function indexHtml(
	regios: readonly RegioManifest[],
	titel = 'Werkboeken Regionaal Samenwerken'
): string {
	const items = regios
		.map((r) => {
			const accent = hex(r.accent);
			const logo = r.logo
				? `<img src="./${encodeURIComponent(r.naam)}/${encodeURIComponent(r.logo)}" alt="" width="48" height="48">`
				: `<span class="zonder-logo" aria-hidden="true">${escape(initiaal(r.titel))}</span>`;
			return `\t\t\t<li${accent ? ` style="--accent: ${accent}"` : ''}>
				<a href="./${encodeURIComponent(r.naam)}/">${logo}<span>Werkboek ${escape(r.titel)}</span></a>
			</li>`;
		})
		.join('\n');
	const aantal = regios.length === 1 ? 'één regio' : `${regios.length} regio's`;
	const beschrijving = `Het werkboek Regionaal Samenwerken voor ${aantal}: kies jouw regio.`;
	const inleiding =
		regios.length === 0
			? 'Er staat hier nog geen werkboek van een regio.'
			: `Het werkboek Regionaal Samenwerken, voor ${regios.length === 1 ? 'één regio met haar' : `${aantal} met elk hun`} eigen partners, netwerken en opgaven. Kies jouw regio.`;
	return `<!DOCTYPE html>
<html lang="nl">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<title>${escape(titel)}</title>
		<meta name="description" content="${beschrijving}">
		<style>
			:root { color-scheme: light dark; --tekst: #1b1b1f; --achtergrond: #fff; --rand: #767676; --link: #0b57a4; }
			@media (prefers-color-scheme: dark) { :root { --tekst: #f2f2f4; --achtergrond: #17181c; --rand: #9a9aa2; --link: #9cc8ff; } }
			body { margin: 0; font: 1.125rem/1.6 system-ui, sans-serif; color: var(--tekst); background: var(--achtergrond); }
			main { max-width: 48rem; margin: 0 auto; padding: 2rem 1rem 4rem; }
			h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }
			ul { list-style: none; padding: 0; margin: 2rem 0 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
			li { border: 1px solid var(--rand); border-inline-start: 0.5rem solid var(--accent, var(--rand)); border-radius: 0.5rem; }
			a { display: flex; gap: 0.75rem; align-items: center; padding: 0.75rem 1rem; min-height: 3rem; color: var(--link); font-weight: 600; text-decoration: none; }
			a > span:last-child { text-decoration: underline; text-underline-offset: 0.2em; }
			a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; border-radius: 0.25rem; }
			img, .zonder-logo { flex: none; width: 3rem; height: 3rem; object-fit: contain; }
			.zonder-logo { box-sizing: border-box; display: grid; place-items: center; border: 3px solid var(--accent, var(--rand)); border-radius: 50%; color: var(--tekst); font-size: 1.5rem; }
		</style>
	</head>
	<body>
		<main>
			<h1>${escape(titel)}</h1>
			<p>${inleiding}</p>
			<ul>
${items}
			</ul>
		</main>
	</body>
</html>
`;
}

/** Writes `<uit>/index.html` for the regions built into `uit`; returns them. */
export function schrijfIndex(uit: string, titel?: string): RegioManifest[] {
	const regios = leesManifesten(uit);
	writeFileSync(join(uit, 'index.html'), indexHtml(regios, titel));
	return regios;
}
