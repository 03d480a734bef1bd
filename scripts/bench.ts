#!/usr/bin/env node
// `npm run bench`: how fast the workbook builds compared with a bare Starlight site with the same
// Markdown, at 50, 200 and 1000 chapters. A measuring script, not a test: the machine may be busy,
// so compare the ratios of one run, not absolute times between runs.
//
// The project is built from a copy in .bench/project-<n>/ whose content/ is the synthetic
// workbook: the generator code runs unchanged, and the copy has its own root, so its `.astro/`
// folder is not shared with other builds in this checkout (see kopieerProject). Everything
// generated lives in .bench/ (ignored by git).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
	genereerGroteRegio,
	genereerKaleStarlight,
	genereerWerkboek,
	kopieerProject,
	WERKVORMEN,
} from './bench/genereer.ts';
import { buildEnv, mediaan, meet, uitvoer, type Gewicht, type Meting } from './bench/meten.ts';
import {
	bouwProgramma,
	genereerProgramma,
	schatMatrix,
	type MatrixSchatting,
	type RegioRun,
} from './bench/regios.ts';
import { availableParallelism } from 'node:os';
import { devBench, devVarianten, type DevRapport } from './bench/dev.ts';
import { pdfBench, type PdfRapport } from './bench/pdf.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCH = join(ROOT, '.bench');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '50,200,1000' },
		runs: { type: 'string', default: '3' },
		out: { type: 'string', default: 'bench-results.json' },
		'zonder-pdf': { type: 'boolean', default: false },
		'zonder-regio': { type: 'boolean', default: false },
		// A programme of many regions: build:regios one at a time and all at the same time.
		regios: { type: 'string', default: '4' },
		parallel: { type: 'string', default: String(availableParallelism()) },
		'alleen-regios': { type: 'boolean', default: false },
		'matrix-overhead': { type: 'string', default: '90' },
		'matrix-jobs': { type: 'string', default: '20' },
		'zonder-dev': { type: 'boolean', default: false },
		'dev-runs': { type: 'string' },
		'zonder-standaard': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log(`Meet de bouwtijd van het werkboek tegen kale Starlight met dezelfde Markdown.

Gebruik: npm run bench -- [--sizes 50,200,1000] [--runs 3] [--out bench-results.json] [--zonder-pdf] [--zonder-regio]
                          [--zonder-dev] [--dev-runs 3] [--zonder-standaard]
                          [--regios 4] [--parallel N] [--alleen-regios] [--matrix-overhead 90] [--matrix-jobs 20]

De dev-server (koude start tot het eerste hoofdstuk, en van bewerken tot bijgewerkte pagina) wordt
gemeten op de kleinste grootte, tegen kale Starlight (--dev-runs keer, anders --runs keer);
--zonder-dev slaat dat over. --zonder-standaard bouwt kale Starlight alleen met unified.

  --regios N           zoveel regio's voor de meting van een programma (0 slaat die over)
  --parallel N         zoveel tegelijk in die meting (standaard het aantal processorkernen)
  --alleen-regios      alleen de meting van een programma
  --matrix-overhead S  aangenomen seconden per GitHub-job naast het bouwen (runner, checkout, npm ci)
  --matrix-jobs N      aangenomen aantal jobs dat GitHub tegelijk draait (GitHub Free: 20)`);
	process.exit(0);
}
const alleenRegios = values['alleen-regios'];
const groottes = alleenRegios
	? []
	: values.sizes
			.split(',')
			.map((s) => Number(s.trim()))
			.filter((n) => Number.isInteger(n) && n > 0);
const runs = Number(values.runs);
if ((!alleenRegios && !groottes.length) || !Number.isInteger(runs) || runs < 1) {
	console.error(
		"Geef --sizes als getallen met komma's (bijvoorbeeld 50,200) en --runs als een getal vanaf 1."
	);
	process.exit(1);
}

/** The environment of every build: nothing inherited that changes what is built. */
const omgeving = (extra: Record<string, string>): NodeJS.ProcessEnv => buildEnv(extra);

interface Variant {
	naam: 'project' | 'kaal-unified' | 'kaal-standaard';
	cwd: string;
	env: Record<string, string>;
}

