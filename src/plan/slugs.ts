/**
 * Where the upstream chapters and working methods live, and how a content file becomes a page
 * slug. Kept apart from paths.ts (which reads YAML and validates) so `src/content.config.ts` can
 * use it without loading that code a second time.
 */
export const HOOFDSTUKKEN_DIR = 'content/hoofdstukken';
export const WERKVORMEN_DIR = 'content/werkvormen';

const posix = (pad: string) => pad.split('\\').join('/');

/** Maps a file found by the loader (relative to the root) to its page slug. */
export function slugForFile(bestand: string, regioPaginas: string): string {
	const pad = posix(bestand).replace(/\.mdx?$/, '');
	if (pad === 'content/index' || pad === 'content/404') return pad.slice('content/'.length);
	if (pad.startsWith(`${HOOFDSTUKKEN_DIR}/`)) return pad.slice(HOOFDSTUKKEN_DIR.length + 1);
	if (pad.startsWith(`${WERKVORMEN_DIR}/`))
		return `werkvormen/${pad.slice(WERKVORMEN_DIR.length + 1)}`;
	if (pad.startsWith(`${regioPaginas}/`)) return pad.slice(regioPaginas.length + 1);
	return pad;
}
