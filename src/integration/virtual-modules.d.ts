// Types of the workbook's virtual modules, made in src/integration/virtual.ts. Not named virtual.d.ts:
// TypeScript leaves out a .d.ts that has a .ts of the same name beside it.
declare module 'virtual:werkboek/regio' {
	const regio: import('../schemas/regio.ts').Regio;
	export const isStarter: boolean;
	export { regio };
	export default regio;
}

declare module 'virtual:werkboek/print' {
	/** The region's logo as an imported image, when it has one. */
	export const logo: import('astro').ImageMetadata | undefined;
	/** Whether this build makes the PDFs (links to them are only shown then). */
	export const pdf: boolean;
	/** The workbook's version, from package.json. */
	export const versie: string;
	export const inhoud: import('../print/contents.ts').PrintContents;
}

declare module 'virtual:werkboek/printroutes' {
	/** Path patterns of the sheets' own print pages, e.g. "/print/werkbladen/[slug]", when they exist. */
	export const printroutes: { werkblad?: string; kaart?: string };
}

declare module 'virtual:werkboek/collecties' {
	/** The build plan's glob patterns for the docs collection (src/plan/plan.ts). */
	export const patronen: string[];
	/** The folder of the region's own pages, relative to the project root. */
	export const regioPaginas: string;
	/** Slugs of the templates the region hides (`sjablonen.verbergen`). */
	export const sjablonenVerbergen: string[];
	/** The project root as a file URL ending in `/`: the base of the content loaders' folders. */
	export const projectRoot: string;
	/** The project root and the region folder (absolute), for the measurements (src/regio/metingen.ts). */
	export const root: string;
	export const regioMap: string;
}

declare module 'virtual:werkboek/opties' {
	/** The sidebar's limit for compactSidebar: the `sidebar.max` option, else SIDEBAR_MAX. */
	export const sidebarMax: number;
}

// Starlight's own components reach each other through virtual modules that Starlight does not
// declare for projects; src/starlight/Sidebar.astro imports one as Starlight's Sidebar does.
declare module 'virtual:starlight/components/MobileMenuFooter' {
	const MobileMenuFooter: typeof import('@astrojs/starlight/components/MobileMenuFooter.astro').default;
	export default MobileMenuFooter;
}