/** One cold build: cache and output removed first. */
async function koudeBuild(
	variant: Variant,
	grootte: number,
	run: number
): Promise<Meting & { uit: string }> {
	const sleutel = `${variant.naam}-${grootte}`;
	const cache = join(BENCH, 'cache', sleutel);
	const uit = join(BENCH, 'uit', sleutel);
	const log = join(BENCH, 'logs', `${sleutel}-${run}.log`);
	rmSync(cache, { recursive: true, force: true });
	rmSync(uit, { recursive: true, force: true });
	// What Astro generated in the root the last time (types, lists of modules): a fresh clone has none.
	rmSync(join(variant.cwd, '.astro'), { recursive: true, force: true });
	const meting = await meet([ASTRO, 'build', '--outDir', uit], {
		cwd: variant.cwd,
		env: omgeving({ ...variant.env, WERKBOEK_CACHE: cache }),
		log,
	});
	if (meting.code !== 0) {
		console.error(`\nDe build ${sleutel} (run ${run}) is mislukt. Zie ${relative(ROOT, log)}.\n`);
		process.exit(1);
	}
	return { ...meting, uit };
}

const s = (ms: number) => Math.round(ms / 10) / 100;

/** The median of each phase over the runs, in seconds. */
function fasenMediaan(lijst: Meting[]): Record<string, number> {
	const namen = [...new Set(lijst.flatMap((m) => Object.keys(m.fasen)))];
	return Object.fromEntries(
		namen.map((naam) => [
			naam,
			s(mediaan(lijst.flatMap((m) => (naam in m.fasen ? [m.fasen[naam]!] : [])))),
		])
	);
}
const verhouding = (a: number, b: number) => Math.round((a / b) * 100) / 100;

mkdirSync(join(BENCH, 'logs'), { recursive: true });
/** The machine's load when the run started: report it with every figure (a busy machine skews them). */
const loadStart = (await import('node:os')).loadavg().map((l) => Math.round(l * 10) / 10);

// The editing screen's bundle (Sveltia CMS) depends only on the installed packages, so it is kept in
// node_modules/.cache/ and outlives Astro's cache, like Vite's pre-bundled dependencies: a cold
// build below removes Astro's cache and the output, not this. What it costs once per installation
// is measured here, in a folder of its own, and reported apart (cms_bundle_s); then the shared
// cache is filled so every timed build finds it.
process.stdout.write('Bundel van het bewerkscherm (eenmalig per installatie)... ');
const { cmsBundle, cmsBundleCache } = await import('../src/integration/cms.ts');
const cmsMap = join(BENCH, 'cache', 'cms-bundel');
rmSync(cmsMap, { recursive: true, force: true });
const cmsStart = performance.now();
await cmsBundle(ROOT, cmsMap);
const cmsBundelMs = performance.now() - cmsStart;
await cmsBundle(ROOT);
console.log(`${s(cmsBundelMs)} s`);
/** The large region, relative to a project copy. */
const GROTE_REGIO = 'regios/groot';

