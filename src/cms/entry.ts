/**
 * Browser entry of the editing screen (/admin/), built by Vite into cms.js next to a copy of the
 * npm package @sveltia/cms's own browser build (src/integration/cms.ts): nothing is loaded from a CDN.
 * The configuration is read from config.yml next to the page, generated from the region schema.
 */

// Sveltia picks its interface language from its stored preferences, else from the browser.
// The workbook is Dutch, so Dutch is the default; a choice made in the settings is kept.
const SLEUTEL = 'sveltia-cms.prefs';
try {
	const voorkeuren = (JSON.parse(localStorage.getItem(SLEUTEL) ?? '{}') ?? {}) as {
		locale?: string;
	};
	if (!voorkeuren.locale)
		localStorage.setItem(SLEUTEL, JSON.stringify({ ...voorkeuren, locale: 'nl' }));
} catch {
	// Storage blocked (private mode): Sveltia falls back to the browser language.
}

const { default: CMS } = await import('@sveltia/cms');
await CMS.init();

// A module, for top-level await.
export {};
