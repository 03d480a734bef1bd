import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { imageKind, kindFromName } from '../../src/utils/image.ts';
import { ROOT } from '../helpers.ts';

const bytes = (tekst: string) => new TextEncoder().encode(tekst);
const PNG = Uint8Array.from(
	Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		'base64'
	)
);

describe('imageKind: the kind of an image from its bytes, not its name', () => {
	test('the starter region logo is an SVG', () => {
		expect(imageKind(new Uint8Array(readFileSync(`${ROOT}/templates/regio/logo.svg`)))).toBe('svg');
	});

	test('SVG with an XML declaration, comments, a doctype or a BOM', () => {
		expect(
			imageKind(
				bytes(
					'<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg xmlns="http://www.w3.org/2000/svg"/>'
				)
			)
		).toBe('svg');
		expect(imageKind(bytes('\uFEFF<svg viewBox="0 0 1 1"></svg>'))).toBe('svg');
	});

	test('PNG, JPEG and WebP by their signatures', () => {
		expect(imageKind(PNG)).toBe('png');
		expect(imageKind(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpg');
		expect(imageKind(Uint8Array.from([...bytes('RIFF'), 1, 2, 3, 4, ...bytes('WEBPVP8 ')]))).toBe(
			'webp'
		);
	});

	test('an HTML page, text, an empty file or a RIFF that is not WebP is no image', () => {
		expect(imageKind(bytes('<!doctype html><html><body>404</body></html>'))).toBeUndefined();
		expect(imageKind(bytes('<html><svg></svg></html>'))).toBeUndefined();
		expect(imageKind(bytes('logo'))).toBeUndefined();
		expect(imageKind(new Uint8Array())).toBeUndefined();
		expect(
			imageKind(Uint8Array.from([...bytes('RIFF'), 1, 2, 3, 4, ...bytes('WAVE')]))
		).toBeUndefined();
	});

	test('kindFromName reads the extension', () => {
		expect(['a.svg', 'b.PNG', 'c.jpeg', 'd.jpg', 'e.webp', 'f.gif'].map(kindFromName)).toEqual([
			'svg',
			'png',
			'jpg',
			'jpg',
			'webp',
			undefined,
		]);
	});
});
