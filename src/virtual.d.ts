declare module 'virtual:werkboek/regio' {
	const regio: import('./schemas/regio.ts').Regio;
	export const isStarter: boolean;
	export { regio };
	export default regio;
}

// Starlight's own components reach each other through virtual modules that Starlight does not
// declare for projects; src/components/starlight/Sidebar.astro imports one as Starlight's Sidebar does.
declare module 'virtual:starlight/components/MobileMenuFooter' {
	const MobileMenuFooter: typeof import('@astrojs/starlight/components/MobileMenuFooter.astro').default;
	export default MobileMenuFooter;
}
