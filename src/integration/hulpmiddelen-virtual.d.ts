declare module 'virtual:werkboek/printroutes' {
	/** Route patterns of the print feature, e.g. "/print/werkbladen/[slug]", when they exist. */
	export const printroutes: { werkblad?: string; kaart?: string };
}
