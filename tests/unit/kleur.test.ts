import { describe, expect, test } from 'vitest';
import { regioSchema } from '../../src/schemas/regio.ts';
import {
	accentPalet,
	contrast,
	controleerAccent,
	DONKER_ACHTERGROND,
	WIT,
} from '../../src/utils/color.ts';
import { dutchErrorMap } from '../../src/utils/errors.ts';

describe('accent colour contrast', () => {
	test('WCAG contrast ratios', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	test('a colour with enough contrast against white is accepted', () => {
		expect(controleerAccent('#0b5cad')).toBeUndefined();
	});

	test('a light colour is refused with a compliant darker shade as suggestion', () => {
		const bericht = controleerAccent('#ffcc00')!;
		expect(bericht).toContain('1,5:1');
		const voorstel = /bijvoorbeeld "(#[0-9a-f]{6})"/.exec(bericht)![1]!;
		expect(contrast(voorstel, WIT)).toBeGreaterThanOrEqual(4.5);
	});

	test('the region schema refuses it at kleuren.accent', () => {
		const resultaat = regioSchema.safeParse(
			{ naam: 'X', kleuren: { accent: '#00a86b' } },
			{ error: dutchErrorMap }
		);
		expect(resultaat.error?.issues[0]?.path).toEqual(['kleuren', 'accent']);
		expect(resultaat.error?.issues[0]?.message).toMatch(
			/^De accentkleur #00a86b heeft te weinig contrast/
		);
	});

	test.each(['#0b5cad', '#7a1f5c', '#e30613', '#006641', '#4b0082'])(
		'the derived palette of %s keeps AA contrast in light and dark mode',
		(accent) => {
			const { licht, donker } = accentPalet(accent);
			expect(contrast(licht.accent, WIT)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(licht.high, WIT)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(donker.high, DONKER_ACHTERGROND)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(donker.high, donker.low)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(donker.accent, DONKER_ACHTERGROND)).toBeGreaterThanOrEqual(4.5);
		}
	);
});
