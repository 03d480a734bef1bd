// Builds regions, several at a time, each in a child process of its own (scripts/build-regios.ts).
// Every build gets its own folder (WERKBOEK_BOUWMAP, see astro.config.mjs): Astro's root there
// holds its `.astro/` and cache, so builds running at the same time in one checkout share nothing
// they write. What one build writes, and where it goes:
// - `<root>/.astro/`: Astro's generated types and the content layer's module lists
//   (content-modules.mjs, content-assets.mjs), which the same build reads back → `<bouwmap>/.astro/`.
// - Astro's cache (content data store, optimised images) → `<bouwmap>/cache/`; the PDF options
//   file (src/integration/print.ts) is in that cache too.
// - Vite's dependency cache, `<root>/node_modules/.vite/` → `<bouwmap>/node_modules/.vite/`.
// - Prerendered chunks: `<outDir>/.prerender/`, or `<cwd>/.astro/` when the output lies outside
//   the working folder → the build runs with `<bouwmap>` as working folder.
// - The editing screen's bundle, `node_modules/.cache/regiowerkboek/`: shared on purpose (it
//   depends only on the installed packages); each build writes a temporary folder with its own
//   Vite cache and renames it (src/integration/cms.ts).
// - The site itself → `<uit>/<naam>/`; the index page after all builds.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REGIO_MANIFEST } from './index-pagina.ts';

export interface RegioOpdracht {
	/** Folder name, also the path on the site. */
	naam: string;
	/** The region folder relative to the project root, as WERKBOEK_REGIO. */
	map: string;
	/** Absolute output folder of this region. */
	uit: string;
	/** Absolute folder of this build's own generated files and cache. */
	bouwmap: string;
}

export interface RegioResultaat {
	naam: string;
	ok: boolean;
	/** Seconds from start to end of this region's build. */
	s: number;
	/** The full output of the build, also written to `<bouwmap>/build.log`. */
	log: string;
	/** On failure: the part of the output that says what is wrong (see foutmelding). */
	melding?: string;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * The lines of a failed build's output that say what is wrong: from the first error line (a
 * WerkboekError with file, field and line, an Astro error with its hint, or an `[ERROR]` line)
 * to the end, without colour codes; else the last lines.
 */
export function foutmelding(log: string, maxRegels = 40): string {
	const regels = log.replace(ANSI, '').split('\n');
	const start = regels.findIndex((r) =>
		/^\s*\[(?:WerkboekError|AstroError|[A-Za-z]*Error)\]|\[ERROR\]/.test(r)
	);
	const deel = start >= 0 ? regels.slice(start) : regels.slice(-20);
	while (deel.length && !deel.at(-1)!.trim()) deel.pop();
	return (deel.length > maxRegels ? [...deel.slice(0, maxRegels), '…'] : deel).join('\n');
}

/**
 * Builds one region: `astro build` in a child process, its output to `<bouwmap>/build.log` and,
 * line by line with the region's name in front, to `toon` (when given).
 */
export function bouwRegio(
	opdracht: RegioOpdracht,
	astro: string,
	root: string,
	basisEnv: NodeJS.ProcessEnv,
	toon?: (regel: string) => void
): Promise<RegioResultaat> {
	const { naam, map, uit, bouwmap } = opdracht;
	// A clean folder of its own: nothing left from an earlier build of another checkout state.
	rmSync(join(bouwmap, '.astro'), { recursive: true, force: true });
	// An earlier build's manifest goes first: a region that fails now is not on the index page.
	rmSync(join(uit, REGIO_MANIFEST), { force: true });
	mkdirSync(bouwmap, { recursive: true });
	const env: NodeJS.ProcessEnv = {
		...basisEnv,
		ASTRO_TELEMETRY_DISABLED: '1',
		WERKBOEK_REGIO: map,
		WERKBOEK_BOUWMAP: bouwmap,
	};
	// The build folder holds the cache; a cache set for a single build would be shared here.
	delete env['WERKBOEK_CACHE'];
	// `{naam}` is the region's folder name; `//` from joining a base and `/{naam}/` becomes `/`.
	if (basisEnv['BASE_PATH'])
		env['BASE_PATH'] = basisEnv['BASE_PATH'].replaceAll('{naam}', naam).replace(/\/{2,}/g, '/');
	const start = performance.now();
	const bestand = createWriteStream(join(bouwmap, 'build.log'));
	const delen: string[] = [];
	return new Promise((klaar) => {
		// Run from the build folder, with the project's config: Astro puts a build's intermediate files
		// in `<cwd>/.astro/` when the output folder lies outside the working folder.
		const kind = spawn(
			process.execPath,
			[
				astro,
				'build',
				'--config',
				relative(bouwmap, join(root, 'astro.config.mjs')),
				'--outDir',
				uit,
			],
			{
				cwd: bouwmap,
				env,
				stdio: ['ignore', 'pipe', 'pipe'],
			}
		);
		let rest = '';
		const ontvang = (stuk: Buffer) => {
			const tekst = stuk.toString('utf8');
			delen.push(tekst);
			bestand.write(tekst);
			if (!toon) return;
			const regels = (rest + tekst).split('\n');
			rest = regels.pop() ?? '';
			for (const regel of regels) toon(`[${naam}] ${regel}`);
		};
		kind.stdout.on('data', ontvang);
		kind.stderr.on('data', ontvang);
		kind.on('close', (code) => {
			if (toon && rest) toon(`[${naam}] ${rest}`);
			bestand.end();
			const log = delen.join('');
			const ok = code === 0;
			klaar({
				naam,
				ok,
				s: (performance.now() - start) / 1000,
				log,
				...(ok ? {} : { melding: foutmelding(log) || `De build stopte met code ${code}.` }),
			});
		});
	});
}

/** Runs `taken` with at most `parallel` at a time; results in the order of the tasks. */
export async function metLimiet<T>(
	taken: readonly (() => Promise<T>)[],
	parallel: number
): Promise<T[]> {
	const resultaten: T[] = new Array(taken.length);
	let volgende = 0;
	const werker = async () => {
		while (volgende < taken.length) {
			const i = volgende++;
			resultaten[i] = await taken[i]!();
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, taken.length)) }, werker));
	return resultaten;
}

/** The job summary of GitHub Actions (Markdown): per region built or not, with the Dutch message. */
export function samenvatting(resultaten: readonly RegioResultaat[]): string {
	const regels = [
		'## Werkboeken per regio',
		'',
		'| Regio | Resultaat | Tijd |',
		'| --- | --- | --- |',
	];
	for (const r of resultaten)
		regels.push(`| ${r.naam} | ${r.ok ? '✓ gebouwd' : '✗ niet gebouwd'} | ${r.s.toFixed(0)} s |`);
	for (const r of resultaten.filter((r) => !r.ok)) {
		regels.push('', `### Regio ${r.naam}: wat er mis is`, '', '```text', r.melding ?? '', '```');
	}
	return `${regels.join('\n')}\n`;
}
