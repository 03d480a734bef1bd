import type { UserConfig } from 'vite';

type Onwarn = NonNullable<
	NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>['onwarn']
>;

/**
 * Rolldown's warning handler without one warning: Astro 7 marks each MDX file's propagated-assets
 * module with a `"use astro:head-inject"` directive, and Rolldown reports that as a module-level
 * directive it may not keep, in ten lines per chapter of every build (withastro/astro#18087, open).
 * The directive is only a marker for Astro; the noise hid real warnings in a region's build log.
 * Every other warning, also another module-level directive, goes to Vite's own handler.
 */
export const zonderHeadInjectWaarschuwing: Onwarn = (waarschuwing, standaard) => {
	if (
		waarschuwing.code === 'MODULE_LEVEL_DIRECTIVE' &&
		waarschuwing.message.includes('"use astro:head-inject"')
	)
		return;
	standaard(waarschuwing);
};