const resultaten = [];
for (const grootte of groottes) {
	const kopie = join(BENCH, `project-${grootte}`);
	kopieerProject(kopie, ROOT, { inhoud: false });
	genereerGroteRegio(join(kopie, GROTE_REGIO), ROOT);
	const werkboek = genereerWerkboek(kopie, grootte);
	const kaal = join(BENCH, `kaal-${grootte}`);
	genereerKaleStarlight(kaal, werkboek);
	const varianten: Variant[] = [
		{ naam: 'project', cwd: kopie, env: { WERKBOEK_REGIO: GROTE_REGIO } },
		{ naam: 'kaal-unified', cwd: kaal, env: { BENCH_PROCESSOR: 'unified' } },
		...(values['zonder-standaard']
			? []
			: [{ naam: 'kaal-standaard' as const, cwd: kaal, env: { BENCH_PROCESSOR: 'standaard' } }]),
	];
	const metingen = new Map<string, (Meting & { uit: string })[]>();
	// Interleaved, so a busy moment on the machine hits all three alike.
	for (let run = 1; run <= runs; run++) {
		for (const variant of varianten) {
			process.stdout.write(`${grootte} hoofdstukken, run ${run}/${runs}, ${variant.naam}... `);
			const meting = await koudeBuild(variant, grootte, run);
			console.log(`${s(meting.ms)} s, ${meting.piekMb} MB`);
			(metingen.get(variant.naam) ?? metingen.set(variant.naam, []).get(variant.naam)!).push(
				meting
			);
		}
	}
	const tijd = (naam: string) =>
		metingen.has(naam) ? mediaan(metingen.get(naam)!.map((m) => m.ms)) : NaN;
	const piek = (naam: string) => Math.max(...metingen.get(naam)!.map((m) => m.piekMb));
	const project = uitvoer(metingen.get('project')![0]!.uit);
	const kaalUit = uitvoer(metingen.get('kaal-unified')![0]!.uit);
	resultaten.push({
		chapters: grootte,
		werkvormen: WERKVORMEN,
		project_s: s(tijd('project')),
		bare_unified_s: s(tijd('kaal-unified')),
		bare_default_s: s(tijd('kaal-standaard')),
		ratio_unified: verhouding(tijd('project'), tijd('kaal-unified')),
		ratio_default: verhouding(tijd('project'), tijd('kaal-standaard')),
		// The target's measure: the median of the ratios of each interleaved pair (run i of both).
		ratio_unified_pairs: verhouding(
			mediaan(metingen.get('project')!.map((m, i) => m.ms / metingen.get('kaal-unified')![i]!.ms)),
			1
		),
		pages: project.paginas,
		bare_pages: kaalUit.paginas,
		ms_per_page: Math.round(tijd('project') / project.paginas),
		// Per page of the same content as the bare site (chapters, methods, home): the project's ~200
		// small print and tool pages are the same at every size and would flatter the small sizes.
		ms_per_content_page: Math.round(tijd('project') / kaalUit.paginas),
		bare_ms_per_page: Math.round(tijd('kaal-unified') / kaalUit.paginas),
		peak_mb: piek('project'),
		bare_peak_mb: piek('kaal-unified'),
		runs_s: Object.fromEntries(
			[...metingen].map(([naam, lijst]) => [naam, lijst.map((m) => s(m.ms))])
		),
		// Where the time goes: per phase of the build (see FASEN in bench/meten.ts), median over the runs.
		phases_s: Object.fromEntries([...metingen].map(([naam, lijst]) => [naam, fasenMediaan(lijst)])),
		weight_kb: project.gewicht,
		bare_weight_kb: kaalUit.gewicht,
	});
}

/**
 * PDFs of the demo: three cold builds with PDFs, then the PDF step alone three times (bench/pdf.ts).
 * Each cold build is the first `npm run build` of a fresh clone: without the editing screen's
 * bundle too (the build makes it at its start), so the shared copy is removed first.
 */
async function pdfPerPagina(): Promise<PdfRapport & { gewicht?: Record<string, Gewicht> }> {
	const rapport = await pdfBench({
		bouw: async (env, run) => {
			rmSync(join(cmsBundleCache(ROOT), 'cms'), { recursive: true, force: true });
			const build = await koudeBuild({ naam: 'project', cwd: DEMO, env }, 0, run);
			return { ...build, log: join(BENCH, 'logs', `project-0-${run}.log`) };
		},
		cache: join(BENCH, 'cache', 'project-0'),
		script: join(DEMO, 'scripts', 'pdf.ts'),
		cwd: DEMO,
		env: omgeving({}),
		logs: join(BENCH, 'logs'),
	});
	return { ...rapport, gewicht: uitvoer(join(BENCH, 'uit', 'project-0')).gewicht };
}

/** Cost of one more region: build:regios with the starter region and the large region, cold. */
async function extraRegio(): Promise<{ s: number; per_regio_s: number[] } | null> {
	const uit = join(BENCH, 'uit', 'regios');
	const cache = join(BENCH, 'cache', 'regios');
	rmSync(uit, { recursive: true, force: true });
	rmSync(cache, { recursive: true, force: true });
	const log = join(BENCH, 'logs', 'regios.log');
	const meting = await meet(
		[
			join(DEMO, 'scripts', 'build-regios.ts'),
			'templates/regio',
			GROTE_REGIO,
			'--parallel',
			'1',
			'--uit',
			uit,
			'--cache',
			cache,
		],
		{ cwd: DEMO, env: omgeving({}), log }
	);
	if (meting.code !== 0) {
		console.error(`build:regios is mislukt, zie ${relative(ROOT, log)}.`);
		return null;
	}
	const { readFileSync } = await import('node:fs');
	const tijden = [...readFileSync(log, 'utf8').matchAll(/✓ \S+ \(([\d.]+) s\)/g)].map((m) =>
		Number(m[1])
	);
	return { s: tijden[1] ?? NaN, per_regio_s: tijden };
}

