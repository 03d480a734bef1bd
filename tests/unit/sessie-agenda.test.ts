import { describe, expect, test } from 'vitest';
import {
	agendaRegels,
	leesAgendaHash,
	planNaarHash,
	VOORSTELLEN,
	type Plan,
} from '../../src/hulpmiddelen/sessieplan.ts';
import { sjabloonSchema } from '../../src/schemas/sjabloon.ts';

// The planner's agenda as lines for the agenda templates, and reading it back from a template's
// URL fragment (src/elements/sjabloon-agenda.ts).
const werkvormen = new Map([
	['balansmeter', { titel: 'Balansmeter', duur: 30 }],
	['polariteitenkaart', { titel: 'Polariteitenkaart', duur: 60 }],
	['wat-en-dan-wat-nu', { titel: 'Wat? En dan? Wat nu?', duur: 45 }],
]);
const bekend = new Set(werkvormen.keys());

describe('agenda lines for a template', () => {
	test('start, end, title and minutes per item, breaks included', () => {
		const plan: Plan = {
			start: '13:15',
			items: [
				{ soort: 'werkvorm', slug: 'balansmeter' },
				{ soort: 'pauze', minuten: 15 },
				{ soort: 'werkvorm', slug: 'polariteitenkaart' },
				{ soort: 'werkvorm', slug: 'wat-en-dan-wat-nu' },
			],
		};
		expect(agendaRegels(plan, werkvormen)).toEqual([
			'13:15–13:45 Balansmeter (30 min.)',
			'13:45–14:00 Pauze (15 min.)',
			'14:00–15:00 Polariteitenkaart (60 min.)',
			'15:00–15:45 Wat? En dan? Wat nu? (45 min.)',
		]);
	});

	test('a method the build does not have is left out; times run on; past midnight wraps', () => {
		const plan: Plan = {
			start: '23:30',
			items: [
				{ soort: 'werkvorm', slug: 'weg' },
				{ soort: 'werkvorm', slug: 'balansmeter' },
				{ soort: 'pauze', minuten: 5 },
			],
		};
		expect(agendaRegels(plan, werkvormen)).toEqual([
			'23:30–00:00 Balansmeter (30 min.)',
			'00:00–00:05 Pauze (5 min.)',
		]);
		expect(agendaRegels({ start: '09:00', items: [] }, werkvormen)).toEqual([]);
	});
});

describe('reading the plan from a template page address', () => {
	test("the planner's own fragment round-trips", () => {
		const plan: Plan = {
			start: '10:05',
			items: [
				{ soort: 'werkvorm', slug: 'balansmeter' },
				{ soort: 'pauze', minuten: 20 },
			],
		};
		expect(leesAgendaHash(`#${planNaarHash(plan)}`, bekend)).toEqual({ soort: 'plan', plan });
	});

	test('a preset by name gives its plan with the methods this build has', () => {
		const gelezen = leesAgendaHash('#voorstel=sessie-1', bekend);
		const voorstel = VOORSTELLEN.find((v) => v.id === 'sessie-1')!;
		expect(gelezen).toEqual({
			soort: 'plan',
			plan: {
				start: voorstel.plan.start,
				items: voorstel.plan.items.filter((i) => i.soort === 'pauze' || bekend.has(i.slug)),
			},
		});
	});

	test('no fragment or a plain anchor is not meant for it', () => {
		expect(leesAgendaHash('', bekend)).toEqual({ soort: 'geen' });
		expect(leesAgendaHash('#sjabloon-invullen', bekend)).toEqual({ soort: 'geen' });
	});

	test.each([
		['#foo=bar', 'geen agenda uit de sessieplanner'],
		['#items=', 'is leeg'],
		['#start=25:00&items=balansmeter', 'De begintijd in het webadres ("25:00")'],
		['#items=balansmeter,triz', 'Onderdeel "triz" in het webadres is geen werkvorm of pauze'],
		['#items=pauze:0', 'Onderdeel "pauze:0"'],
		['#items=%3Cscript%3E', 'Onderdeel "<script>"'],
		['#voorstel=sessie-9', 'kant-en-klare agenda die de sessieplanner niet kent ("sessie-9")'],
		[`#items=${Array(41).fill('balansmeter').join(',')}`, 'meer dan 40 onderdelen'],
	])('%s is refused whole, in Dutch, and says nothing changed', (hash, melding) => {
		const gelezen = leesAgendaHash(hash, bekend);
		expect(gelezen.soort).toBe('fout');
		if (gelezen.soort !== 'fout') return;
		expect(gelezen.melding).toContain(melding);
		expect(gelezen.melding).toContain('Er is niets veranderd aan je sjabloon.');
	});
});

describe('the agenda option of a template list', () => {
	const lijst = (agenda?: 'sessie-1' | 'sessie-2') => ({
		type: 'lijst',
		label: agenda ? `Programma ${agenda}` : 'Anders',
		items: 8,
		...(agenda ? { agenda } : {}),
	});
	const sjabloon = (inhoud: unknown[]) => ({
		titel: 'T',
		doel: 'D',
		stap: 'traject/sessie-1',
		wanneer: 'W',
		wie: 'W',
		volgorde: 1,
		inhoud,
	});

	test('one list may take the planned agenda', () => {
		expect(sjabloonSchema.safeParse(sjabloon([lijst('sessie-1'), lijst()])).success).toBe(true);
	});

	test('a second list with `agenda` fails with a Dutch message naming the first', () => {
		const gelezen = sjabloonSchema.safeParse(sjabloon([lijst('sessie-1'), lijst('sessie-2')]));
		expect(gelezen.success).toBe(false);
		expect(gelezen.error?.issues[0]?.path).toEqual(['inhoud', 1, 'agenda']);
		expect(gelezen.error?.issues[0]?.message).toContain("onderdeel 1 heeft al 'agenda'");
	});
});
