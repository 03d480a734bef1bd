import { describe, expect, test, vi } from 'vitest';
import { zonderHeadInjectWaarschuwing } from '../../src/integration/rolldown-log.ts';

describe("Rolldown's warnings in the build log", () => {
	const warning = (code: string, message: string) => ({ code, message }) as never;

	test("the directive warning for Astro's head-inject marker is left out", () => {
		const standaard = vi.fn();
		zonderHeadInjectWaarschuwing(
			warning(
				'MODULE_LEVEL_DIRECTIVE',
				'The semantics of the module level directive "use astro:head-inject" in "content/index.mdx?astroPropagatedAssets" may not be preserved when bundling.'
			),
			standaard
		);
		expect(standaard).not.toHaveBeenCalled();
	});

	test('every other warning reaches the default handler, also another directive', () => {
		const standaard = vi.fn();
		const anders = [
			warning(
				'MODULE_LEVEL_DIRECTIVE',
				'The module level directive "use client" in "x.js" may not be preserved'
			),
			warning('CIRCULAR_DEPENDENCY', 'Circular dependency: a.ts -> b.ts -> a.ts'),
			warning('EVAL', 'Use of eval in "y.js" is strongly discouraged'),
		];
		for (const w of anders) zonderHeadInjectWaarschuwing(w, standaard);
		expect(standaard.mock.calls.map(([w]) => w)).toEqual(anders);
	});
});
