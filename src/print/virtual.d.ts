declare module 'virtual:werkboek/print' {
	/** The region's logo as an imported image, when it has one. */
	export const logo: import('astro').ImageMetadata | undefined;
	/** Whether this build makes the PDFs (links to them are only shown then). */
	export const pdf: boolean;
	/** The workbook's version, from package.json. */
	export const versie: string;
	export const inhoud: import('./inhoud.ts').PrintInhoud;
}
