// Measuring one build for `npm run bench`: wall time and peak memory of the whole process tree.
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Meting {
	ms: number;
	/** Milliseconds per phase of the build, from when its log lines arrive (see FASEN). */
	fasen: Record<string, number>;
	/** Highest resident memory of the process tree, in MB (sampled, and the main process's VmHWM). */
	piekMb: number;
	code: number | null;
}

/** Children of every process, from /proc (Linux only; elsewhere only the main process counts). */
function kinderen(): Map<number, number[]> {
	const boom = new Map<number, number[]>();
	let pids: string[] = [];
	try {
		pids = readdirSync('/proc').filter((naam) => /^\d+$/.test(naam));
	} catch {
		return boom;
	}
	for (const pid of pids) {
		try {
			// The command name may contain spaces and parentheses: the parent pid comes after the last ")".
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			(boom.get(ppid) ?? boom.set(ppid, []).get(ppid)!).push(Number(pid));
		} catch {
			// The process ended while we looked.
		}
	}
	return boom;
}

function statusKb(pid: number, veld: 'VmRSS' | 'VmHWM'): number {
	try {
		const regel = readFileSync(`/proc/${pid}/status`, 'utf8').match(
			new RegExp(`^${veld}:\\s+(\\d+)`, 'm')
		);
		return regel ? Number(regel[1]) : 0;
	} catch {
		return 0;
	}
}

function boomRssKb(wortel: number): number {
	const boom = kinderen();
	let som = 0;
	const stapel = [wortel];
	while (stapel.length) {
		const pid = stapel.pop()!;
		som += statusKb(pid, 'VmRSS');
		stapel.push(...(boom.get(pid) ?? []));
	}
	return som;
}

/**
 * The phases of an Astro build, each ending at the first log line that matches: starting Node,
 * Astro and the config (with the integrations); the content layer; bundling with Vite; rendering
 * the pages; the search index (Pagefind); and what integrations do after the build.
 */
const FASEN: [string, RegExp][] = [
	['config', /\[content\] Syncing content/],
	['content', /\[content\] Synced content/],
	['bundelen', /\[build\] Rearranging server assets/],
	['paginas', /^(\S+ )?✓ Completed in/],
	['zoekindex', /\[starlight:pagefind\] Finished building search index/],
	['daarna', /\[build\] Complete!/],
];

/** Runs `args` with this Node in `cwd`, output to `log`, and measures it. */
export function meet(
	args: string[],
	opties: { cwd: string; env: NodeJS.ProcessEnv; log: string }
): Promise<Meting> {
	return new Promise((klaar, mislukt) => {
		const start = performance.now();
		const kind = spawn(process.execPath, args, {
			cwd: opties.cwd,
			env: opties.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const log = createWriteStream(opties.log);
		kind.stdout.pipe(log, { end: false });
		kind.stderr.pipe(log, { end: false });
		const einden: Record<string, number> = {};
		const volg = (stroom: NodeJS.ReadableStream) => {
			let rest = '';
			stroom.on('data', (stuk: Buffer) => {
				const regels = (rest + stuk.toString('utf8')).split('\n');
				rest = regels.pop() ?? '';
				const nu = performance.now() - start;
				for (const regel of regels)
					for (const [naam, patroon] of FASEN)
						if (einden[naam] === undefined && patroon.test(regel)) einden[naam] = nu;
			});
		};
		volg(kind.stdout);
		volg(kind.stderr);
		let piekKb = 0;
		let hwmKb = 0;
		const proef = () => {
			if (!kind.pid) return;
			piekKb = Math.max(piekKb, boomRssKb(kind.pid));
			hwmKb = Math.max(hwmKb, statusKb(kind.pid, 'VmHWM'));
		};
		const timer = setInterval(proef, 200);
		kind.on('error', mislukt);
		kind.on('exit', (code) => {
			clearInterval(timer);
			const ms = performance.now() - start;
			log.end();
			// Each phase from the end of the one before; a phase whose line never came is left out.
			const fasen: Record<string, number> = {};
			let vorige = 0;
			for (const [naam] of FASEN) {
				if (einden[naam] === undefined) continue;
				fasen[naam] = Math.round(einden[naam] - vorige);
				vorige = einden[naam];
			}
			fasen['afsluiten'] = Math.round(ms - vorige);
			klaar({ ms, fasen, piekMb: Math.round(Math.max(piekKb, hwmKb) / 1024), code });
		});
	});
}

export function mediaan(getallen: number[]): number {
	const rij = [...getallen].sort((a, b) => a - b);
	const midden = Math.floor(rij.length / 2);
	return rij.length % 2 ? rij[midden]! : (rij[midden - 1]! + rij[midden]!) / 2;
}

function bestanden(map: string): string[] {
	try {
		return (
			readdirSync(map, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
		)
			.filter((d) => d.isFile())
			.map((d) => join(d.parentPath, d.name));
	} catch {
		return [];
	}
}

/** Kind of an output file, for the weight per page type. */
function soort(pad: string): string {
	if (pad.startsWith('pagefind/')) return 'zoekindex';
	if (pad.startsWith('_astro/')) return 'css-js-assets';
	if (!pad.endsWith('.html')) return pad.endsWith('.pdf') ? 'pdf' : 'overig';
	if (pad.startsWith('print/')) return 'print-html';
	if (/^werkvormen\/[^/]+\/index\.html$/.test(pad)) return 'werkvorm-html';
	if (/^deel-\d+\//.test(pad)) return 'hoofdstuk-html';
	return 'overige-html';
}

export interface Gewicht {
	aantal: number;
	kb: number;
	kbPerBestand: number;
}

/** HTML pages in an output folder, and bytes per kind of file. */
export function uitvoer(map: string): { paginas: number; gewicht: Record<string, Gewicht> } {
	const gewicht: Record<string, Gewicht> = {};
	let paginas = 0;
	for (const bestand of bestanden(map)) {
		const pad = relative(map, bestand).split('\\').join('/');
		if (pad.endsWith('.html')) paginas++;
		const g = (gewicht[soort(pad)] ??= { aantal: 0, kb: 0, kbPerBestand: 0 });
		g.aantal++;
		g.kb += statSync(bestand).size / 1024;
	}
	for (const g of Object.values(gewicht)) {
		g.kb = Math.round(g.kb);
		g.kbPerBestand = Math.round((g.kb / g.aantal) * 10) / 10;
	}
	return { paginas, gewicht };
}

/**
 * The environment of a measured build: this process's, without what changes what is built
 * (region, content, base path, processor; plus `alsoRemove`), with telemetry and PDFs off.
 * `extra` wins and is never removed.
 */
export function buildEnv(
	extra: Record<string, string>,
	alsoRemove: string[] = []
): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		WERKBOEK_PDF: '0',
		...extra,
	};
	for (const naam of [
		'WERKBOEK_INHOUD',
		'WERKBOEK_REGIO',
		'BASE_PATH',
		'SITE_URL',
		'BENCH_PROCESSOR',
		...alsoRemove,
	])
		if (!(naam in extra)) delete env[naam];
	return env;
}
