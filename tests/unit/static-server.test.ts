import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveer } from '../../src/utils/static-server.ts';

/** A GET with the path exactly as given (fetch would normalise `..` away). */
function haal(
	url: string,
	pad: string
): Promise<{ status: number; type: string | undefined; body: string }> {
	return new Promise((resolve, reject) => {
		const { hostname, port } = new URL(url);
		request({ hostname, port, path: pad }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (deel: string) => (body += deel));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body })
			);
		})
			.on('error', reject)
			.end();
	});
}

describe('the static file server for a built site (src/utils/static-server.ts)', () => {
	let tmp: string;
	let site: Awaited<ReturnType<typeof serveer>>;

	beforeAll(async () => {
		tmp = mkdtempSync(join(tmpdir(), 'statisch-'));
		const dist = join(tmp, 'dist');
		mkdirSync(join(dist, 'welkom'), { recursive: true });
		mkdirSync(join(dist, 'fonts'));
		writeFileSync(join(dist, 'index.html'), '<p>start</p>');
		writeFileSync(join(dist, 'welkom', 'index.html'), '<p>welkom</p>');
		writeFileSync(join(dist, '404.html'), '<p>niet gevonden</p>');
		writeFileSync(join(dist, 'logo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
		writeFileSync(join(dist, 'logo.webp'), Buffer.from('RIFF\0\0\0\0WEBPVP8 '));
		writeFileSync(join(dist, 'fonts', 'tekst.woff2'), Buffer.from('wOF2'));
		writeFileSync(join(tmp, 'geheim.txt'), 'geheim');
		site = await serveer(dist, '/werkboek/');
	});

	afterAll(async () => {
		await site.sluit();
		rmSync(tmp, { recursive: true, force: true });
	});

	test('serves a JPG or WebP logo and a WOFF2 font with their content type', async () => {
		expect(await haal(site.url, '/werkboek/logo.jpg')).toMatchObject({
			status: 200,
			type: 'image/jpeg',
		});
		expect(await haal(site.url, '/werkboek/logo.webp')).toMatchObject({
			status: 200,
			type: 'image/webp',
		});
		expect(await haal(site.url, '/werkboek/fonts/tekst.woff2')).toMatchObject({
			status: 200,
			type: 'font/woff2',
		});
	});

	test('serves a folder as its index.html, under the base path only', async () => {
		expect(await haal(site.url, '/werkboek/')).toMatchObject({
			status: 200,
			type: 'text/html;charset=utf-8',
			body: '<p>start</p>',
		});
		expect(await haal(site.url, '/werkboek/welkom/')).toMatchObject({
			status: 200,
			body: '<p>welkom</p>',
		});
		expect(await haal(site.url, '/werkboek/welkom/?x=1')).toMatchObject({
			status: 200,
			body: '<p>welkom</p>',
		});
		expect((await haal(site.url, '/welkom/')).status).toBe(404);
	});

	test('answers a missing page with 404.html and status 404', async () => {
		expect(await haal(site.url, '/werkboek/bestaat-niet/')).toMatchObject({
			status: 404,
			type: 'text/html; charset=utf-8',
			body: '<p>niet gevonden</p>',
		});
	});

	test('serves nothing outside the folder', async () => {
		for (const pad of [
			'/werkboek/../geheim.txt',
			'/werkboek/%2e%2e/geheim.txt',
			'/werkboek/..%2fgeheim.txt',
		]) {
			const antwoord = await haal(site.url, pad);
			expect(antwoord.body, pad).not.toContain('geheim');
		}
	});
});
