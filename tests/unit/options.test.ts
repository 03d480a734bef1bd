import { describe, expect, test } from 'vitest';
import { parseWerkboekOptions } from '../../src/integration/options.ts';
import { WerkboekError } from '../../src/utils/errors.ts';

describe('the options of werkboek()', () => {
	test('without options: PDFs, an automatic sidebar cache and the main branch', () => {
		expect(parseWerkboekOptions({})).toEqual({
			pdf: true,
			chromium: {},
			sidebar: {},
			cms: { branch: 'main' },
		});
		expect(parseWerkboekOptions()).toEqual(parseWerkboekOptions({}));
	});

	test('as astro.config.mjs passes them, unset variables as undefined', () => {
		const opties = parseWerkboekOptions({
			regio: 'regios/zuid',
			pdf: false,
			chromium: { source: 'npm', path: undefined },
			sidebar: { cache: false, max: 40 },
			cms: { repo: 'regio/werkboek', branch: 'concept', oauthUrl: undefined },
		});
		expect(opties.regio).toBe('regios/zuid');
		expect(opties.pdf).toBe(false);
		expect(opties.chromium.source).toBe('npm');
		expect(opties.sidebar).toEqual({ cache: false, max: 40 });
		expect(opties.cms).toMatchObject({ repo: 'regio/werkboek', branch: 'concept' });
	});

	test('a wrong option stops the build with an Astro error naming the field in Dutch', () => {
		let fout: unknown;
		try {
			parseWerkboekOptions({ pdf: 'nee', sidebar: { max: -3 }, kleur: 'rood' });
		} catch (e) {
			fout = e;
		}
		expect(fout).toBeInstanceOf(WerkboekError);
		const { message, hint, problemen } = fout as WerkboekError;
		expect(problemen.map((p) => p.veld).sort()).toEqual(['kleur', 'pdf', 'sidebar.max']);
		expect(message).toContain('De opties van het werkboek kloppen niet (3 problemen)');
		expect(message).toContain('astro.config.mjs · pdf');
		expect(message).toContain('Onbekend veld: "kleur"');
		expect(hint).toMatch(/^Wat nu: verbeter de opties van werkboek\(\) in astro\.config\.mjs/);
		expect((fout as { type?: string }).type).toBe('AstroUserError');
	});
});
