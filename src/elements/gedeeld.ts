/**
 * Small helpers the browser tools share: storage for this site, status messages, saving a file
 * and reading a chosen file. Nothing here talks to a server: files are made with a blob: URL and
 * read with File.text().
 */
import { controleerGrootte, leesJson, type Gelezen } from '../hulpmiddelen/bestand.ts';
import { Opslag, opslagPrefix } from '../hulpmiddelen/opslag.ts';

/** Creates an element with text or children (text is always set as text, never as HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	inhoud: (Node | string)[] | string = [],
	attrs: Record<string, string> = {}
): HTMLElementTagNameMap[K] {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
	if (typeof inhoud === 'string') e.textContent = inhoud;
	else e.append(...inhoud);
	return e;
}

/** Storage namespaced by this site's origin and base path. */
export function siteOpslag(): Opslag {
	return new Opslag(opslagPrefix(location.origin, import.meta.env.BASE_URL));
}

/**
 * Shows the parts that only work with JavaScript (rendered with `hidden`): `data-alleen-js` for
 * controls, which print.css also hides on paper, and `data-met-js` for content the script fills
 * that should print (an agenda, a chart). Removes the notes
 * for readers without it (`data-zonder-js`; not <noscript>, which stays hidden when a script
 * fails to load or JavaScript is switched off by a policy rather than the parser).
 */
export function toonScriptDelen(root: ParentNode): void {
	for (const el of root.querySelectorAll<HTMLElement>('[data-alleen-js], [data-met-js]'))
		el.hidden = false;
	for (const el of root.querySelectorAll('[data-zonder-js]')) el.remove();
}

/**
 * Status messages: `[data-status]` (role="status", polite) for what went well, `[data-fout]`
 * (role="alert") for what went wrong. Showing one clears the other, so a screen reader hears only
 * the latest.
 */
export class Meldingen {
	readonly #status: HTMLElement | null;
	readonly #fout: HTMLElement | null;

	constructor(root: ParentNode) {
		this.#status = root.querySelector('[data-status]');
		this.#fout = root.querySelector('[data-fout]');
	}

	goed(tekst: string): void {
		if (this.#fout) this.#fout.textContent = '';
		if (this.#status) this.#status.textContent = tekst;
	}

	fout(tekst: string): void {
		if (this.#status) this.#status.textContent = '';
		if (this.#fout) this.#fout.textContent = tekst;
	}

	/** The current error, if any (so autosave does not hide a storage error on every keystroke). */
	get heeftFout(): boolean {
		return Boolean(this.#fout?.textContent);
	}
}

/** "2025-03-14" in local time, for file names. */
export function datum(): string {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Saves `data` as a JSON file through the browser's download, without any network request. */
export function bewaarBestand(naam: string, data: unknown): void {
	const url = URL.createObjectURL(
		new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' })
	);
	const a = document.createElement('a');
	a.href = url;
	a.download = naam;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen file: refused over 1 MB before reading, then parsed as JSON without hostile keys. */
export async function leesBestand(bestand: File): Promise<Gelezen<unknown>> {
	const grootte = controleerGrootte(bestand.size);
	if (!grootte.ok) return grootte;
	return leesJson(await bestand.text());
}

/** Wires a visible button to a hidden file input, so the button has a clear Dutch label. */
export function kiesBestanden(
	knop: HTMLButtonElement | null,
	invoer: HTMLInputElement | null,
	bijKeuze: (bestanden: File[]) => void
): void {
	if (!knop || !invoer) return;
	knop.addEventListener('click', () => invoer.click());
	invoer.addEventListener('change', () => {
		const bestanden = [...(invoer.files ?? [])];
		invoer.value = '';
		if (bestanden.length) bijKeuze(bestanden);
	});
}

/** "om 14:05" */
export function tijdstip(): string {
	return new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
}
