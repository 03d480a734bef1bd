import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { laadBegrippen } from '../../src/begrippen/laden.ts';
import { controleer } from '../../src/check/controleer.ts';
import { leesbaarheidVanHoofdstukken } from '../../src/check/leesbaarheid.ts';
import { hoofdstukSlugs, markdownSlugs } from '../../src/integration/paden.ts';
import { BALANCEERACTS } from '../../src/schemas/balanceeracts.ts';
import { werkvormSchema } from '../../src/schemas/werkvorm.ts';
import { formatProblemen } from '../../src/utils/fouten.ts';
import { ROOT } from '../helpers.ts';

const hoofdstukken = hoofdstukSlugs(ROOT);
const werkvormen = markdownSlugs(join(ROOT, 'content', 'werkvormen'));
const bron = (map: string, slug: string) => {
	for (const ext of ['.mdx', '.md']) {
		try {
			return readFileSync(join(ROOT, map, slug + ext), 'utf8');
		} catch {
			// try the next extension
		}
	}
	throw new Error(`${map}/${slug} niet gevonden`);
};
const frontmatter = (tekst: string) => parse(/^---\n([\s\S]*?)\n---/.exec(tekst)![1]!) as Record<string, unknown>;
const werkvormLinks = (tekst: string) => new Set([...tekst.matchAll(/\(\/werkvormen\/([a-z0-9-]+)\/\)/g)].map((m) => m[1]!));

describe('the workbook content', () => {
	// Reads and parses every page: a few seconds on a busy machine, more than the default 5 s limit.
	test('npm run check finds no problems in region or content', { timeout: 60_000 }, () => {
		const { problemen } = controleer(ROOT, {});
		expect(problemen, formatProblemen('Problemen', problemen, '')).toEqual([]);
	});

	test('has the chapters of the outline, including the five balancing acts', () => {
		expect(hoofdstukken.length).toBeGreaterThanOrEqual(17);
		for (const act of BALANCEERACTS) expect(hoofdstukken).toContain(`balanceeracts/${act.id}`);
		for (const slug of ['welkom', 'waarom-stilstaan', 'sessies-ontwerpen', 'data-als-kompas', 'bronnen', 'begrippenlijst']) {
			expect(hoofdstukken).toContain(slug);
		}
	});

	test('has at least 22 complete working methods, including the Balansmeter for all five acts', () => {
		expect(werkvormen.length).toBeGreaterThanOrEqual(22);
		const balansmeter = werkvormSchema.parse(frontmatter(bron('content/werkvormen', 'balansmeter'))['werkvorm']);
		const schalen = balansmeter.werkblad?.velden.filter((v) => v.type === 'schaal') ?? [];
		for (const act of BALANCEERACTS) {
			expect(schalen.filter((s) => s.links === act.poolA && s.rechts === act.poolB), act.id).toHaveLength(2);
		}
	});

	test.each(hoofdstukken.filter((slug) => !['bronnen', 'begrippenlijst'].includes(slug)))(
		'chapter %s ends with questions and links at least one existing working method',
		(slug) => {
			const tekst = bron('content/hoofdstukken', slug);
			expect(tekst).toContain('## Vragen voor jullie regio');
			const links = [...werkvormLinks(tekst)];
			expect(links.length).toBeGreaterThan(0);
			for (const link of links) expect(werkvormen, `${slug} → ${link}`).toContain(link);
		},
	);

	test('every working method is linked from at least one chapter', () => {
		const gelinkt = new Set(hoofdstukken.flatMap((slug) => [...werkvormLinks(bron('content/hoofdstukken', slug))]));
		expect(werkvormen.filter((slug) => !gelinkt.has(slug))).toEqual([]);
	});

	test('the glossary explains at least 100 terms (content/begrippen.yaml, shown by <Begrippenlijst />)', () => {
		expect(laadBegrippen(ROOT).length).toBeGreaterThanOrEqual(100);
		expect(bron('content/hoofdstukken', 'begrippenlijst')).toContain('<Begrippenlijst />');
	});

	test('chapters are plain Dutch: on average at most 15 words per sentence', { timeout: 60_000 }, () => {
		for (const { slug, gemiddeld } of leesbaarheidVanHoofdstukken(ROOT)) expect(gemiddeld, slug).toBeLessThanOrEqual(15);
	});
});
