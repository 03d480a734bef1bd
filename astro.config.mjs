// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import werkboek from './src/integration/index.ts';

// Declarative on purpose: everything a region sets (name, logo, colours, pages) comes from
// content/regio/, and the site URL and base path from the environment (SITE_URL, BASE_PATH).
export default defineConfig({
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	...(process.env.BASE_PATH ? { base: process.env.BASE_PATH } : {}),
	// Separate caches let several regions be built at the same time from one checkout.
	...(process.env.WERKBOEK_CACHE ? { cacheDir: process.env.WERKBOEK_CACHE } : {}),
	trailingSlash: 'always',
	markdown: { processor: unified() },
	integrations: [werkboek()],
});
