import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspForBytes, addCspToBytes } from '../../src/postprocess/csp.ts';

const cspVoorPagina = (html: string) => cspForBytes(Buffer.from(html, 'utf8'));
const voegCspToe = (html: string) => addCspToBytes(Buffer.from(html, 'utf8')).toString('utf8');

const sha = (tekst: string) =>
	`'sha256-${createHash('sha256').update(tekst, 'utf8').digest('base64')}'`;

describe('the page policy, read from the page bytes (src/postprocess/csp.ts)', () => {
	test('hashes inline scripts only, not scripts with src, and not tags that merely start with "script"', () => {
		const beleid = cspVoorPagina(
			'<head><script type="module" src="/a.js"></script><scripty>b()</scripty><script>c()</script></head>'
		);
		expect(beleid).toContain(sha('c()'));
		expect(beleid).not.toContain(sha(''));
		expect(beleid).not.toContain(sha('b()'));
	});

	test('hashes a style attribute as the browser reads it: entities decoded, non-ASCII as UTF-8', () => {
		const beleid = cspVoorPagina(
			`<p style="font-family: &quot;Noto&quot;">x</p><p class="a" style='content: "é"'>y</p><p data-style="nee">z</p>`
		);
		expect(beleid).toContain(sha('font-family: "Noto"'));
		expect(beleid).toContain(sha('content: "é"'));
		expect(beleid).not.toContain(sha('nee'));
	});

	test('decodes every character reference in a style attribute, not only the five an HTML serialiser writes', () => {
		const beleid = cspVoorPagina(
			'<p style="content: &apos;&eacute;&#233;&#xE9;&nbsp;&apos;">x</p>'
		);
		expect(beleid).toContain(sha("content: 'ééé\u00a0'"));
	});

	test('puts the policy right after the charset, keeps the rest byte for byte, and leaves a page with a policy alone', () => {
		const html =
			'<!doctype html><html><head><meta charset="utf-8"/><title>Één</title></head><body><p style="color: red">ü</p></body></html>';
		const uit = voegCspToe(html);
		expect(
			uit.startsWith(
				'<!doctype html><html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="'
			)
		).toBe(true);
		expect(uit.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/, '')).toBe(
			html
		);
		expect(voegCspToe(uit)).toBe(uit);
	});
});
