/**
 * What kind of image a file's bytes are, read from the bytes themselves (never from the name):
 * PNG, JPEG and WebP by their signatures, SVG as text whose first element is `<svg`. A logo named
 * `logo.svg` that is really a PNG, or an HTML error page saved as `logo.png`, is told apart here
 * before a build publishes it. Pure, so the browser can use it too.
 */
export type ImageKind = 'svg' | 'png' | 'jpg' | 'webp';

/** File extensions per kind, as a region may name its logo. */
export const EXTENSIES: Record<ImageKind, string[]> = {
	svg: ['svg'],
	png: ['png'],
	jpg: ['jpg', 'jpeg'],
	webp: ['webp'],
};

/** Names of the kinds as a reader knows them. */
export const SOORTNAAM: Record<ImageKind, string> = {
	svg: 'SVG',
	png: 'PNG',
	jpg: 'JPG',
	webp: 'WebP',
};

const begintMet = (bytes: Uint8Array, handtekening: number[], vanaf = 0) =>
	handtekening.every((b, i) => bytes[vanaf + i] === b);
const ascii = (tekst: string) => [...tekst].map((t) => t.charCodeAt(0));

export function imageKind(bytes: Uint8Array): ImageKind | undefined {
	if (begintMet(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (begintMet(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
	if (begintMet(bytes, ascii('RIFF')) && begintMet(bytes, ascii('WEBP'), 8)) return 'webp';
	// SVG: text (UTF-8, optional BOM) that may start with an XML declaration, comments and a
	// doctype, and then opens an <svg> element.
	// 64 KB: an SVG from a drawing program may start with a long licence comment or doctype.
	const begin = new TextDecoder('utf-8', { fatal: false })
		.decode(bytes.subarray(0, 65_536))
		.replace(/^\uFEFF/, '');
	const zonderProloog = begin.replace(
		/^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i,
		''
	);
	if (/^<svg[\s>/]/i.test(zonderProloog) || /^<[a-z]+:svg[\s>]/i.test(zonderProloog)) return 'svg';
	return undefined;
}

/** The kind a file name promises by its extension. */
export function kindFromName(naam: string): ImageKind | undefined {
	const ext = naam.split('.').pop()?.toLowerCase() ?? '';
	return (Object.keys(EXTENSIES) as ImageKind[]).find((soort) => EXTENSIES[soort].includes(ext));
}
