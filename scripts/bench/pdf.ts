// PDFs for `npm run bench`: one cold build of the demo workbook WITH its PDFs (what a first
// `npm run build` costs, apart from the editing screen's one-off bundle, which the bench reports as
// cms_bundle_s), then the PDF step alone three more times from the options file that build left in
// its cache (scripts/pdf.ts --opties), for the time per A4 page: median and spread.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { mediaan, meet, type Meting } from './meten.ts';

export interface PdfRapport {
	/** The cold build with PDFs, in s, and the PDF step in it. */
	build_s: number;
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
 * `bouw` runs one cold build of the demo with the given extra environment and returns its measure
 * and log file; `cache` is that build's Astro cache folder (where werkboek-pdf.json lands).
 */
export async function pdfBench(opties: {
	bouw: (env: Record<string, string>) => Promise<Meting & { log: string }>;
	cache: string;
	script: string;
	cwd: string;
	env: NodeJS.ProcessEnv;
	logs: string;
	runs?: number;
}): Promise<PdfRapport> {
	const load = [Math.round(loadavg()[0]! * 10) / 10];
	const build = await opties.bouw({ WERKBOEK_PDF: '1' });
	const regel = readFileSync(build.log, 'utf8').match(PDF_REGEL);
	const rapport: PdfRapport = {
		build_s: Math.round(build.ms / 10) / 100,
		build_pdf_s: regel ? Number(regel[3]) : null,
		pages: regel ? Number(regel[2]) : null,
		files: regel ? Number(regel[1]) : null,
		runs_ms_per_page: [],
		ms_per_page: null,
		spread_ms_per_page: null,
		load,
	};
	if (build.code !== 0 || !regel)
		return { ...rapport, note: `de build met PDF's is mislukt, zie ${build.log}` };
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
