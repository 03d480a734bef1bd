// The dev server for `npm run bench`: what a writer feels. For the project and bare Starlight on
// the same content: the cold start of `astro dev` (caches of an earlier start removed) to the first
// rendered chapter page, and the time from appending a paragraph to that chapter's file to the page
// that shows it. Interleaved pairs, so a busy moment on the machine hits both alike; compare the
// ratio, not the absolute times. Runnable on its own:
//   node scripts/bench/dev.ts [--runs 3] [--edits 3]   (uses the copies of a 50-chapter bench run)
import { spawn, type ChildProcess } from 'node:child_process';
import {
	appendFileSync,
	createWriteStream,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { hoofdstukSlug, MDX_HOOFDSTUK } from './genereer.ts';
import { buildEnv, mediaan } from './meten.ts';

export interface DevVariant {
	naam: string;
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** The chapter's Markdown file, relative to cwd. */
	bestand: string;
	/** The chapter's URL path, with slashes on both ends. */
	pad: string;
	/** Text that is on the rendered chapter page (its title). */
	titel: string;
	/** A chapter written as MDX, like the real workbook's chapters: Astro updates it along another path. */
	mdx: { bestand: string; pad: string; titel: string };
}

export interface DevMeting {
	/** Spawn to Astro's "ready" line. */
	klaarMs: number;
	/** Spawn to the first response with the rendered chapter. */
	startMs: number;
	/** Each edit: file written to the page that shows the new paragraph (the Markdown chapter). */
	bewerkMs: number[];
	/** The same for the MDX chapter. */
	bewerkMdxMs: number[];
}

async function vrijePoort(): Promise<number> {
	return new Promise((klaar) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => klaar(port));
		});
	});
}

const wacht = (ms: number) => new Promise((klaar) => setTimeout(klaar, ms));

/** The page's HTML, or undefined while the server is not answering (yet) or answers with an error. */
async function haal(url: string): Promise<string | undefined> {
	try {
		const antwoord = await fetch(url, { signal: AbortSignal.timeout(60_000) });
		const tekst = await antwoord.text();
		return antwoord.ok ? tekst : undefined;
	} catch {
		return undefined;
	}
}

/** Polls `url` until its HTML contains `tekst`; the time in ms, or throws after `maxMs`. */
async function tot(url: string, tekst: string, start: number, maxMs: number): Promise<number> {
	for (;;) {
		const html = await haal(url);
		if (html?.includes(tekst)) return performance.now() - start;
		if (performance.now() - start > maxMs)
			throw new Error(`${url} toonde "${tekst}" niet binnen ${maxMs / 1000} s`);
		await wacht(25);
	}
}

/** Dev servers still running: stopped when this process ends in any way, also on an error. */
const lopend = new Set<number>();
process.on('exit', () => {
	for (const pid of lopend) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
	}
});

