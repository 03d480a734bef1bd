import { describe, expect, test } from 'vitest';
import { decodeAttribute } from '../../src/postprocess/html.ts';
import { collectLinksAndIds } from '../../src/postprocess/links.ts';

describe('attribute values read as the browser reads them (src/postprocess/html.ts)', () => {
	test('decodes named, decimal and hexadecimal character references', () => {
		expect(decodeAttribute('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27;')).toBe(
			`a & b <c> "d" 'e'`
		);
		expect(decodeAttribute('caf&eacute; caf&#233; caf&#xE9; &hellip;')).toBe('café café café …');
	});

	test('follows the attribute rules for a reference without semicolon, as in a query string', () => {
		// In an attribute "&copy=" stays as it is (it is a parameter, not ©); "&copy " is still ©.
		expect(decodeAttribute('/zoek/?a=1&copy=2')).toBe('/zoek/?a=1&copy=2');
		expect(decodeAttribute('&copy 2026')).toBe('© 2026');
	});

	test('returns a value without references unchanged', () => {
		const waarde = '/werkboek/welkom/#doel';
		expect(decodeAttribute(waarde)).toBe(waarde);
	});

	test('the link check sees decoded hrefs and ids', () => {
		const links = new Set<string>();
		const ids = new Set<string>();
		collectLinksAndIds(
			Buffer.from('<a href="/caf&eacute;/#co&ouml;rdineren">x</a><h2 id="co&ouml;rdineren">y</h2>'),
			links,
			ids
		);
		expect([...links]).toEqual(['/café/#coördineren']);
		expect([...ids]).toEqual(['coördineren']);
	});
});
