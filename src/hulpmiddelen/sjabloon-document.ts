/**
 * A filled-in template as a simple document: title, headings, paragraphs, bullet lists and tables,
 * with the reader's answers in place. The copied text (HTML and plain text on the clipboard) and
 * the Word file are both made from it, so they say the same. Pure, so unit tests run it without a
 * browser, and small: the page loads it up front, the Word library only when asked.
 */
import type { GevuldSjabloon, GevuldVeld } from '../sjablonen/fill.ts';
import type { Antwoorden } from './werkblad.ts';

export type DocDeel =
	| { soort: 'titel'; tekst: string }
	| { soort: 'kop'; tekst: string }
	/** `label` is printed bold before the text; line breaks in `tekst` are kept. */
	| { soort: 'alinea'; tekst: string; label?: string; leeg?: boolean }
	| { soort: 'opsomming'; items: string[]; genummerd?: boolean }
	| { soort: 'tabel'; rijen: [string, string][] };

/** What an empty field shows in the copied text and the Word file. */
export const NIET_INGEVULD = '(nog niet ingevuld)';

function veldDelen(veld: GevuldVeld, waarde: Antwoorden[string] | undefined): DocDeel[] {
	const label = veld.zonderLabel ? undefined : veld.label;
	const metLabel = (delen: DocDeel[]): DocDeel[] =>
		label ? [{ soort: 'alinea', tekst: '', label }, ...delen] : delen;
	const leeg = (): DocDeel[] =>
		veld.zonderLabel
			? []
			: [{ soort: 'alinea', tekst: NIET_INGEVULD, label: veld.label, leeg: true }];
	switch (veld.type) {
		case 'tekst':
			return typeof waarde === 'string' && waarde.trim()
				? [{ soort: 'alinea', tekst: waarde.trim(), ...(label ? { label } : {}) }]
				: leeg();
		case 'schaal':
			return typeof waarde === 'number'
				? [
						{
							soort: 'alinea',
							tekst: `${waarde} van ${veld.stappen} (1 = ${veld.links}, ${veld.stappen} = ${veld.rechts})`,
							...(label ? { label } : {}),
						},
					]
				: leeg();
		case 'lijst': {
			const items = Array.isArray(waarde) ? waarde.map((w) => w.trim()).filter(Boolean) : [];
			return items.length ? metLabel([{ soort: 'opsomming', items, genummerd: true }]) : leeg();
		}
		case 'kwadrant': {
			const vakken = Array.isArray(waarde) ? waarde : [];
			if (!vakken.some((w) => w.trim())) return leeg();
			return metLabel([
				{
					soort: 'tabel',
					rijen: veld.vakken.map((vak, i) => [vak, vakken[i]?.trim() || '–'] as [string, string]),
				},
			]);
		}
		case 'keuze': {
			const gekozen = Array.isArray(waarde)
				? veld.opties.filter((o) => waarde.includes(o.waarde)).map((o) => o.label)
				: [];
			if (!gekozen.length) return leeg();
			// Without a label (signatures), one name per line; else a bullet list under the label.
			return veld.zonderLabel
				? [{ soort: 'alinea', tekst: gekozen.join('\n') }]
				: metLabel([{ soort: 'opsomming', items: gekozen }]);
		}
	}
}

/** The template with `antwoorden` (keyed by field id, as stored) as a document. */
export function maakDocument(sjabloon: GevuldSjabloon, antwoorden: Antwoorden): DocDeel[] {
	const delen: DocDeel[] = [{ soort: 'titel', tekst: sjabloon.titel }];
	for (const blok of sjabloon.blokken) {
		if (blok.soort === 'kop') delen.push({ soort: 'kop', tekst: blok.tekst });
		else if (blok.soort === 'tekst') {
			for (const deel of blok.delen)
				delen.push(
					deel.soort === 'alinea'
						? { soort: 'alinea', tekst: deel.tekst }
						: { soort: 'opsomming', items: deel.items }
				);
		} else delen.push(...veldDelen(blok.veld, antwoorden[blok.veld.id]));
	}
	return delen;
}

const esc = (tekst: string) =>
	tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const regels = (tekst: string) => esc(tekst).replace(/\n/g, '<br>');

/**
 * HTML for the clipboard: only simple elements, so Word and Outlook give them their own heading,
 * list and paragraph styles, and tables with borders as HTML attributes (no style attributes: the
 * browser parses the HTML under the page's Content-Security-Policy). Every text is escaped.
 */
export function naarHtml(delen: DocDeel[]): string {
	const html = delen.map((deel) => {
		switch (deel.soort) {
			case 'titel':
				return `<h1>${esc(deel.tekst)}</h1>`;
			case 'kop':
				return `<h2>${esc(deel.tekst)}</h2>`;
			case 'alinea': {
				const label = deel.label ? `<b>${esc(deel.label)}</b>${deel.tekst ? '<br>' : ''}` : '';
				const tekst = deel.leeg ? `<i>${regels(deel.tekst)}</i>` : regels(deel.tekst);
				return `<p>${label}${tekst}</p>`;
			}
			case 'opsomming': {
				const tag = deel.genummerd ? 'ol' : 'ul';
				return `<${tag}>${deel.items.map((i) => `<li>${regels(i)}</li>`).join('')}</${tag}>`;
			}
			case 'tabel':
				return (
					'<table border="1" cellpadding="4" cellspacing="0">' +
					deel.rijen
						.map(
							([kop, tekst]) =>
								`<tr><th align="left" valign="top">${esc(kop)}</th><td valign="top">${regels(tekst)}</td></tr>`
						)
						.join('') +
					'</table>'
				);
		}
	});
	return `<div>${html.join('\n')}</div>`;
}

/** Plain text for the clipboard: for mail programs and editors without formatting. */
export function naarTekst(delen: DocDeel[]): string {
	const blokken = delen.map((deel) => {
		switch (deel.soort) {
			case 'titel':
				return `${deel.tekst}\n${'='.repeat(Math.min(deel.tekst.length, 60))}`;
			case 'kop':
				return `${deel.tekst}\n${'-'.repeat(Math.min(deel.tekst.length, 60))}`;
			case 'alinea':
				return deel.label ? (deel.tekst ? `${deel.label}\n${deel.tekst}` : deel.label) : deel.tekst;
			case 'opsomming':
				return deel.items
					.map((item, i) => `${deel.genummerd ? `${i + 1}.` : '-'} ${item}`)
					.join('\n');
			case 'tabel':
				return deel.rijen.map(([kop, tekst]) => `${kop}: ${tekst}`).join('\n');
		}
	});
	// A label with its list directly below: no blank line between them.
	return (
		blokken
			.join('\n\n')
			.replace(/\n\n(?=(?:1\.|-) )/g, '\n')
			.trim() + '\n'
	);
}
