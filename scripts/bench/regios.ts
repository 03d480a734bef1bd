// `npm run bench`, part "regio's": what a programme of many regions costs. The same regions are
// built cold with build:regios in this checkout, one at a time and then all at the same time, and
// from the time of one region an estimate is made for 28 regions on a GitHub Actions matrix.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { meet } from './meten.ts';

/** The three regions of the programme fixture, reused with another name and colour. */
const BRONNEN = ['noord', 'oost', 'west'];
const KLEUREN = ['#7a1f5c', '#1d5e2f', '#0b57a4', '#8a3b00', '#5b2a86', '#00606b'];

/** `aantal` region folders in `<map>/regios/`, made from tests/fixtures/programma/. */
export function genereerProgramma(map: string, root: string, aantal: number): string {
	const regios = join(map, 'regios');
	rmSync(regios, { recursive: true, force: true });
	for (let i = 0; i < aantal; i++) {
		const naam = `regio-${String(i + 1).padStart(2, '0')}`;
		const doel = join(regios, naam);
		mkdirSync(doel, { recursive: true });
		cpSync(
			join(root, 'tests', 'fixtures', 'programma', 'regios', BRONNEN[i % BRONNEN.length]!),
			doel,
			{ recursive: true }
		);
		const bestand = join(doel, 'regio.yaml');
		const tekst = readFileSync(bestand, 'utf8')
			.replace(/^naam: .*$/m, `naam: Regio Meetpunt ${i + 1}`)
			.replace(/^korteNaam: .*$/m, `korteNaam: Meetpunt ${i + 1}`)
			.replace(/accent: "#[0-9a-f]{6}"/i, `accent: "${KLEUREN[i % KLEUREN.length]}"`);
		writeFileSync(bestand, tekst);
	}
	return regios;
}

export interface RegioRun {
	parallel: number;
	wall_s: number;
	peak_mb: number;
	/** Seconds per region as build:regios reports them (from its start to its end). */
	per_region_s: number[];
}

/** One cold run of build:regios over `regios` with `parallel` at a time. */
export async function bouwProgramma(
	root: string,
	bench: string,
	regios: string,
	parallel: number,
	env: NodeJS.ProcessEnv
): Promise<RegioRun> {
	const sleutel = `regios-${parallel}`;
	const cache = join(bench, 'cache', sleutel);
	const uit = join(bench, 'uit', sleutel);
	rmSync(cache, { recursive: true, force: true });
	rmSync(uit, { recursive: true, force: true });
	const log = join(bench, 'logs', `${sleutel}.log`);
	const meting = await meet(
		[
			join(root, 'scripts', 'build-regios.ts'),
			'--programma',
			relative(root, regios),
			'--parallel',
			String(parallel),
			'--uit',
			uit,
			'--cache',
			relative(root, cache),
		],
		{ cwd: root, env, log }
	);
	if (meting.code !== 0)
		throw new Error(
			`build:regios met --parallel ${parallel} is mislukt, zie ${relative(root, log)}.`
		);
	const tijden = [...readFileSync(log, 'utf8').matchAll(/^ {2}✓ \S+ \(([\d.]+) s\)$/gm)].map((m) =>
		Number(m[1])
	);
	return {
		parallel,
		wall_s: Math.round(meting.ms / 100) / 10,
		peak_mb: meting.piekMb,
		per_region_s: tijden,
	};
}

export interface MatrixSchatting {
	regions: number;
	/** Jobs GitHub runs at the same time for this account (an assumption, see the README). */
	concurrent_jobs: number;
	waves: number;
	/** Per job besides the build: start of the runner, checkout, Node, npm ci, upload (an assumption). */
	runner_overhead_s: number;
	/** Build time of one region in one job: measured here, one region at a time. */
	build_s: number;
	/** Listing the regions before, and publishing after (an assumption). */
	fixed_s: number;
	estimate_s: number;
	note: string;
}

/**
 * What `regions` regions take on a matrix of GitHub-hosted runners: jobs run in waves of
 * `gelijktijdig`, each wave as long as one job (overhead + the build of one region, measured here
 * one at a time), plus the job that lists the regions and the one that publishes. An estimate:
 * a runner is not this machine, and GitHub's queue adds its own wait.
 */
export function schatMatrix(
	regions: number,
	buildS: number,
	overheadS: number,
	gelijktijdig: number,
	vastS = 60
): MatrixSchatting {
	const waves = Math.ceil(regions / gelijktijdig);
	return {
		regions,
		concurrent_jobs: gelijktijdig,
		waves,
		runner_overhead_s: overheadS,
		build_s: Math.round(buildS * 10) / 10,
		fixed_s: vastS,
		estimate_s: Math.round(vastS + waves * (overheadS + buildS)),
		note: "Schatting, geen meting: bouwtijd van één regio op deze machine (zonder PDF's), plus aangenomen opstarttijd per job en voor het zoeken en publiceren.",
	};
}
