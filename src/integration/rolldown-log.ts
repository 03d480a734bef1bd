import type { UserConfig } from 'vite';

type OnLog = NonNullable<NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>['onLog']>;

/**
 * Rolldown's log handler without one warning: Astro 7 marks each MDX file's propagated-assets module
 * with a `"use astro:head-inject"` directive, and Rolldown reports that as a module-level directive
 * it may not keep, in ten lines per MDX page of every build (withastro/astro#18087, open). The
 * directive is only a marker for Astro; the noise hid real warnings in a region's build log. Every
 * other log, also another module-level directive, goes to Vite's own handler.
 *
 * Passed as `vite.build.rolldownOptions.onLog` by the integration (index.ts): an `onLog` a fork
 * sets there in astro.config.mjs would be replaced by this one.
 */
export const zonderHeadInjectWaarschuwing: OnLog = (niveau, log, standaard) => {
	if (
		niveau === 'warn' &&
		log.code === 'MODULE_LEVEL_DIRECTIVE' &&
		log.message.includes('"use astro:head-inject"')
	)
		return;
	standaard(niveau, log);
};
