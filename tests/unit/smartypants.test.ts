import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type PluggableList } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkSmartypantsWaarNodig, smartypantsNodig } from '../../src/starlight/smartypants.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The tree after gfm and the given SmartyPants, as Astro runs them (positions left out). */
function boom(tekst: string, mdx: boolean, smartypants: PluggableList): unknown {
	const processor = unified()
		.use(remarkParse)
		.use(mdx ? [remarkMdx] : [])
		.use(remarkGfm)
		.use(smartypants);
	const tree = processor.runSync(processor.parse(tekst)) as Root;
	return JSON.parse(
		JSON.stringify(tree, (sleutel, waarde) => (sleutel === 'position' ? undefined : waarde))
	);
}

const markdownIn = (map: string): string[] =>
	(readdirSync(join(ROOT, map), { recursive: true }) as string[])
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => join(map, f));

const VOORBEELDEN = [
	'Gewone zinnen zonder iets om te veranderen. Nog een zin.',
	"Foto's en pagina's, 's avonds en zo'n overleg.",
	'Ze zei "ja" en hij zei \'nee\'.',
	'Wachten... of . . . wachten.',
	'Een gedachte -- of twee --- en verder.',
	"``Citaat'' met backticks, en `code`.",
	'Punt.\u00a0.\u00a0. met harde spaties, en een punt.\u0085.\u0085. met NEL.',
	'Tabel:\n\n| a | "b" |\n| - | - |\n| c... | d -- e |\n',
	'[Een link "met" aanhalingstekens](/pad/) en **"vet"**.',
	'Versie 1.2.3 en 3.14 en www.voorbeeld.nl.',
	// Only the second pass (dashes, ellipses, backticks) has work, in one text node of several.
	"Twee apostrofs '' los, ``open, en *nadruk* -- met streepjes, en [link](/a/)...",
	'Punten. . in stukken: . . . en .. en .\u2003.\u2003.',
];

describe('remarkSmartypantsWaarNodig', () => {
	const bestanden = [...markdownIn('content'), ...markdownIn('templates')];

	test("reads the workbook's content", () => expect(bestanden.length).toBeGreaterThan(20));

	test.each(bestanden)("%s: the same tree as Astro's SmartyPants", (bestand) => {
		const tekst = readFileSync(join(ROOT, bestand), 'utf8');
		const mdx = bestand.endsWith('.mdx');
		expect(boom(tekst, mdx, [remarkSmartypantsWaarNodig])).toEqual(
			boom(tekst, mdx, [remarkSmartypants])
		);
	});

	test.each(VOORBEELDEN)("%j: the same tree as Astro's SmartyPants", (tekst) => {
		expect(boom(tekst, false, [remarkSmartypantsWaarNodig])).toEqual(
			boom(tekst, false, [remarkSmartypants])
		);
	});

	test('passes options on (quote characters)', () => {
		const opties = {
			openingQuotes: { double: '„', single: '‚' },
			closingQuotes: { double: '”', single: '’' },
		};
		const tekst = 'Ze zei "ja".';
		const eigen = boom(tekst, false, [[remarkSmartypantsWaarNodig, opties]]);
		expect(eigen).toEqual(boom(tekst, false, [[remarkSmartypants, opties]]));
		expect(JSON.stringify(eigen)).toContain('„ja”');
	});

	test.each([
		{ dashes: 'oldschool' as const },
		{ dashes: 'inverted' as const },
		{ ellipses: 'spaced' as const },
		{ quotes: false, backticks: 'all' as const },
	])("with options %j: the same tree as Astro's SmartyPants", (opties) => {
		for (const tekst of [
			"Een -- twee --- drie... vier . . . ``vijf'' 'zes' \"zeven\".",
			// Nothing the default second pass changes, but these options do.
			"Een –- twee, een `los teken en zo'n woord.",
			// Nothing the default settings change in the whole document.
			'Een —- twee en een –- drie.',
		])
			expect(boom(tekst, false, [[remarkSmartypantsWaarNodig, opties]]), tekst).toEqual(
				boom(tekst, false, [[remarkSmartypants, opties]])
			);
	});

	test('skips only documents in which nothing can change', () => {
		const nodig = (tekst: string) => smartypantsNodig(unified().use(remarkParse).parse(tekst));
		expect(nodig(VOORBEELDEN[0]!)).toBe(false);
		expect(nodig('Versie 1.2 en 3.4.')).toBe(false);
		for (const tekst of VOORBEELDEN.slice(1, 7)) expect(nodig(tekst), tekst).toBe(true);
		expect(nodig('Alleen `code met "quotes"` hier.')).toBe(false);
	});
});
