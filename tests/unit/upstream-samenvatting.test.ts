import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { samenvatting, wijzigingen } from '../../scripts/upstream-samenvatting.ts';

let repo: string;
const git = (...args: string[]) =>
	execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const schrijf = (pad: string, titel: string, tekst = 'Tekst.') => {
	mkdirSync(dirname(join(repo, pad)), { recursive: true });
	writeFileSync(
		join(repo, pad),
		`---\ntitle: ${JSON.stringify(titel)}\ndescription: Korte uitleg.\n---\n\n${tekst}\n`
	);
};

beforeAll(() => {
	repo = mkdtempSync(join(tmpdir(), 'werkboek-samenvatting-'));
	git('init', '-q', '-b', 'main');
	git('config', 'user.email', 'test@example.org');
	git('config', 'user.name', 'Test');
	schrijf('content/hoofdstukken/welkom.mdx', 'Welkom');
	schrijf('content/hoofdstukken/oud.md', 'Een oud hoofdstuk');
	schrijf('content/werkvormen/netwerkweb.mdx', 'Netwerkweb');
	writeFileSync(join(repo, 'README.md'), 'Lees mij\n');
	git('add', '.');
	git('commit', '-q', '-m', 'start');
	git('tag', 'v1');
	schrijf('content/hoofdstukken/welkom.mdx', 'Welkom: zo gebruik je dit werkboek', 'Nieuwe tekst.');
	unlinkSync(join(repo, 'content/hoofdstukken/oud.md'));
	schrijf('content/werkvormen/balansmeter.mdx', 'Balansmeter');
	writeFileSync(join(repo, 'content/hoofdstukken/plaatje.png'), 'geen markdown');
	writeFileSync(join(repo, 'README.md'), 'Lees mij nu\n');
	git('add', '-A');
	git('commit', '-q', '-m', 'update');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('upstream summary (scripts/upstream-samenvatting.ts)', () => {
	test('lists changed chapters and working methods with their titles from front matter', () => {
		expect(wijzigingen(repo, 'v1', 'HEAD')).toEqual({
			'content/hoofdstukken': [
				{ status: 'verwijderd', pad: 'content/hoofdstukken/oud.md', titel: 'Een oud hoofdstuk' },
				{
					status: 'gewijzigd',
					pad: 'content/hoofdstukken/welkom.mdx',
					titel: 'Welkom: zo gebruik je dit werkboek',
				},
			],
			'content/werkvormen': [
				{ status: 'nieuw', pad: 'content/werkvormen/balansmeter.mdx', titel: 'Balansmeter' },
			],
		});
	});

	test('prints Dutch Markdown', () => {
		const md = samenvatting(repo, 'v1', 'HEAD');
		expect(md).toContain('## Wat verandert er in het werkboek?');
		expect(md).toContain('### Hoofdstukken');
		expect(md).toContain(
			'- **Welkom: zo gebruik je dit werkboek** (gewijzigd) – `content/hoofdstukken/welkom.mdx`'
		);
		expect(md).toContain('- **Een oud hoofdstuk** (verwijderd)');
		expect(md).toContain('- **Balansmeter** (nieuw) – `content/werkvormen/balansmeter.mdx`');
		expect(md).not.toContain('README');
		expect(md).not.toContain('plaatje');
	});

	test('says so when no chapter or working method changed', () => {
		const md = samenvatting(repo, 'HEAD', 'HEAD');
		expect(md).toContain('Er veranderen geen hoofdstukken of werkvormen.');
		expect(md.match(/Geen veranderingen\./g)).toHaveLength(2);
	});

	test('runs as a command with two refs', () => {
		const script = join(import.meta.dirname, '..', '..', 'scripts', 'upstream-samenvatting.ts');
		const uit = execFileSync(process.execPath, [script, 'v1', 'HEAD'], {
			cwd: repo,
			encoding: 'utf8',
		});
		expect(uit).toContain('**Balansmeter** (nieuw)');
	});
});
