import { describe, expect, test } from 'vitest';
import { werkvormSchema } from '../../src/schemas/werkvorm.ts';
import { dutchErrorMap } from '../../src/utils/errors.ts';

const geldig = {
	doel: 'Iedereen komt aan het woord.',
	duur: 12,
	groep: { min: 4, max: 40 },
	materialen: ['Papier'],
	opstelling: 'Stoelen in groepjes van vier.',
	voorbereiding: ['Bedenk een goede vraag.'],
	fase: ['verkennen'],
	stappen: [
		{ titel: 'Alleen', minuten: 2, beschrijving: 'Iedereen denkt na.' },
		{ titel: 'Samen', minuten: 10, beschrijving: 'Deel in groepjes.' },
	],
	tips: ['Houd de tijd strak.'],
	valkuilen: ['Te vage vraag.'],
	varianten: { online: 'Breakout-rooms.', groteGroep: 'Meer groepjes.' },
};

describe('werkvormSchema', () => {
	test('accepts a complete working method and fills defaults', () => {
		const werkvorm = werkvormSchema.parse(geldig);
		expect(werkvorm.balanceeracts).toEqual([]);
	});

	test('step minutes must add up to the duration', () => {
		const resultaat = werkvormSchema.safeParse({ ...geldig, duur: 15 }, { error: dutchErrorMap });
		expect(resultaat.success).toBe(false);
		expect(resultaat.error?.issues[0]?.path).toEqual(['stappen']);
		expect(resultaat.error?.issues[0]?.message).toBe(
			"De minuten van de stappen tellen op tot 12, maar 'duur' is 15. Pas de minuten of de duur aan zodat ze gelijk zijn."
		);
	});

	test('two worksheet fields with the same id are refused: their saved answers would mix', () => {
		const werkblad = {
			instructie: 'Vul in.',
			velden: [
				{ type: 'tekst', label: 'Wat gaat goed?' },
				{ type: 'tekst', label: 'Iets anders', id: 'wat-gaat-goed' },
			],
		};
		const resultaat = werkvormSchema.safeParse({ ...geldig, werkblad }, { error: dutchErrorMap });
		expect(resultaat.error?.issues[0]?.path).toEqual(['werkblad', 'velden', 1, 'id']);
		expect(resultaat.error?.issues[0]?.message).toBe(
			'Dit veld heeft hetzelfde id ("wat-gaat-goed") als veld 1 van het werkblad; dan lopen bewaarde antwoorden door elkaar. Geef een van beide een eigen id.'
		);
		const eigenId = {
			...werkblad,
			velden: [werkblad.velden[0], { ...werkblad.velden[1], id: 'iets-anders' }],
		};
		expect(werkvormSchema.safeParse({ ...geldig, werkblad: eigenId }).success).toBe(true);
		// The same question twice is fine: the second is numbered.
		const herhaald = {
			instructie: 'Vul in.',
			velden: [
				{ type: 'tekst', label: 'Wat gaat goed?' },
				{ type: 'tekst', label: 'Wat gaat goed?' },
			],
		};
		expect(werkvormSchema.safeParse({ ...geldig, werkblad: herhaald }).success).toBe(true);
	});

	test('refuses an unknown balancing act with the allowed values, in Dutch', () => {
		const resultaat = werkvormSchema.safeParse(
			{ ...geldig, balanceeracts: ['links-rechts'] },
			{ error: dutchErrorMap }
		);
		expect(resultaat.error?.issues[0]?.message).toMatch(
			/^De tekst "links-rechts" is hier niet toegestaan\. Kies uit: inbedding-borging/
		);
	});

	test('worksheet fields are typed: a scale needs two poles', () => {
		const resultaat = werkvormSchema.safeParse({
			...geldig,
			werkblad: {
				instructie: 'Vul in.',
				velden: [{ type: 'schaal', label: 'Waar staan we?', links: 'Focus' }],
			},
		});
		expect(resultaat.success).toBe(false);
		expect(resultaat.error?.issues[0]?.path).toEqual(['werkblad', 'velden', 0, 'rechts']);
	});
});
