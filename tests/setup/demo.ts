import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bouw } from '../helpers.ts';
import { serveer } from '../../src/utils/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Output folder of the demo workbook (starter region), built once per test run. */
		demoDir: string;
		/** URL where that build is served on loopback, ending in `/`. */
		demoUrl: string;
	}
}

/**
 * Builds the demo workbook once for every integration test file and serves it, so each file
 * does not pay for its own build. Tests that need another region build their own fixture.
 */
export default async function setup(project: TestProject) {
	// While working on one test file: WERKBOEK_DEMO_DIST=dist reuses a build of the demo (with PDFs)
	// instead of building it again. Never set in CI.
	const bestaand = process.env['WERKBOEK_DEMO_DIST'];
	if (bestaand) {
		const site = await serveer(resolve(bestaand));
		project.provide('demoDir', resolve(bestaand));
		project.provide('demoUrl', site.url);
		return () => site.sluit();
	}
	const map = mkdtempSync(join(tmpdir(), 'werkboek-demo-'));
	const demoDir = join(map, 'dist');
	// With PDFs: tests/print checks them.
	const build = await bouw(demoDir, { WERKBOEK_PDF: '1' });
	if (build.code !== 0) throw new Error(`De demo-build faalde:\n${build.stdout}\n${build.stderr}`);
	const site = await serveer(demoDir);
	project.provide('demoDir', demoDir);
	project.provide('demoUrl', site.url);
	return async () => {
		await site.sluit();
		rmSync(map, { recursive: true, force: true });
	};
}
