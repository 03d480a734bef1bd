declare module 'virtual:werkboek/regio' {
	const regio: import('./schemas/regio.ts').Regio;
	export const isStarter: boolean;
	export { regio };
	export default regio;
}
declare module 'virtual:werkboek/collecties' {
	/** The build plan's glob patterns for the docs collection (plan.ts). */
	export const patronen: string[];
	/** The folder of the region's own pages, relative to the project root. */
	export const regioPaginas: string;
	/** Slugs of the templates the region hides (`sjablonen.verbergen`). */
	export const sjablonenVerbergen: string[];
}
declare module 'virtual:werkboek/opties' {
	/** The sidebar's limit for compacteZijbalk: the `sidebar.max` option, else ZIJBALK_MAX. */
	export const sidebarMax: number;
}
