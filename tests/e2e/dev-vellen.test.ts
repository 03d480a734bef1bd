import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { velPaginas } from '../../src/print/vel-paginas.ts';

// The dev server shows a sheet's own page (/print/kaarten/<slug>/) as the build writes it: derived
// from the bundle of all cards (src/print/vel-paginas.ts, velPaginasInDev), since no Astro route
// renders it. Under a base path, as a region published at <user>.github.io/<repository>/ has.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let server: ChildProcess | undefined;
let cache = '';
let basis = '';

async function vrijePoort(): Promise<number> {
	return new Promise((klaar) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => klaar(port));
		});
	});
}

beforeAll(async () => {
	cache = mkdtempSync(join(tmpdir(), 'dev-vellen-'));
	const poort = await vrijePoort();
	basis = `http://127.0.0.1:${poort}/werkboek/`;
	server = spawn(
		process.execPath,
		[
			join(ROOT, 'node_modules/astro/bin/astro.mjs'),
			'dev',
			'--port',
			String(poort),
			'--host',
			'127.0.0.1',
		],
		{
			cwd: ROOT,
			// Without VITEST: Astro's dev server then serves no pages (astro/dist/vite-plugin-astro-server).
			env: {
				...process.env,
				VITEST: undefined,
				ASTRO_TELEMETRY_DISABLED: '1',
				WERKBOEK_CACHE: cache,
				BASE_PATH: '/werkboek',
			},
			stdio: 'ignore',
		}
	);
	const start = Date.now();
	for (;;) {
		const antwoord = await fetch(`${basis}print/kaarten/`).catch(() => undefined);
		if (antwoord?.ok) return;
		if (Date.now() - start > 120_000)
			throw new Error('De dev-server antwoordde niet binnen 120 s.');
		await new Promise((klaar) => setTimeout(klaar, 250));
	}
});

afterAll(() => {
	server?.kill();
	rmSync(cache, { recursive: true, force: true });
});

describe("the dev server: a sheet's own page", () => {
	test('is the bundle with only that sheet, as the build derives it', async () => {
		const bundel = await (await fetch(`${basis}print/kaarten/`)).text();
		const slug = /<article class="vel kaart"[^>]* data-slug="([^"]+)"/.exec(bundel)![1]!;
		const antwoord = await fetch(`${basis}print/kaarten/${slug}/`);
		expect(antwoord.status).toBe(200);
		expect(antwoord.headers.get('content-type')).toContain('text/html');
		const pagina = await antwoord.text();
		expect(pagina.match(/<article /g)).toHaveLength(1);
		expect(pagina).toMatch(/<title>Begeleiderskaart [^<]+ \| Werkboek /);
		expect(pagina).toMatch(new RegExp(`<h1 id="kaart-${slug}"`));
		expect(pagina).not.toContain('data-vel-paginas');
		// Rendered twice by the dev server, so compared without what differs per request.
		const zonderDev = (html: string) => html.replace(/\?v=[\w-]+|astro-dev-toolbar[\s\S]*$/g, '');
		expect(zonderDev(pagina)).toBe(zonderDev(velPaginas(bundel).paginas.get(slug)!));
		// Also with a query, as index.html, and asked with HEAD.
		for (const pad of [`${slug}/?x=1`, `${slug}/index.html`])
			expect((await fetch(`${basis}print/kaarten/${pad}`)).status, pad).toBe(200);
		expect((await fetch(`${basis}print/kaarten/${slug}/`, { method: 'HEAD' })).status).toBe(200);
	});

	test('does not exist for a sheet the bundle does not have', async () => {
		expect((await fetch(`${basis}print/kaarten/bestaat-niet/`)).status).toBe(404);
		expect((await fetch(`${basis}print/werkbladen/bestaat-niet/`)).status).toBe(404);
		expect((await fetch(`${basis}print/kaarten/%E0%A4%A/`)).status).not.toBe(200);
	});
});