// The demo workbook (the real content), in its own copy, for the PDFs and the extra region.
const DEMO = join(BENCH, 'project-demo');
if (!alleenRegios && (!values['zonder-pdf'] || !values['zonder-regio'])) {
	kopieerProject(DEMO, ROOT, { inhoud: true });
	genereerGroteRegio(join(DEMO, GROTE_REGIO), ROOT);
}

// The dev server on the smallest size (the copies made above), interleaved with bare Starlight.
let dev: DevRapport | null = null;
if (!values['zonder-dev'] && !alleenRegios) {
	const [project, kaal] = devVarianten(BENCH, Math.min(...groottes), omgeving, GROTE_REGIO);
	dev = await devBench(project, kaal, {
		astro: ASTRO,
		logs: join(BENCH, 'logs'),
		runs: Number(values['dev-runs'] ?? runs) || runs,
	});
}

let pdf: (PdfRapport & { gewicht?: Record<string, Gewicht> }) | null = null;
if (!values['zonder-pdf'] && !alleenRegios) {
	process.stdout.write(
		"Demowerkboek drie keer koud met PDF's, daarna drie keer alleen de PDF's... "
	);
	pdf = await pdfPerPagina();
	console.log(
		pdf.note ??
			`build ${pdf.runs_build_s.join(' / ')} s (PDF's ${pdf.build_pdf_s} s), ${pdf.runs_ms_per_page.join(' / ')} ms per pagina`
	);
}
let regio: Awaited<ReturnType<typeof extraRegio>> = null;
if (!values['zonder-regio'] && !alleenRegios) {
	process.stdout.write("Twee regio's met build:regios... ");
	regio = await extraRegio();
	console.log(regio ? `${regio.per_regio_s.join(' s + ')} s` : 'mislukt');
}

/**
 * A programme of many regions in this checkout: the same regions cold, one at a time and then
 * `parallel` at a time, and from there an estimate for 28 regions on a GitHub Actions matrix.
 */
async function programma(): Promise<{
	sequential: RegioRun;
	parallel: RegioRun;
	matrix_28: MatrixSchatting;
} | null> {
	const aantal = Number(values.regios);
	const parallel = Number(values.parallel);
	if (!Number.isInteger(aantal) || aantal < 1) return null;
	const regios = genereerProgramma(join(BENCH, 'programma'), ROOT, aantal);
	const env = omgeving({});
	process.stdout.write(`${aantal} regio's na elkaar... `);
	const na = await bouwProgramma(ROOT, BENCH, regios, 1, env);
	console.log(`${na.wall_s} s`);
	process.stdout.write(`${aantal} regio's, ${parallel} tegelijk... `);
	const tegelijk = await bouwProgramma(ROOT, BENCH, regios, parallel, env);
	console.log(`${tegelijk.wall_s} s`);
	const perRegio = mediaan(na.per_region_s);
	return {
		sequential: na,
		parallel: tegelijk,
		matrix_28: schatMatrix(
			28,
			perRegio,
			Number(values['matrix-overhead']),
			Number(values['matrix-jobs'])
		),
	};
}
const programmaMeting = await programma();

const rapport = {
	datum: new Date().toISOString(),
	machine: {
		cpus: (await import('node:os')).cpus().length,
		node: process.version,
		load_start: loadStart,
		load_end: (await import('node:os')).loadavg().map((l) => Math.round(l * 10) / 10),
	},
	runs,
	sizes: resultaten,
	pdf_ms_per_page: pdf?.ms_per_page ?? null,
	...(pdf ? { pdf: { ...pdf, gewicht: undefined } } : { pdf_note: 'overgeslagen (--zonder-pdf)' }),
	...(pdf?.gewicht ? { demo_weight_kb: pdf.gewicht } : {}),
	region_extra_s: regio?.s ?? null,
	cms_bundle_s: s(cmsBundelMs),
	...(dev ? { dev_server: { chapters: Math.min(...groottes), ...dev } } : {}),
	...(regio ? { region_builds_s: regio.per_regio_s } : {}),
	...(programmaMeting ? { programme: programmaMeting } : {}),
};
writeFileSync(resolve(ROOT, values.out), `${JSON.stringify(rapport, null, '\t')}\n`);

