import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.ts';

// `script` (util-linux) gives the command a real terminal, so the interactive prompts run as they
// do for a person. Machines without it cannot run this test; the flags are tested without a terminal.
const heeftScript = spawnSync('script', ['--version']).status === 0;

/** A throw-away project with what regio:nieuw needs. */
function project(): string {
	const map = mkdtempSync(join(tmpdir(), 'werkboek-tty-'));
	for (const deel of ['src', 'scripts', 'templates', 'package.json'])
		cpSync(join(ROOT, deel), join(map, deel), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(map, 'node_modules'), 'dir');
	return map;
}

describe.skipIf(!heeftScript)('npm run regio:nieuw in a terminal', () => {
	test('asks in Dutch, offers defaults, and writes the answers', async () => {
		const root = project();
		const kind = spawn(
			'script',
			['-qfec', `"${process.execPath}" scripts/regio-nieuw.ts`, '/dev/null'],
			{ cwd: root }
		);
		let uitvoer = '';
		const antwoorden: [RegExp, string][] = [
			[/Naam van de regio \(verplicht\): /, 'Regio Terminal'],
			[/Korte naam \[Regio Terminal\]: /, 'Terminal'],
			[/Website \(leeg laten mag\): /, 'https://www.terminal.nl'],
			[/Accentkleur \[#0b5cad\]: /, ''],
			[/Pad naar jullie logo \(leeg: voorbeeldlogo\): /, ''],
		];
		const klaar = new Promise<number | null>((resolve) => kind.on('close', resolve));
		kind.stdout.on('data', (data: Buffer) => {
			// Without the terminal's cursor codes, the prompts read as plain text.
			uitvoer += data.toString().replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
			const volgende = antwoorden[0];
			if (volgende && volgende[0].test(uitvoer)) {
				antwoorden.shift();
				kind.stdin.write(`${volgende[1]}\r`);
			}
		});
		const tijdslimiet = setTimeout(() => kind.kill(), 30_000);
		const code = await klaar;
		clearTimeout(tijdslimiet);
		expect(code, uitvoer).toBe(0);
		expect(antwoorden).toEqual([]);
		expect(uitvoer).toContain('Nieuwe regio maken.');
		const yaml = readFileSync(join(root, 'content', 'regio', 'regio.yaml'), 'utf8');
		expect(yaml).toContain('naam: Regio Terminal');
		expect(yaml).toContain('korteNaam: Terminal');
		expect(yaml).toContain('website: https://www.terminal.nl');
		expect(yaml).toContain('accent: "#0b5cad"');
	});
});
