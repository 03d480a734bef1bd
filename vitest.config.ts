import { defineConfig } from 'vitest/config';

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
				// Builds and browser tests share the build cache and one Chromium: run them one file
				// at a time, with timeouts that fit a real `astro build` on a slow machine.
				test: {
					name: 'integratie',
					include: ['tests/{build,e2e,quality,print,tools}/**/*.test.ts'],
					globalSetup: ['tests/setup/demo.ts'],
					fileParallelism: false,
					testTimeout: 240_000,
					hookTimeout: 600_000,
				},
			},
		],
	},
});