if (resultaten.length) {
	console.log(`\nMediaan van ${runs} koude build(s), zonder PDF's:\n`);
	console.log(
		"hoofdstukken | pagina's | project | kaal unified | kaal standaard | ×unified | ×unified per paar | ×standaard | ms/pagina | piek MB"
	);
	for (const r of resultaten) {
		console.log(
			[
				r.chapters,
				r.pages,
				`${r.project_s} s`,
				`${r.bare_unified_s} s`,
				`${Number.isNaN(r.bare_default_s) ? '–' : r.bare_default_s} s`,
				r.ratio_unified,
				r.ratio_unified_pairs,
				r.ratio_default,
				r.ms_per_page,
				r.peak_mb,
			]
				.map(String)
				.join(' | ')
		);
	}
	console.log('\nWaar de tijd zit (mediaan in seconden, project / kaal unified):');
	const fasen = ['config', 'content', 'bundelen', 'paginas', 'zoekindex', 'daarna', 'afsluiten'];
	console.log(`hoofdstukken | ${fasen.join(' | ')}`);
	for (const r of resultaten) {
		const p = r.phases_s['project'] ?? {};
		const k = r.phases_s['kaal-unified'] ?? {};
		console.log([r.chapters, ...fasen.map((f) => `${p[f] ?? '–'} / ${k[f] ?? '–'}`)].join(' | '));
	}
}
if (dev) {
	console.log(
		`\nDev-server, ${Math.min(...groottes)} hoofdstukken (mediaan van ${dev.runs}, project / kaal unified; load ${dev.load.join(', ')}):`
	);
	console.log(
		`koude start tot eerste hoofdstuk: ${dev.project.first_page_s} s / ${dev.bare.first_page_s} s (×${dev.ratio_first_page}); bewerken tot bijgewerkte pagina: ${dev.project.edit_s} s / ${dev.bare.edit_s} s (Markdown), ${dev.project.edit_mdx_s} s / ${dev.bare.edit_mdx_s} s (MDX)`
	);
}
if (programmaMeting) {
	const { sequential: na, parallel: tegelijk, matrix_28: m } = programmaMeting;
	const n = na.per_region_s.length;
	console.log(
		`\nEen programma van ${n} regio's in deze checkout (${rapport.machine.cpus} kernen, koud, zonder PDF's):`
	);
	console.log(
		`  na elkaar:          ${na.wall_s} s in totaal, ${Math.round((na.wall_s / n) * 10) / 10} s per regio (piek ${na.peak_mb} MB)`
	);
	console.log(
		`  ${tegelijk.parallel} tegelijk:${' '.repeat(Math.max(1, 10 - String(tegelijk.parallel).length))}${tegelijk.wall_s} s in totaal, ${Math.round((tegelijk.wall_s / n) * 10) / 10} s per regio (piek ${tegelijk.peak_mb} MB)`
	);
	console.log(
		`  28 regio's op een GitHub-matrix: ongeveer ${Math.round(m.estimate_s / 60)} minuten (${m.estimate_s} s) — een SCHATTING: ${m.waves} ronde(s) van ${m.concurrent_jobs} jobs, ` +
			`elk ${m.runner_overhead_s} s opstarten (aangenomen) + ${m.build_s} s bouwen (één regio, hier gemeten), plus ${m.fixed_s} s zoeken en publiceren (aangenomen).`
	);
}
if (alleenRegios) console.log(`\nResultaten in ${values.out}.`);
else
	console.log(
		`\nPDF: ${pdf?.ms_per_page ?? '–'} ms per A4-pagina (mediaan van ${pdf?.runs_ms_per_page.join(', ') || '–'}; spreiding ${pdf?.spread_ms_per_page ?? '–'} ms). Eerste build van de demo met PDF's (als een verse clone, ook de bundel van het bewerkscherm): ${pdf?.build_s ?? '–'} s (mediaan van ${pdf?.runs_build_s.join(', ') || '–'}).`,
		`\nExtra regio: ${regio?.s ?? '–'} s. Bundel bewerkscherm (eenmalig): ${s(cmsBundelMs)} s. Resultaten in ${values.out}.`
	);
