import { execFileSync, spawnSync } from 'node:child_process';
import {
	appendFileSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.ts';

const git = (cwd: string, ...args: string[]) =>
	execFileSync(
		'git',
		[
			'-c',
			'user.name=Test',
			'-c',
			'user.email=test@example.org',
			'-c',
			'init.defaultBranch=main',
			...args,
		],
		{
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		}
	);

describe('the region folder belongs to forks', () => {
	test('upstream tracks no file under content/regio/', () => {
		expect(git(ROOT, 'ls-files', '--', 'content/regio')).toBe('');
	});
});

describe('a scripted fork creates its region and merges later upstream commits without conflict', () => {
	const map = mkdtempSync(join(tmpdir(), 'werkboek-fork-'));
	const upstream = join(map, 'upstream');
	const fork = join(map, 'fork');
	let nieuw: ReturnType<typeof spawnSync>;

	beforeAll(() => {
		git(map, 'clone', '-q', '--no-hardlinks', ROOT, upstream);
		git(upstream, 'checkout', '-q', '-B', 'main');
		git(map, 'clone', '-q', upstream, fork);
		symlinkSync(join(ROOT, 'node_modules'), join(fork, 'node_modules'), 'dir');
		// Without a terminal the script must not wait for input: stdin is closed, and a hang fails the test.
		nieuw = spawnSync(
			process.execPath,
			['scripts/regio-nieuw.ts', '--naam', 'Regio Fork', '--accent', '#7a1f5c'],
			{
				cwd: fork,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe'],
				timeout: 30_000,
			}
		);
	});

	test('npm run regio:nieuw runs without a terminal and touches only content/regio/', () => {
		expect(nieuw.status, String(nieuw.stderr)).toBe(0);
		expect(nieuw.stdout).toContain('✓ De regio "Regio Fork" staat klaar in content/regio/');
		expect(
			git(fork, 'status', '--porcelain', '--untracked-files=all')
				.trim()
				.split('\n')
				.every((regel) => regel.startsWith('?? content/regio/'))
		).toBe(true);
	});

	test('upstream updates merge cleanly and the region is kept', () => {
		// The fork fills in its region and commits.
		appendFileSync(
			join(fork, 'content', 'regio', 'regio.yaml'),
			'\n# Aangevuld door de regio zelf.\n'
		);
		writeFileSync(
			join(fork, 'content', 'regio', 'paginas', 'onze-aanpak.md'),
			'---\ntitle: Onze aanpak\n---\n\nVan de fork.\n'
		);
		git(fork, 'add', 'content/regio');
		git(fork, 'commit', '-q', '-m', 'Region of the fork');

		// Upstream improves chapters, a working method, the starter region and the generator.
		appendFileSync(
			join(upstream, 'content', 'hoofdstukken', 'welkom.mdx'),
			'\nEen nieuwe alinea van upstream.\n'
		);
		appendFileSync(
			join(upstream, 'templates', 'regio', 'regio.yaml'),
			'\n# Nieuwe uitleg van upstream.\n'
		);
		appendFileSync(
			join(upstream, 'src', 'schemas', 'regio.ts'),
			'\n// A new comment from upstream.\n'
		);
		writeFileSync(
			join(upstream, 'content', 'werkvormen', 'nieuwe-werkvorm.md'),
			'---\ntitle: Nieuw\n---\n'
		);
		git(upstream, 'add', '-A');
		git(upstream, 'commit', '-q', '-m', 'Upstream improvements');

		const samenvoegen = spawnSync(
			'git',
			[
				'-c',
				'user.name=Test',
				'-c',
				'user.email=test@example.org',
				'pull',
				'--no-rebase',
				'--no-edit',
				'origin',
				'main',
			],
			{
				cwd: fork,
				encoding: 'utf8',
			}
		);
		expect(samenvoegen.status, samenvoegen.stdout + samenvoegen.stderr).toBe(0);
		expect(git(fork, 'diff', '--name-only', '--diff-filter=U')).toBe('');
		expect(readFileSync(join(fork, 'content', 'hoofdstukken', 'welkom.mdx'), 'utf8')).toContain(
			'Een nieuwe alinea van upstream.'
		);
		expect(existsSync(join(fork, 'content', 'werkvormen', 'nieuwe-werkvorm.md'))).toBe(true);
		expect(readFileSync(join(fork, 'content', 'regio', 'regio.yaml'), 'utf8')).toContain(
			'naam: Regio Fork'
		);
		expect(existsSync(join(fork, 'content', 'regio', 'paginas', 'onze-aanpak.md'))).toBe(true);
	});
});