/** Stops the dev server and everything it started (its own process group). */
function stop(kind: ChildProcess): Promise<void> {
	return new Promise((klaar) => {
		if (kind.exitCode !== null || !kind.pid) return klaar();
		kind.once('exit', () => klaar());
		try {
			process.kill(-kind.pid, 'SIGTERM');
		} catch {
			kind.kill('SIGTERM');
		}
		setTimeout(() => {
			try {
				process.kill(-kind.pid!, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}, 5000).unref();
	});
}

/** One cold start of `astro dev` with `bewerkingen` edits; the chapter file is restored afterwards. */
export async function meetDev(
	variant: DevVariant,
	astro: string,
	log: string,
	bewerkingen = 3
): Promise<DevMeting> {
	// Cold: what an earlier start left behind (content store, Vite's pre-bundled dependencies) goes.
	for (const map of ['.astro', join('node_modules', '.vite'), join('node_modules', '.astro')])
		rmSync(join(variant.cwd, map), { recursive: true, force: true });
	if (variant.env['WERKBOEK_CACHE'])
		rmSync(variant.env['WERKBOEK_CACHE'], { recursive: true, force: true });
	const bestanden = [variant.bestand, variant.mdx.bestand].map((b) => join(variant.cwd, b));
	const originelen = bestanden.map((b) => readFileSync(b, 'utf8'));
	const poort = await vrijePoort();
	const url = `http://127.0.0.1:${poort}${variant.pad}`;
	const mdxUrl = `http://127.0.0.1:${poort}${variant.mdx.pad}`;
	const start = performance.now();
	const kind = spawn(
		process.execPath,
		[astro, 'dev', '--host', '127.0.0.1', '--port', String(poort)],
		{
			cwd: variant.cwd,
			env: variant.env,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		}
	);
	if (kind.pid) lopend.add(kind.pid);
	kind.once('exit', () => lopend.delete(kind.pid!));
	mkdirSync(dirname(log), { recursive: true });
	const uit = createWriteStream(log);
	let klaarMs = NaN;
	for (const stroom of [kind.stdout!, kind.stderr!]) {
		stroom.pipe(uit, { end: false });
		stroom.on('data', (stuk: Buffer) => {
			if (Number.isNaN(klaarMs) && /ready in|Local\s/.test(stuk.toString('utf8')))
				klaarMs = performance.now() - start;
		});
	}
	try {
		const startMs = await tot(url, variant.titel, start, 180_000);
		/** Appends a paragraph to `bestand` `bewerkingen` times; each time until `adres` shows it. */
		const bewerk = async (bestand: string, adres: string) => {
			const tijden: number[] = [];
			for (let i = 1; i <= bewerkingen; i++) {
				const merk = `Bewerking ${i} om ${Date.now()} voor de bench.`;
				await wacht(300);
				const t = performance.now();
				appendFileSync(bestand, `\n\n${merk}\n`);
				tijden.push(await tot(adres, merk, t, 30_000));
			}
			return tijden;
		};
		const bewerkMs = await bewerk(bestanden[0]!, url);
		// The MDX chapter once before its edits (not timed): its first request compiles it.
		await tot(mdxUrl, variant.mdx.titel, performance.now(), 60_000);
		const bewerkMdxMs = await bewerk(bestanden[1]!, mdxUrl);
		return { klaarMs, startMs, bewerkMs, bewerkMdxMs };
	} finally {
		bestanden.forEach((b, i) => writeFileSync(b, originelen[i]!));
		await stop(kind);
		uit.end();
	}
}

export interface DevRapport {
	runs: number;
	load: number[];
	project: DevSamen;
	bare: DevSamen;
	ratio_first_page: number;
	ratio_edit: number;
	ratio_edit_mdx: number;
}

interface DevSamen {
	ready_s: number;
	first_page_s: number;
	/** Median edit to updated page: a Markdown chapter, and an MDX chapter. */
	edit_s: number;
	edit_mdx_s: number;
	runs_first_page_s: number[];
}

const s = (ms: number) => Math.round(ms / 10) / 100;

/** Interleaved runs of the project and bare Starlight; medians and their ratio. */
export async function devBench(
	project: DevVariant,
	kaal: DevVariant,
	opties: { astro: string; logs: string; runs: number; bewerkingen?: number }
): Promise<DevRapport> {
	const metingen: Record<'project' | 'bare', DevMeting[]> = { project: [], bare: [] };
	const load: number[] = [];
	for (let run = 1; run <= opties.runs; run++) {
		// Alternate which goes first, so neither always starts right after the other stopped.
		const paar: ['project' | 'bare', DevVariant][] =
			run % 2
				? [
						['project', project],
						['bare', kaal],
					]
				: [
						['bare', kaal],
						['project', project],
					];
		for (const [sleutel, variant] of paar) {
			process.stdout.write(`dev-server, run ${run}/${opties.runs}, ${variant.naam}... `);
			load.push(Math.round(loadavg()[0]! * 10) / 10);
			const m = await meetDev(
				variant,
				opties.astro,
				join(opties.logs, `dev-${variant.naam}-${run}.log`),
				opties.bewerkingen
			);
			console.log(
				`klaar ${s(m.klaarMs)} s, eerste pagina ${s(m.startMs)} s, bewerking .md ${m.bewerkMs.map(s).join(' / ')} s, .mdx ${m.bewerkMdxMs.map(s).join(' / ')} s (load ${load.at(-1)})`
			);
			metingen[sleutel].push(m);
		}
	}
	const samen = (lijst: DevMeting[]): DevSamen => ({
		ready_s: s(mediaan(lijst.map((m) => m.klaarMs))),
		first_page_s: s(mediaan(lijst.map((m) => m.startMs))),
		edit_s: s(mediaan(lijst.flatMap((m) => m.bewerkMs))),
		edit_mdx_s: s(mediaan(lijst.flatMap((m) => m.bewerkMdxMs))),
		runs_first_page_s: lijst.map((m) => s(m.startMs)),
	});
	const p = samen(metingen.project);
	const k = samen(metingen.bare);
	const verhouding = (a: number, b: number) => Math.round((a / b) * 100) / 100;
	return {
		runs: opties.runs,
		load,
		project: p,
		bare: k,
		ratio_first_page: verhouding(p.first_page_s, k.first_page_s),
		ratio_edit: verhouding(p.edit_s, k.edit_s),
		ratio_edit_mdx: verhouding(p.edit_mdx_s, k.edit_mdx_s),
	};
}

/** The variants for a bench copy of `grootte` chapters (see scripts/bench.ts and genereer.ts). */
export function devVarianten(
	bench: string,
	grootte: number,
	omgeving: (extra: Record<string, string>) => NodeJS.ProcessEnv,
	groteRegio: string
): [DevVariant, DevVariant] {
	const hoofdstuk = hoofdstukSlug(0);
	const titel = 'Hoofdstuk 1: ';
	const mdx = hoofdstukSlug(MDX_HOOFDSTUK);
	const mdxTitel = `Hoofdstuk ${MDX_HOOFDSTUK + 1}: `;
	return [
		{
			naam: 'project',
			cwd: join(bench, `project-${grootte}`),
			env: omgeving({
				WERKBOEK_REGIO: groteRegio,
				WERKBOEK_CACHE: join(bench, 'cache', `dev-project-${grootte}`),
			}),
			bestand: join('content', 'hoofdstukken', `${hoofdstuk}.md`),
			pad: `/${hoofdstuk}/`,
			titel,
			mdx: {
				bestand: join('content', 'hoofdstukken', `${mdx}.mdx`),
				pad: `/${mdx}/`,
				titel: mdxTitel,
			},
		},
		{
			naam: 'kaal-unified',
			cwd: join(bench, `kaal-${grootte}`),
			env: omgeving({
				BENCH_PROCESSOR: 'unified',
				WERKBOEK_CACHE: join(bench, 'cache', `dev-kaal-${grootte}`),
			}),
			bestand: join('src', 'content', 'docs', `${hoofdstuk}.md`),
			pad: `/${hoofdstuk}/`,
			titel,
			mdx: {
				bestand: join('src', 'content', 'docs', `${mdx}.mdx`),
				pad: `/${mdx}/`,
				titel: mdxTitel,
			},
		},
	];
}

// On its own: the copies of an earlier `npm run bench -- --sizes 50` run.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { parseArgs } = await import('node:util');
	const { fileURLToPath } = await import('node:url');
	const { values } = parseArgs({
		options: {
			runs: { type: 'string', default: '3' },
			edits: { type: 'string', default: '3' },
			size: { type: 'string', default: '50' },
		},
	});
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const bench = join(root, '.bench');
	const grootte = Number(values.size);
	if (
		!existsSync(join(bench, `project-${grootte}`, 'content')) ||
		!existsSync(join(bench, `kaal-${grootte}`, 'src'))
	) {
		// The same copies as `npm run bench` makes (scripts/bench.ts).
		const { genereerGroteRegio, genereerKaleStarlight, genereerWerkboek, kopieerProject } =
			await import('./genereer.ts');
		const kopie = join(bench, `project-${grootte}`);
		kopieerProject(kopie, root, { inhoud: false });
		genereerGroteRegio(join(kopie, 'regios/groot'), root);
		genereerKaleStarlight(join(bench, `kaal-${grootte}`), genereerWerkboek(kopie, grootte));
	}
	const omgeving = (extra: Record<string, string>): NodeJS.ProcessEnv =>
		buildEnv(extra, ['WERKBOEK_CACHE']);
	const [project, kaal] = devVarianten(bench, grootte, omgeving, 'regios/groot');
	const rapport = await devBench(project, kaal, {
		astro: join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
		logs: join(bench, 'logs'),
		runs: Number(values.runs),
		bewerkingen: Number(values.edits),
	});
	console.log(JSON.stringify(rapport, null, '\t'));
}
