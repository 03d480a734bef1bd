import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { allePaginas } from './paginas.ts';

// Astro 7 compresses HTML by JSX rules by default, which removes the line break between a word and
// an element on the next source line: "jullie\n<strong>naartoe</strong>" showed as "jullienaartoe"
// and "de\n<a>groepsweergave</a>" as "degroepsweergave". The project uses HTML-aware compression
// (astro.config.mjs); this guards every built page against a word glued to an inline element.
const demoDir = inject('demoDir');

/**
 * A letter or digit directly against the opening or closing tag of an inline element, or a space
 * between an inline element and the punctuation after it ("…2008) . In eigen woorden").
 */
export function geplakt(html: string): string[] {
	const tekst = html.replace(/<(script|style|pre|code|svg|textarea)\b[\s\S]*?<\/\1>/g, ' ');
	return [
		...tekst.matchAll(
			/[\p{L}\p{N}]<(a|strong|em|b|i|abbr|kbd|q|mark)\b[^>]*>[\p{L}\p{N}]|[\p{L}\p{N}]<\/(a|strong|em|b|i|abbr|kbd|q|mark)>[\p{L}\p{N}]|(?:<\/(?:a|strong|em|b|i|abbr|kbd|q|mark)>|\)) [.,;:!?](?=\s|<)/gu
		),
	].map((m) => tekst.slice(Math.max(0, m.index - 25), m.index + 45).replace(/\s+/g, ' '));
}

describe('words keep their spaces', () => {
	test('the check finds the defect it guards against', () => {
		expect(
			geplakt(
				'<p>waar jullie<strong>naartoe</strong> moeten, in de<a href="/g/">groepsweergave</a>.</p>'
			)
		).toHaveLength(2);
		expect(geplakt('<p>Bron: <a href="/x/">Boek</a> (2008) . In eigen woorden.</p>')).toHaveLength(
			1
		);
		expect(
			geplakt('<p>waar jullie <strong>naartoe</strong> moeten: <code>a<b>c</b></code></p>')
		).toEqual([]);
	});

	test('no word is glued to a link or an emphasis on any built page', () => {
		const fouten = allePaginas(demoDir).flatMap(({ bestand, pad }) =>
			geplakt(readFileSync(bestand, 'utf8')).map((plek) => `/${pad}: …${plek}…`)
		);
		expect(fouten).toEqual([]);
	});
});
