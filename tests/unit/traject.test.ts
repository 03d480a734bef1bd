import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	planNaarHash,
	planUitHash,
	planVanVoorstel,
	voorstelUitHash,
	VOORSTELLEN,
} from '../../src/hulpmiddelen/sessieplan.ts';
import { BALANCEERACTS } from '../../src/schemas/balanceeracts.ts';
import { regioSchema } from '../../src/schemas/regio.ts';
import { actScriptSchema, STAP_SLUGS, stapSchema } from '../../src/schemas/traject.ts';
import { rolverdeling, voorbeeldAlineas } from '../../src/traject/voorbeeld.ts';
import { wanneerTekst } from '../../src/traject/stap.ts';
import { ROOT } from '../helpers.ts';

const TRAJECT = join(ROOT, 'content', 'hoofdstukken', 'traject');
const werkvormSlugs = new Set(
	readdirSync(join(ROOT, 'content', 'werkvormen')).map((f) => f.replace(/\.mdx?$/, ''))
);
const frontmatter = (bestand: string) =>
	parse(readFileSync(bestand, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const werkboek = parse(readFileSync(join(ROOT, 'content', 'werkboek.yaml'), 'utf8')) as {
	delen: { label: string; hoofdstukken: string[] }[];
};

describe('the trajectory chapters', () => {
	test('the part "Het traject" lists every step, in the order of the fixed slugs, after "Aan de slag"', () => {
		const index = werkboek.delen.findIndex((d) => d.label === 'Het traject');
		expect(werkboek.delen[index - 1]?.label).toBe('Aan de slag');
		expect(werkboek.delen[index]!.hoofdstukken).toEqual(STAP_SLUGS.map((s) => `traject/${s}`));
		for (const slug of STAP_SLUGS) expect(readdirSync(TRAJECT)).toContain(`${slug}.mdx`);
	});

	test('every step but the overview has valid step data whose working methods exist, numbered in order with weeks that move forward', () => {
		const stappen = STAP_SLUGS.filter((s) => s !== 'overzicht').map((slug) => ({
			slug,
			stap: stapSchema.parse(frontmatter(join(TRAJECT, `${slug}.mdx`))['stap']),
		}));
		expect(stappen.map((s) => s.stap.nummer)).toEqual(stappen.map((_, i) => i + 1));
		let week = 0;
		for (const { slug, stap } of stappen) {
			for (const w of stap.werkvormen) expect(werkvormSlugs.has(w), `${slug}: ${w}`).toBe(true);
			if (stap.weken) {
				expect(stap.weken.van, slug).toBeGreaterThanOrEqual(week);
				week = stap.weken.tot;
			}
		}
		// About ten weeks to sessie 2 and the feedback; the check comes about three months later.
		expect(stappen.find((s) => s.slug === 'terugkoppeling')!.stap.weken!.tot).toBeLessThanOrEqual(
			12
		);
		expect(frontmatter(join(TRAJECT, 'jaarritme.mdx'))['stap']).not.toHaveProperty('weken');
	});

	test('each step page has the parts the trajectory promises and the worked example of its own step', () => {
		for (const slug of STAP_SLUGS.filter((s) => s !== 'overzicht')) {
			const tekst = readFileSync(join(TRAJECT, `${slug}.mdx`), 'utf8');
			for (const deel of [
				'<StapKop stap={frontmatter.stap} />',
				'## Doel',
				'## Checklist',
				'- [ ] ',
				'<StapMaterialen stap={frontmatter.stap} />',
				'## Als het misgaat',
				'](/conflict-macht-en-geld/)',
			]) {
				if (slug === 'jaarritme' && deel.includes('conflict')) continue;
				expect(tekst, `${slug}: ${deel}`).toContain(deel);
			}
			expect(tekst).toContain(`<TrajectVoorbeeld stap="${slug}" />`);
		}
	});

	test('a step without weeks or a backwards range is refused with a Dutch message', () => {
		const basis = { nummer: 1, duur: 'een uur', wie: ['wij'], opbrengst: ['iets'] };
		expect(
			stapSchema.safeParse({ ...basis, weken: { van: 5, tot: 3 } }).error?.issues[0]?.message
		).toMatch(/laatste week/);
		expect(stapSchema.safeParse({ ...basis, sjablonen: ['bestaat-niet'] }).success).toBe(false);
		expect(wanneerTekst(stapSchema.parse({ ...basis, weken: { van: 7, tot: 7 } }))).toBe('Week 7');
		expect(wanneerTekst(stapSchema.parse({ ...basis, weken: { van: 3, tot: 6 } }))).toBe(
			'Week 3 tot en met 6'
		);
	});
});

describe('the worked example', () => {
	const demo = regioSchema.parse(
		parse(readFileSync(join(ROOT, 'templates', 'regio', 'regio.yaml'), 'utf8'))
	);
	const leeg = regioSchema.parse({ naam: 'Regio Leeg' });

	test("is told with the demo region's partners, networks and opgaven", () => {
		const r = rolverdeling(demo);
		const tekst = STAP_SLUGS.flatMap((s) => voorbeeldAlineas(s, r)).join(' ');
		for (const naam of [
			'Gemeente Havenstad',
			'Gemeente Polderdorp',
			'Zorgkantoor Voorbeeld',
			'Welzijn Plus',
			'Cliëntenraad Regio Voorbeeld',
			'Regiotafel IZA Voorbeeld',
			'Langer thuis wonen',
			'GGD Regio Voorbeeld',
		]) {
			expect(tekst).toContain(naam);
		}
	});

	test('reads well for a region without partners, networks or opgaven', () => {
		const r = rolverdeling(leeg);
		for (const stap of STAP_SLUGS) {
			const alineas = voorbeeldAlineas(stap, r);
			expect(alineas.length, stap).toBeGreaterThan(0);
			for (const a of alineas) {
				expect(a, stap).not.toMatch(/undefined|null|‘’/);
				expect(a.charAt(0), stap).toBe(a.charAt(0).toLocaleUpperCase('nl'));
				// Every sentence starts with a capital.
				for (const zin of a.split(/(?<=[.?!]) /))
					expect(zin.charAt(0), `${stap}: ${zin}`).toMatch(/[A-Z0-9ÉÖ‘]/);
			}
		}
		expect(voorbeeldAlineas('aanleiding-en-opdracht', r)[0]).toMatch(
			/^Een van de gemeenten en het zorgkantoor/
		);
	});
});

describe('facilitator scripts', () => {
	test('one valid script per balancing act, three questions per pole', () => {
		const map = join(ROOT, 'content', 'scripts');
		expect(readdirSync(map).sort()).toEqual(BALANCEERACTS.map((a) => `${a.id}.yaml`).sort());
		for (const act of BALANCEERACTS) {
			const script = actScriptSchema.parse(
				parse(readFileSync(join(map, `${act.id}.yaml`), 'utf8'))
			);
			expect(script.poolA).toHaveLength(3);
			expect(script.poolB).toHaveLength(3);
			for (const vraag of [...script.poolA, ...script.poolB, script.slotvraag])
				expect(vraag, act.id).toMatch(/\?$/);
		}
	});

	test('each act page shows its script with one component line', () => {
		for (const act of BALANCEERACTS) {
			const tekst = readFileSync(
				join(ROOT, 'content', 'hoofdstukken', 'balanceeracts', `${act.id}.mdx`),
				'utf8'
			);
			expect(tekst.match(/<ActScript /g)).toHaveLength(1);
			expect(tekst).toContain(`<ActScript act="${act.id}" />`);
		}
	});

	test('a script with two questions for a pole or without a closing question is refused', () => {
		const goed = actScriptSchema.parse(
			parse(readFileSync(join(ROOT, 'content', 'scripts', 'focus-breedte.yaml'), 'utf8'))
		);
		expect(actScriptSchema.safeParse({ ...goed, poolA: goed.poolA.slice(0, 2) }).success).toBe(
			false
		);
		const { slotvraag: _, ...zonder } = goed;
		expect(actScriptSchema.safeParse(zonder).success).toBe(false);
	});
});

describe('session planner presets', () => {
	const bekend = werkvormSlugs;

	test('every method of a preset exists, and the sessie pages show the same agenda and link to the preset', () => {
		for (const voorstel of VOORSTELLEN) {
			const slugs = voorstel.plan.items.flatMap((i) => (i.soort === 'werkvorm' ? [i.slug] : []));
			for (const slug of slugs) expect(bekend.has(slug), slug).toBe(true);
			const pagina = readFileSync(join(TRAJECT, `${voorstel.id}.mdx`), 'utf8');
			expect(pagina).toContain(`](/sessieplanner/#voorstel=${voorstel.id})`);
			const stap = stapSchema.parse(frontmatter(join(TRAJECT, `${voorstel.id}.mdx`))['stap']);
			expect(stap.werkvormen).toEqual(slugs);
			for (const slug of slugs) expect(pagina).toContain(`](/werkvormen/${slug}/)`);
		}
	});

	test('a preset is read from the URL, loaded as a plan and round-trips through the URL unchanged', () => {
		const voorstel = voorstelUitHash('#voorstel=sessie-1')!;
		expect(voorstel.id).toBe('sessie-1');
		expect(voorstelUitHash('#voorstel=sessie-9')).toBeUndefined();
		expect(voorstelUitHash('#start=09:30&items=triz')).toBeUndefined();
		const plan = planVanVoorstel(voorstel, bekend);
		expect(planUitHash(`#${planNaarHash(plan)}`, bekend)).toEqual(plan);
		expect(planNaarHash(plan)).toBe(
			'start=13:15&items=balansmeter,pauze:15,polariteitenkaart,wat-en-dan-wat-nu'
		);
		// A method the build does not have (a region may leave one out) is dropped, breaks stay.
		const zonder = planVanVoorstel(
			voorstel,
			new Set([...bekend].filter((s) => s !== 'balansmeter'))
		);
		expect(zonder.items.map((i) => (i.soort === 'pauze' ? 'pauze' : i.slug))).toEqual([
			'pauze',
			'polariteitenkaart',
			'wat-en-dan-wat-nu',
		]);
	});
});

describe('task lists', () => {
	const html = async (markdown: string) => {
		const { unified } = await import('unified');
		const { default: remarkParse } = await import('remark-parse');
		const { default: remarkGfm } = await import('remark-gfm');
		const { default: remarkRehype } = await import('remark-rehype');
		const { default: rehypeStringify } = await import('rehype-stringify');
		const { rehypeTaaklijsten } = await import('../../src/remark/tasklists.ts');
		return String(
			await unified()
				.use(remarkParse)
				.use(remarkGfm)
				.use(remarkRehype)
				.use(rehypeTaaklijsten)
				.use(rehypeStringify)
				.process(markdown)
		);
	};

	test('each checkbox of a tight task list is wrapped in a label with its text', async () => {
		const uit = await html('- [ ] De zaal is *geregeld*.\n- [x] De agenda is klaar.\n');
		expect(uit).toContain(
			'<li class="task-list-item"><label><input type="checkbox" disabled> De zaal is <em>geregeld</em>.</label></li>'
		);
		expect(uit).toContain(
			'<label><input type="checkbox" checked disabled> De agenda is klaar.</label>'
		);
	});

	test('a loose item keeps its paragraphs and nested lists outside the label; other lists are left alone', async () => {
		const uit = await html(
			'- [ ] Eerste punt.\n\n  Uitleg.\n\n  - sub\n\n- [ ] Tweede punt.\n\nGewone lijst:\n\n- geen vakje\n'
		);
		expect(uit).toContain(
			'<p><label><input type="checkbox" disabled> Eerste punt.</label></p>\n<p>Uitleg.</p>'
		);
		expect(uit).toContain('<li>geen vakje</li>');
		expect(uit.match(/<label>/g)).toHaveLength(2);
	});
});
