import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { soortVanAfbeelding, soortVanNaam } from '../../src/utils/image.ts';
import { ROOT } from '../helpers.ts';

const bytes = (tekst: string) => new TextEncoder().encode(tekst);
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

describe('soortVanAfbeelding: the kind of an image from its bytes, not its name', () => {
	test('the starter region logo is an SVG', () => {
		expect(soortVanAfbeelding(new Uint8Array(readFileSync(`${ROOT}/templates/regio/logo.svg`)))).toBe('svg');
	});

	test('SVG with an XML declaration, comments, a doctype or a BOM', () => {
		expect(soortVanAfbeelding(bytes('<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
		expect(soortVanAfbeelding(bytes('\uFEFF<svg viewBox="0 0 1 1"></svg>'))).toBe('svg');
	});

	test('PNG, JPEG and WebP by their signatures', () => {
		expect(soortVanAfbeelding(PNG)).toBe('png');
		expect(soortVanAfbeelding(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpg');
		expect(soortVanAfbeelding(Uint8Array.from([...bytes('RIFF'), 1, 2, 3, 4, ...bytes('WEBPVP8 ')]))).toBe('webp');
	});

	test('an HTML page, text, an empty file or a RIFF that is not WebP is no image', () => {
		expect(soortVanAfbeelding(bytes('<!doctype html><html><body>404</body></html>'))).toBeUndefined();
		expect(soortVanAfbeelding(bytes('<html><svg></svg></html>'))).toBeUndefined();
		expect(soortVanAfbeelding(bytes('logo'))).toBeUndefined();
		expect(soortVanAfbeelding(new Uint8Array())).toBeUndefined();
		expect(soortVanAfbeelding(Uint8Array.from([...bytes('RIFF'), 1, 2, 3, 4, ...bytes('WAVE')]))).toBeUndefined();
	});

	test('soortVanNaam reads the extension', () => {
		expect(['a.svg', 'b.PNG', 'c.jpeg', 'd.jpg', 'e.webp', 'f.gif'].map(soortVanNaam)).toEqual(['svg', 'png', 'jpg', 'jpg', 'webp', undefined]);
	});
});
