import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.ts';

// Supply chain: only packages that really run install scripts may be allowed to, and the lockfile
// that `npm ci` installs from is the one in the repository.
const pakket = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	allowScripts?: Record<string, boolean>;
};
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
				.map(([pad]) => pad.slice(pad.lastIndexOf('node_modules/') + 'node_modules/'.length))
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
		const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
			string,
			Record<string, string>
		>;
		for (const naam of Object.keys({ ...pkg['dependencies'], ...pkg['devDependencies'] })) {
			expect(lock.packages[`node_modules/${naam}`]?.version, naam).toBeTruthy();
		}
	});
});

/** The package a module specifier names: `@scope/name` or `name`, without a subpath. */
const pakketVan = (specifier: string) =>
	specifier
		.split('/')
		.slice(0, specifier.startsWith('@') ? 2 : 1)
		.join('/');

/**
 * Every package that src/ and astro.config.mjs import, split into imports that run (static and
 * dynamic `import`) and imports only for types (`import type`, `import('x').T` in a type).
 */
function importsVanSrc(): { runtime: Map<string, string>; types: Map<string, string> } {
	const runtime = new Map<string, string>();
	const types = new Map<string, string>();
	const bestanden = [
		...readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
			.filter((pad) => /\.(ts|mts|astro|mjs|js)$/.test(pad) && !pad.endsWith('.d.ts'))
			.map((pad) => join('src', pad)),
		'astro.config.mjs',
	];
	for (const bestand of bestanden) {
		const tekst = readFileSync(join(ROOT, bestand), 'utf8');
		const voeg = (doel: Map<string, string>, specifier: string) => {
			if (/^(\.|\/|~\/|node:|astro:|virtual:)/.test(specifier)) return;
			doel.set(pakketVan(specifier), bestand);
		};
		for (const [, typeOnly, specifier] of tekst.matchAll(
			/^\s*(?:import|export)\s+(type\s+)?[^'";]*?\sfrom\s+'([^']+)'/gm
		)) {
			voeg(typeOnly ? types : runtime, specifier!);
		}
		for (const [, specifier] of tekst.matchAll(/^\s*import\s+'([^']+)'/gm))
			voeg(runtime, specifier!);
		// `import('x').T` in a type names a type; `await import('x')` loads the package.
		for (const [, wacht, specifier, lid] of tekst.matchAll(
			/(await\s+)?\bimport\(\s*'([^']+)'\s*\)(\.\w+)?/g
		)) {
			voeg(lid && !wacht ? types : runtime, specifier!);
		}
	}
	for (const naam of runtime.keys()) types.delete(naam);
	return { runtime, types };
}

describe('declared dependencies', () => {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
		string,
		Record<string, string>
	>;
	const dependencies = pkg['dependencies'] ?? {};
	const devDependencies = pkg['devDependencies'] ?? {};
	const { runtime, types } = importsVanSrc();

	test('finds the imports it should (a guard for the scan itself)', () => {
		expect(runtime.get('pdf-lib')).toBeTruthy();
		expect(runtime.get('astro')).toBeTruthy();
		expect(types.get('mdast')).toBeTruthy();
	});

	test('every package the build imports at run time is a dependency, not a devDependency', () => {
		const ontbreekt = [...runtime]
			.filter(([naam]) => !(naam in dependencies))
			.map(([naam, bestand]) => `${naam} (${bestand})`);
		expect(ontbreekt).toEqual([]);
	});

	test('every package imported only for its types is declared (the package or its @types)', () => {
		const alles = { ...dependencies, ...devDependencies };
		const ontbreekt = [...types]
			.filter(
				([naam]) =>
					!(naam in alles) && !(`@types/${naam.replace(/^@/, '').replace('/', '__')}` in alles)
			)
			.map(([naam, bestand]) => `${naam} (${bestand})`);
		expect(ontbreekt).toEqual([]);
	});
});

describe('optional tools stay out of npm install', () => {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
		string,
		Record<string, string>
	>;
	const eigen = JSON.parse(
		readFileSync(join(ROOT, 'scripts', 'lighthouse', 'package.json'), 'utf8')
	) as { dependencies: Record<string, string> };
	const eigenLock = JSON.parse(
		readFileSync(join(ROOT, 'scripts', 'lighthouse', 'package-lock.json'), 'utf8')
	) as typeof lock;

	test('Lighthouse (and its Sentry client) is not installed with the project', () => {
		expect(
			Object.keys({
				...pkg['dependencies'],
				...pkg['devDependencies'],
				...pkg['optionalDependencies'],
			})
		).not.toContain('lighthouse');
		expect(
			Object.keys(lock.packages).filter((pad) => /node_modules\/(lighthouse|@sentry\/)/.test(pad))
		).toEqual([]);
	});

	test('scripts/lighthouse pins one exact version, locked, without install scripts', () => {
		expect(eigen.dependencies['lighthouse']).toMatch(/^\d+\.\d+\.\d+$/);
		expect(eigenLock.packages['node_modules/lighthouse']?.version).toBe(
			eigen.dependencies['lighthouse']
		);
		expect(Object.entries(eigenLock.packages).filter(([, info]) => info.hasInstallScript)).toEqual(
			[]
		);
	});
});
