// PDFs for `npm run bench`: three cold builds of the demo workbook WITH its PDFs (what a first
// `npm run build` of a fresh clone costs; the caller decides what "cold" removes), their median and
// each run (one build on a shared machine wandered by seconds), then the PDF step alone three more
// times from the options file the last build left in its cache (scripts/pdf.ts --opties), for the
// time per A4 page: median and spread.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { mediaan, meet, type Meting } from './meten.ts';

export interface PdfRapport {
	/** The cold builds with PDFs: the median, in s, each run, and the PDF step in them (median). */
	build_s: number;
	runs_build_s: number[];
	build_pdf_s: number | null;
	pages: number | null;
	files: number | null;
	/** ms per A4 page of each separate run, their median and max − min. */
	runs_ms_per_page: number[];
	ms_per_page: number | null;
	spread_ms_per_page: number | null;
	load: number[];
	note?: string;
}

const PDF_REGEL = /(\d+) PDF's gemaakt, (\d+) pagina's in ([\d.]+) s \((\d+) ms per pagina\)/;

/**
 * `bouw` runs cold build number `run` of the demo with the given extra environment and returns its
 * measure and log file; `cache` is that build's Astro cache folder (where werkboek-pdf.json lands).
 */
export async function pdfBench(opties: {
	bouw: (env: Record<string, string>, run: number) => Promise<Meting & { log: string }>;
	cache: string;
	script: string;
	cwd: string;
	env: NodeJS.ProcessEnv;
	logs: string;
	runs?: number;
	builds?: number;
}): Promise<PdfRapport> {
	const load: number[] = [];
	const builds: number[] = [];
	const pdfStappen: number[] = [];
	let regel: RegExpMatchArray | null = null;
	for (let run = 1; run <= (opties.builds ?? 3); run++) {
		load.push(Math.round(loadavg()[0]! * 10) / 10);
		const build = await opties.bouw({ WERKBOEK_PDF: '1' }, run);
		regel = readFileSync(build.log, 'utf8').match(PDF_REGEL);
		if (build.code !== 0 || !regel)
			return {
				build_s: Math.round(build.ms / 10) / 100,
				runs_build_s: builds,
				build_pdf_s: null,
				pages: null,
				files: null,
				runs_ms_per_page: [],
				ms_per_page: null,
				spread_ms_per_page: null,
				load,
				note: `de build met PDF's is mislukt, zie ${build.log}`,
			};
		builds.push(Math.round(build.ms / 10) / 100);
		pdfStappen.push(Number(regel[3]));
	}
	const rapport: PdfRapport = {
		build_s: mediaan(builds),
		runs_build_s: builds,
		build_pdf_s: mediaan(pdfStappen),
		pages: Number(regel![2]),
		files: Number(regel![1]),
		runs_ms_per_page: [],
		ms_per_page: null,
		spread_ms_per_page: null,
		load,
	};
	for (let run = 1; run <= (opties.runs ?? 3); run++) {
		const log = join(opties.logs, `pdf-demo-${run}.log`);
		load.push(Math.round(loadavg()[0]! * 10) / 10);
		const meting = await meet(
			[opties.script, '--opties', join(opties.cache, 'werkboek-pdf.json')],
			{ cwd: opties.cwd, env: opties.env, log }
		);
		const m = readFileSync(log, 'utf8').match(PDF_REGEL);
		if (meting.code !== 0 || !m)
			return { ...rapport, note: `scripts/pdf.ts is mislukt, zie ${log}` };
		rapport.runs_ms_per_page.push(Number(m[4]));
	}
	const rij = rapport.runs_ms_per_page;
	rapport.ms_per_page = mediaan(rij);
	rapport.spread_ms_per_page = Math.max(...rij) - Math.min(...rij);
	return rapport;
}
