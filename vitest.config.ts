import { defineConfig } from 'vitest/config';

/**
 * Integration test files that build their own fixture or read only the sources: they do not need
 * the demo workbook that tests/setup/demo.ts builds, so their project has no global setup and
 * running one of them does not wait for that build (Vitest runs a project's global setup only when
 * one of its files runs). Every other integration file reads the demo build (inject('demoDir'),
 * tests/tools/browser.ts).
 */
const zonderDemo = [
	'tests/build/bench.test.ts',
	'tests/build/fork.test.ts',
	'tests/build/programma.test.ts',
	'tests/build/regio-build.test.ts',
	'tests/build/regio-nieuw-tty.test.ts',
	'tests/build/traject-verbergen.test.ts',
	'tests/build/zijbalk.test.ts',
	'tests/e2e/chromium-start.test.ts',
	'tests/e2e/dev-vellen.test.ts',
	'tests/quality/afhankelijkheden.test.ts',
	'tests/quality/links.test.ts',
];

// Builds and browser tests share the build cache and one Chromium: run them one file at a time,
// with timeouts that fit a real `astro build` on a slow machine, and the two integration projects
// one after the other (groupOrder), never at the same time.
const integratie = { fileParallelism: false, testTimeout: 240_000, hookTimeout: 600_000 };

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'bouw',
					include: zonderDemo,
					...integratie,
					sequence: { groupOrder: 0 },
				},
			},
			{
				test: {
					name: 'integratie',
					include: ['tests/{build,e2e,quality,print,tools}/**/*.test.ts'],
					exclude: zonderDemo,
					globalSetup: ['tests/setup/demo.ts'],
					...integratie,
					sequence: { groupOrder: 1 },
				},
			},
		],
	},
});
