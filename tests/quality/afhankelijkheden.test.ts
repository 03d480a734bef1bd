import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.ts';

// Supply chain: only packages that really run install scripts may be allowed to, and the lockfile
// that `npm ci` installs from is the one in the repository.
const pakket = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
	lockfileVersion: number;
	packages: Record<string, { hasInstallScript?: boolean; version?: string }>;
};

/** Package names whose install scripts npm would run, from the lockfile (`hasInstallScript`). */
function metInstallScript(): string[] {
	return [
		...new Set(
			Object.entries(lock.packages)
				.filter(([pad, info]) => pad !== '' && info.hasInstallScript)
				.map(([pad]) => pad.slice(pad.lastIndexOf('node_modules/') + 'node_modules/'.length)),
		),
	].sort();
}

describe('dependencies', () => {
	test('allowScripts lists exactly the packages that have install scripts', () => {
		const toegestaan = Object.entries(pakket.allowScripts ?? {})
			.filter(([, aan]) => aan)
			.map(([naam]) => naam)
			.sort();
		expect(toegestaan).toEqual(metInstallScript());
	});

	test('those are the ones we know need them: Node itself and esbuild (native binaries)', () => {
		expect(metInstallScript()).toEqual(['esbuild', 'node']);
	});

	test('the lockfile is a full npm 7+ lockfile that npm ci can install from', () => {
		expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
		const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
		for (const naam of Object.keys({ ...pkg['dependencies'], ...pkg['devDependencies'] })) {
			expect(lock.packages[`node_modules/${naam}`]?.version, naam).toBeTruthy();
		}
	});
});
