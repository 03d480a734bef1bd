/**
 * The one place where the site's base path (Astro's `base`, `import.meta.env.BASE_URL`, the
 * `BASE_PATH` environment variable) is normalised. No imports: browser code uses it too.
 */

/** The base path with one slash before and after: "/" or "/werkboek/". */
export function normalizeBase(base: string): string {
	return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The base path without its last slash ("" or "/werkboek"), to put before a root-relative path. */
export function basePrefix(base: string): string {
	return normalizeBase(base).slice(0, -1);
}
