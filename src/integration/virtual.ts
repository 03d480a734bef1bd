import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { BuildPlan } from '../plan/plan.ts';
import type { PrintContents } from '../print/contents.ts';
import type { Regio } from '../schemas/regio.ts';

/**
 * Every virtual module of the workbook, in one place; their types are in virtual-modules.d.ts. The
 * integrations serve them with `virtualModules`, each with what it knows (the region, the print
 * contents, the resolved routes).
 */
export const VIRTUAL = {
	/** The validated region (`regio`, default export) and whether it is the starter region. */
	regio: 'virtual:werkboek/regio',
	/** Starlight's accent colours from the region (kleuren.ts), the first stylesheet of every page. */
	kleuren: 'virtual:werkboek/kleuren.css',
	/** The region's logo, whether PDFs are made, the version and the printed workbook's contents. */
	print: 'virtual:werkboek/print',
	/** The region's accent for paper (kleuren.ts). */
	printKleuren: 'virtual:werkboek/print-kleuren.css',
	/** Route patterns of the print feature, when they exist (hulpmiddelen.ts). */
	printroutes: 'virtual:werkboek/printroutes',
	/** What src/content.config.ts needs of the build plan: patterns, region pages, hidden templates. */
	collecties: 'virtual:werkboek/collecties',
	/** Options that code run per page needs (src/starlight/route-middleware.ts). */
	opties: 'virtual:werkboek/opties',
} as const;

export type VirtualId = (typeof VIRTUAL)[keyof typeof VIRTUAL];

/** A Vite plugin serving the given virtual modules; each is made when Vite first loads it. */
export function virtualModules(
	name: string,
	modules: Partial<Record<VirtualId, () => string>>
): Plugin {
	const maak = (id: string) => (Object.hasOwn(modules, id) ? modules[id as VirtualId] : undefined);
	return {
		name,
		resolveId(id) {
			return maak(id) ? `\0${id}` : undefined;
		},
		load(id) {
			return id.startsWith('\0') ? maak(id.slice(1))?.() : undefined;
		},
	};
}

/** `virtual:werkboek/regio`. */
export function regioModule(regio: Regio, isStarter: boolean): string {
	return `export const regio = ${JSON.stringify(regio)};\nexport const isStarter = ${JSON.stringify(isStarter)};\nexport default regio;`;
}

/** `virtual:werkboek/print`. */
export function printModule(
	logoPad: string | undefined,
	pdf: boolean,
	versie: string,
	inhoud: PrintContents
): string {
	return [
		logoPad ? `import logo from ${JSON.stringify(logoPad)};` : 'const logo = undefined;',
		`export { logo };`,
		`export const pdf = ${JSON.stringify(pdf)};`,
		`export const versie = ${JSON.stringify(versie)};`,
		`export const inhoud = ${JSON.stringify(inhoud)};`,
	].join('\n');
}

/** `virtual:werkboek/printroutes`: patterns such as "/print/werkbladen/[slug]", without the base path. */
export function printroutesModule(printroutes: { werkblad?: string; kaart?: string }): string {
	return `export const printroutes = ${JSON.stringify(printroutes)};`;
}

/**
 * `virtual:werkboek/collecties`: the content config's part of the build plan. The content config
 * (src/content.config.ts) runs in a module graph of its own, but Vite serves it this module like
 * any other, so the region is loaded and the plan made once, in the integration.
 */
export function collectionsModule(
	plan: BuildPlan,
	sjablonenVerbergen: readonly string[],
	mappen: { root: string; regioMap: string }
): string {
	return [
		// The loaders' folders are absolute: Astro's root may be a folder of this build's own
		// (build:regios --parallel gives each region one, for its `.astro/`), not the project.
		`export const projectRoot = ${JSON.stringify(pathToFileURL(mappen.root.endsWith('/') ? mappen.root : `${mappen.root}/`).href)};`,
		`export const patronen = ${JSON.stringify(plan.patronen)};`,
		`export const regioPaginas = ${JSON.stringify(plan.regioPaginas)};`,
		`export const sjablonenVerbergen = ${JSON.stringify(sjablonenVerbergen)};`,
		`export const root = ${JSON.stringify(mappen.root)};`,
		`export const regioMap = ${JSON.stringify(mappen.regioMap)};`,
	].join('\n');
}

/** `virtual:werkboek/opties`: the sidebar's limit for compacteZijbalk. */
export function optionsModule(sidebarMax: number): string {
	return `export const sidebarMax = ${JSON.stringify(sidebarMax)};`;
}
