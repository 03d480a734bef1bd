import { describe, expect, test, vi } from 'vitest';
import { zonderHeadInjectWaarschuwing } from '../../src/integration/rolldown-log.ts';

type Log = Parameters<typeof zonderHeadInjectWaarschuwing>[1];

describe("Rolldown's logs in the build log", () => {
	const log = (code: string, message: string): Log => ({ code, message });
	const headInject = log(
		'MODULE_LEVEL_DIRECTIVE',
		'[MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "content/index.mdx?astroPropagatedAssets" may not be preserved when bundling.'
	);

	test("the directive warning for Astro's head-inject marker is left out", () => {
		const standaard = vi.fn();
		zonderHeadInjectWaarschuwing('warn', headInject, standaard);
		expect(standaard).not.toHaveBeenCalled();
	});

	test('every other log reaches the default handler, also another directive', () => {
		const standaard = vi.fn();
		const anders: [Parameters<typeof zonderHeadInjectWaarschuwing>[0], Log][] = [
			[
				'warn',
				log(
					'MODULE_LEVEL_DIRECTIVE',
					'The module level directive "use client" in "x.js" may not be preserved'
				),
			],
			['warn', log('CIRCULAR_DEPENDENCY', 'Circular dependency: a.ts -> b.ts -> a.ts')],
			['info', headInject],
		];
		for (const [niveau, l] of anders) zonderHeadInjectWaarschuwing(niveau, l, standaard);
		expect(standaard.mock.calls).toEqual(anders);
	});
});
