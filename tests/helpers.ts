import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const fixture = (naam: string) =>
	fileURLToPath(new URL(`./fixtures/${naam}`, import.meta.url));

const ASTRO_BIN = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface Uitvoer {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * The environment without what Vitest adds to mimic `import.meta.env` (NODE_ENV=test, DEV, MODE,
 * ...): passed on to `astro build`, those make it build a development site without search.
 */
export function schoneOmgeving(basis: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const env = { ...basis };
	for (const sleutel of [
		'NODE_ENV',
		'DEV',
		'PROD',
		'MODE',
		'SSR',
		'BASE_URL',
		'TEST',
		'VITEST',
		'VITEST_MODE',
		'VITEST_POOL_ID',
		'VITEST_WORKER_ID',
	]) {
		delete env[sleutel];
	}
	return env;
}

/** Runs a command with the same Node that runs the tests (Node 22 from the `node` package). */
export function draai(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Uitvoer> {
	return new Promise((resolve, reject) => {
		const kind = spawn(process.execPath, args, {
			cwd: ROOT,
			env: {
				...schoneOmgeving(),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				...env,
			},
		});
		let stdout = '';
		let stderr = '';
		kind.stdout.on('data', (d) => (stdout += d));
		kind.stderr.on('data', (d) => (stderr += d));
		kind.on('error', reject);
		kind.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

/** `astro build` of a region into `outDir`; without PDFs unless `env` asks for them (`WERKBOEK_PDF: '1'`). */
export function bouw(outDir: string, env: NodeJS.ProcessEnv = {}): Promise<Uitvoer> {
	return draai([ASTRO_BIN, 'build', '--outDir', outDir], { WERKBOEK_PDF: '0', ...env });
}

/** `npm run check` for a region, run directly with Node. */
export function check(env: NodeJS.ProcessEnv = {}): Promise<Uitvoer> {
	return draai([join(ROOT, 'scripts', 'check.ts')], env);
}
