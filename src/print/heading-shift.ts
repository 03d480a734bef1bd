/**
 * Moves the headings in rendered HTML `niveaus` levels down (never below h6) and prefixes every
 * id, and every in-page reference to one (`href="#…"`, `aria-labelledby`, `aria-describedby`,
 * `aria-controls`, `for`), with `voorvoegsel--`. The HTML is what Astro rendered from our own
 * Markdown, so its attributes are always double-quoted.
 */
export function verlaagKoppen(html: string, niveaus: number, voorvoegsel: string): string {
	const niveau = (n: string) => Math.min(6, Number(n) + niveaus);
	const prefix = (id: string) => `${voorvoegsel}--${id}`;
	return html
		.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, n: string) => `<${slash}h${niveau(n)}`)
		.replace(/\blevel-h([1-6])\b/g, (_, n: string) => `level-h${niveau(n)}`)
		.replace(/\s(id|for)="([^"]+)"/g, (_, naam: string, id: string) => ` ${naam}="${prefix(id)}"`)
		.replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix(id)}"`)
		.replace(/\s(aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g, (_, naam: string, ids: string) =>
			` ${naam}="${ids.split(/\s+/).map(prefix).join(' ')}"`,
		);
}

/** The anchor of a page in the printed workbook: `h-` and its slug with `-` for `/`. */
export const ankerVoor = (slug: string) => `h-${slug.replace(/\//g, '-')}`;

/**
 * Turns links to pages that are in the printed document (`ankers`: site path → anchor) into links
 * within it: `/werkboek/welkom/` → `#h-welkom`, `/werkboek/welkom/#doel` → `#h-welkom--doel`.
 */
export function interneLinks(html: string, ankers: Map<string, string>): string {
	return html.replace(/\shref="([^"#]*)(#[^"]*)?"/g, (geheel, pad: string, hash: string | undefined) => {
		const anker = ankers.get(pad.endsWith('/') ? pad : `${pad}/`);
		if (!pad || !anker) return geheel;
		return ` href="#${hash ? `${anker}--${hash.slice(1)}` : anker}"`;
	});
}
