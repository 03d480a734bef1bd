import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadBegrippen } from '../../src/begrippen/load.ts';
import { controleer } from '../../src/check/check.ts';
import { leesbaarheidVanHoofdstukken } from '../../src/check/readability.ts';
import { hoofdstukSlugs, markdownSlugs } from '../../src/plan/paths.ts';
import { BALANCEERACTS } from '../../src/schemas/balanceeracts.ts';
import { werkvormSchema } from '../../src/schemas/werkvorm.ts';
import { formatProblems } from '../../src/utils/errors.ts';
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
const frontmatter = (tekst: string) =>
	parse(/^---\n([\s\S]*?)\n---/.exec(tekst)![1]!) as Record<string, unknown>;
const werkvormLinks = (tekst: string) =>
	new Set([...tekst.matchAll(/\(\/werkvormen\/([a-z0-9-]+)\/\)/g)].map((m) => m[1]!));

describe('the workbook content', () => {
	// Reads and parses every page: a few seconds on a busy machine, more than the default 5 s limit.
	test('npm run check finds no problems in region or content', { timeout: 60_000 }, () => {
		const { problemen } = controleer(ROOT);
		expect(problemen, formatProblems('Problemen', problemen, '')).toEqual([]);
	});

	test('has the chapters of the outline, including the five balancing acts', () => {
		expect(hoofdstukken.length).toBeGreaterThanOrEqual(17);
		for (const act of BALANCEERACTS) expect(hoofdstukken).toContain(`balanceeracts/${act.id}`);
		for (const slug of [
			'welkom',
			'waarom-stilstaan',
			'sessies-ontwerpen',
			'data-als-kompas',
			'bronnen',
			'begrippenlijst',
		]) {
			expect(hoofdstukken).toContain(slug);
		}
	});

	test('has at least 22 complete working methods, including the Balansmeter for all five acts', () => {
		expect(werkvormen.length).toBeGreaterThanOrEqual(22);
		const balansmeter = werkvormSchema.parse(
			frontmatter(bron('content/werkvormen', 'balansmeter'))['werkvorm']
		);
		const schalen = balansmeter.werkblad?.velden.filter((v) => v.type === 'schaal') ?? [];
		for (const act of BALANCEERACTS) {
			expect(
				schalen.filter((s) => s.links === act.poolA && s.rechts === act.poolB),
				act.id
			).toHaveLength(2);
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
		}
	);

	test('every working method is linked from at least one chapter', () => {
		const gelinkt = new Set(
			hoofdstukken.flatMap((slug) => [...werkvormLinks(bron('content/hoofdstukken', slug))])
		);
		expect(werkvormen.filter((slug) => !gelinkt.has(slug))).toEqual([]);
	});

	test('the glossary explains at least 100 terms (content/begrippen.yaml, shown by <Begrippenlijst />)', () => {
		expect(loadBegrippen(ROOT).length).toBeGreaterThanOrEqual(100);
		expect(bron('content/hoofdstukken', 'begrippenlijst')).toContain('<Begrippenlijst />');
	});

	test(
		'chapters are plain Dutch: on average at most 15 words per sentence',
		{ timeout: 60_000 },
		() => {
			for (const { slug, gemiddeld } of leesbaarheidVanHoofdstukken(ROOT))
				expect(gemiddeld, slug).toBeLessThanOrEqual(15);
		}
	);
});

// Issue 15: the content at practice level. These guard the decisions made there, so a later edit
// that brings back a second rhythm, a repeated definition or an unlabelled invented example fails.
describe('issue 15: one definition, one calendar, labelled examples', () => {
	const buitenTraject = hoofdstukken.filter(
		(slug) => !slug.startsWith('traject/') && !['bronnen', 'begrippenlijst'].includes(slug)
	);
	const acts = BALANCEERACTS.map((act) => `balanceeracts/${act.id}`);
	const alleTeksten = () => [
		...buitenTraject.map((slug) => ({
			naam: `hoofdstukken/${slug}`,
			tekst: bron('content/hoofdstukken', slug),
		})),
		...werkvormen.map((slug) => ({
			naam: `werkvormen/${slug}`,
			tekst: bron('content/werkvormen', slug),
		})),
	];

	test('a balancing act is defined once, in waarom-stilstaan, and every act chapter links there', () => {
		const metDefinitie = buitenTraject.filter((slug) =>
			/^## Wat is een balanceeract\?/m.test(bron('content/hoofdstukken', slug))
		);
		expect(metDefinitie).toEqual(['waarom-stilstaan']);
		for (const act of acts)
			expect(bron('content/hoofdstukken', act), act).toContain(
				'(/waarom-stilstaan/#wat-is-een-balanceeract)'
			);
	});

	test('the chapters that used to give their own rhythm link the one calendar and give none', () => {
		for (const slug of [
			'reflectie-organiseren',
			'waarom-stilstaan',
			'drie-inzichten',
			'balanceeracts/ruimte-kaders',
			'blijven-balanceren',
		]) {
			expect(bron('content/hoofdstukken', slug), slug).toContain('(/traject/jaarritme/)');
		}
		for (const slug of buitenTraject) {
			const tekst = bron('content/hoofdstukken', slug);
			expect(tekst, slug).not.toMatch(/\|\s*jan\s*\|\s*feb\s*\|/i);
			expect(tekst, slug).not.toMatch(
				/elk kwartaal|per kwartaal|## (Kies een vast ritme|Een jaarritme)/i
			);
		}
	});

	test('invented examples say so once, in the box title; documented cases are credited on the sources page', () => {
		const bronnen = bron('content/hoofdstukken', 'bronnen');
		const praktijk = bronnen.slice(bronnen.indexOf('## Voorbeelden uit de praktijk'));
		expect(praktijk.length).toBeGreaterThan(100);
		for (const { naam, tekst } of alleTeksten()) {
			expect(tekst, naam).not.toContain('Dit voorbeeld is verzonnen');
			expect(tekst, naam).not.toContain('[Voorbeeld uit de praktijk]');
			if (tekst.includes(':::note[Uit de praktijk:')) {
				const pad = `/${naam.replace(/^hoofdstukken\//, '')}/`;
				expect(praktijk, `${naam} has a case without a source`).toContain(`](${pad})`);
			}
		}
	});

	test('at least half of the examples in the chapters are documented public cases', () => {
		const teksten = buitenTraject.map((slug) => bron('content/hoofdstukken', slug));
		const gedocumenteerd = teksten.reduce(
			(n, t) => n + (t.match(/^:::note\[Uit de praktijk:/gm)?.length ?? 0),
			0
		);
		const verzonnen = teksten.reduce(
			(n, t) => n + (t.match(/^:::tip\[Voorbeeld \(verzonnen\)\]/gm)?.length ?? 0),
			0
		);
		expect(gedocumenteerd).toBeGreaterThanOrEqual(verzonnen);
	});

	test('no anglicisms, calques or the stock ending where someone finally understands', () => {
		for (const { naam, tekst } of alleTeksten()) {
			expect(tekst, naam).not.toMatch(
				/eye-?opener|focuss|\bfocust\b|neutraal terrein|nu pas snapt|eindelijk begrijpt/i
			);
		}
	});

	test('the welcome chapter promises only what exists', () => {
		const welkom = bron('content/hoofdstukken', 'welkom');
		if (/draaiboek/i.test(welkom)) expect(welkom).toContain('(/traject/overzicht/)');
		expect(welkom).toContain('(/sessieplanner/)');
	});

	test('the chapter on conflict, power and money follows sessies-ontwerpen in its part', () => {
		const plan = parse(readFileSync(join(ROOT, 'content', 'werkboek.yaml'), 'utf8')) as {
			delen: { label: string; hoofdstukken: string[] }[];
		};
		const deel = plan.delen.find((d) => d.hoofdstukken.includes('conflict-macht-en-geld'));
		expect(deel?.label).toBe('Reflectie organiseren');
		const i = deel!.hoofdstukken.indexOf('sessies-ontwerpen');
		expect(deel!.hoofdstukken[i + 1]).toBe('conflict-macht-en-geld');
	});

	test(
		'chapters read neither choppy nor long: 10 to 14 words per sentence',
		{ timeout: 60_000 },
		() => {
			// The trajectory chapters (branch traject) are step pages of their own and settle their range there.
			for (const { slug, gemiddeld } of leesbaarheidVanHoofdstukken(ROOT).filter(
				(r) => !r.slug.startsWith('traject/')
			)) {
				expect(gemiddeld, slug).toBeGreaterThanOrEqual(10);
				expect(gemiddeld, slug).toBeLessThanOrEqual(14);
			}
		}
	);

	test('the sample programme in sessies-ontwerpen keeps its own rules', () => {
		const tekst = bron('content/hoofdstukken', 'sessies-ontwerpen');
		const programma = tekst.slice(tekst.indexOf('## Een voorbeeldprogramma'));
		expect(programma).toContain('twaalf tot twintig');
		const grootste = 20;
		const minuut = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
		const rijen = [
			...programma.matchAll(/^\| (\d\d\.\d\d)–(\d\d\.\d\d) \| ([^|]+) \|([^|]*)\|([^|]*)\|$/gm),
		].map((m) => ({
			van: minuut(m[1]!),
			tot: minuut(m[2]!),
			fase: m[3]!.trim(),
			wat: m[4]!,
			werkvorm: /\(\/werkvormen\/([a-z0-9-]+)\/\)/.exec(m[5]!)?.[1],
		}));
		expect(rijen.length).toBeGreaterThan(4);
		const start = rijen[0]!.van;
		const metWerkvorm = rijen.filter((r) => r.werkvorm);
		expect(metWerkvorm.length).toBeGreaterThanOrEqual(3);
		expect(metWerkvorm.length).toBeLessThanOrEqual(4);
		for (const rij of metWerkvorm) {
			const werkvorm = werkvormSchema.parse(
				frontmatter(bron('content/werkvormen', rij.werkvorm!))['werkvorm']
			);
			// Five minutes extra per method for explaining and switching.
			expect(rij.tot - rij.van, rij.werkvorm).toBeGreaterThanOrEqual(werkvorm.duur + 5);
			// A method for fewer people than the group splits the group, and says so.
			if (werkvorm.groep.max < grootste) expect(rij.wat, rij.werkvorm).toMatch(/groepen/);
		}
		const pauze = rijen.find((r) => r.fase === 'Pauze');
		expect(pauze && pauze.van - start).toBeGreaterThanOrEqual(75);
		expect(pauze && pauze.van - start).toBeLessThanOrEqual(105);
		const buffer = rijen.at(-1)!;
		expect(buffer.fase).toBe('Buffer');
		expect(buffer.tot - buffer.van).toBeGreaterThanOrEqual(15);
	});

	test('the working methods carry the fixes of issue 15', () => {
		const werkvorm = (slug: string) =>
			werkvormSchema.parse(frontmatter(bron('content/werkvormen', slug))['werkvorm']);
		const balansmeter = werkvorm('balansmeter');
		expect(balansmeter.materialen.join(' ')).toMatch(/één kleur per groep/);
		expect(balansmeter.voorbereiding.join(' ')).toMatch(/welke samenwerking/);
		expect(werkvorm('polariteitenkaart').stappen.map((s) => s.titel)).toContain(
			'Hoger doel en diepere angst'
		);
		expect(
			werkvorm('deep-democracy')
				.stappen.map((s) => s.beschrijving)
				.join(' ')
		).toMatch(/ongelijke mandaten/);
		// Eight to twenty parties: at least a minute per party to place it, and time to talk about it.
		const krachtenveld = werkvorm('krachtenveld');
		expect(
			krachtenveld.stappen.find((s) => s.titel === 'Plaatsen in de matrix')!.minuten
		).toBeGreaterThanOrEqual(20);
		expect(krachtenveld.duur).toBeGreaterThanOrEqual(90);
		expect(bron('content/werkvormen', 'regenboogscan')).toMatch(
			/niet het gevalideerde meetinstrument/
		);
		expect(werkvorm('negen-keer-waarom').valkuilen.join(' ')).toMatch(/slap gemiddelde/);
	});
});
