declare module 'virtual:werkboek/regio' {
	const regio: import('./schemas/regio.ts').Regio;
	export const isStarter: boolean;
	export { regio };
	export default regio;
}
