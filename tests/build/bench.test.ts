// `npm run bench` builds a synthetic workbook with the project and the same Markdown with bare
// Starlight (scripts/bench/genereer.ts). Nothing else builds that workbook, so when the project
// starts to need something the generator does not make (a chapter the tool pages link to, a
// required file), the bench breaks unseen: it did once, when the link check stopped every project
// build of the bench. This builds both, small, the way the bench does.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	genereerGroteRegio,
	genereerKaleStarlight,
	genereerWerkboek,
	hoofdstukSlug,
	kopieerProject,
	MDX_HOOFDSTUK,
} from '../../scripts/bench/genereer.ts';
import { buildEnv } from '../../scripts/bench/meten.ts';
import { ROOT, schoneOmgeving } from '../helpers.ts';

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Inside the checkout, like the bench's own copies: node_modules is found by walking up.
const MAP = join(ROOT, '.bench', `test-${process.pid}`);

function build(cwd: string, uit: string, env: Record<string, string>) {
	return new Promise<{ code: number | null; log: string }>((klaar, mislukt) => {
		const kind = spawn(process.execPath, [ASTRO, 'build', '--outDir', uit], {
			cwd,
			// Without what Vitest sets (NODE_ENV=test and more): with it, Astro builds a development site.
			env: {
				...schoneOmgeving(buildEnv({ ...env, WERKBOEK_CACHE: join(uit, '..', 'cache') })),
				NO_COLOR: '1',
			},
		});
		let log = '';
		kind.stdout.on('data', (d) => (log += d));
		kind.stderr.on('data', (d) => (log += d));
		kind.on('error', mislukt);
		kind.on('close', (code) => klaar({ code, log }));
	});
}

afterAll(() => rmSync(MAP, { recursive: true, force: true }));

describe('the synthetic workbook of npm run bench', () => {
	const project = join(MAP, 'project');
	const kaal = join(MAP, 'kaal');
	mkdirSync(MAP, { recursive: true });
	kopieerProject(project, ROOT, { inhoud: false });
	genereerGroteRegio(join(project, 'regios', 'groot'), ROOT);
	const werkboek = genereerWerkboek(project, 3);
	genereerKaleStarlight(kaal, werkboek);
	const hoofdstukken = [0, 1, 2].map(hoofdstukSlug);

	/** Every chapter of the synthetic workbook is a page of the build in `uit`. */
	const verwachtHoofdstukken = (uit: string) => {
		for (const [i, slug] of hoofdstukken.entries())
			expect(readFileSync(join(uit, slug, 'index.html'), 'utf8')).toContain(`Hoofdstuk ${i + 1}: `);
	};

	test('builds with the project, with a Markdown and an MDX chapter', async () => {
		expect(existsSync(join(werkboek.inhoud, 'hoofdstukken', `${hoofdstukken[1]}.mdx`))).toBe(
			MDX_HOOFDSTUK === 1
		);
		const uit = join(MAP, 'uit-project', 'dist');
		const { code, log } = await build(project, uit, { WERKBOEK_REGIO: 'regios/groot' });
		expect(code, log.slice(-3000)).toBe(0);
		verwachtHoofdstukken(uit);
		// The project's own features are there: the region, and a tool page.
		expect(readFileSync(join(uit, 'index.html'), 'utf8')).toContain('Regio Groot');
		expect(existsSync(join(uit, 'balansmeter', 'index.html'))).toBe(true);
	});

	test('builds as bare Starlight with the same chapters', async () => {
		const uit = join(MAP, 'uit-kaal', 'dist');
		const { code, log } = await build(kaal, uit, { BENCH_PROCESSOR: 'unified' });
		expect(code, log.slice(-3000)).toBe(0);
		verwachtHoofdstukken(uit);
	});
});
