import { createHash } from 'node:crypto';
import { cspUitDelen, legeCspDelen, verzamelCsp, voegCspDelenToe, voegCspToeAanBytes, type CspDelen } from './csp.ts';
import { verzamelLinksEnIds, type GedeeldDeel } from './links.ts';

/**
 * What the build does with every page Astro renders (in the page middleware,
 * src/integration/middleware.ts): set its Content-Security-Policy and keep its links and ids.
 *
 * The sidebar is the same on every page but for which link is current (src/starlight/
 * sidebar.ts), and with 1000 chapters it is 95% of every page. The page middleware reads each page
 * for its links and inline code; the sidebar's it reads once. In a build the sidebar component
 * puts it between two comments naming the distinct sidebar; the middleware takes the comments out
 * again, so the published page is byte for byte Starlight's (tests/build/zijbalk.test.ts).
 */
const BEGIN = '<!--werkboek-zijbalk:';
const EINDE = '<!--/werkboek-zijbalk-->';

/** A short name for a distinct sidebar, from everything that makes its HTML. */
export const zijbalkId = (sleutel: string): string => createHash('sha256').update(sleutel).digest('base64url').slice(0, 22);

/** The sidebar's HTML between the comments the middleware looks for. */
export const markeerZijbalk = (id: string, html: string): string => `${BEGIN}${id}-->${html}${EINDE}`;

/** A page's bytes split at its sidebar, the comments left out; no sidebar: all of it in `voor`. */
export function splitsOpZijbalk(html: Buffer): { voor: Buffer; zijbalk?: { id: string; bytes: Buffer }; na: Buffer } {
	const begin = html.indexOf(BEGIN);
	const idEinde = begin < 0 ? -1 : html.indexOf('-->', begin + BEGIN.length);
	const einde = idEinde < 0 ? -1 : html.indexOf(EINDE, idEinde + 3);
	if (einde < 0) return { voor: html, na: html.subarray(html.length) };
	return {
		voor: html.subarray(0, begin),
		zijbalk: { id: html.toString('latin1', begin + BEGIN.length, idEinde), bytes: html.subarray(idEinde + 3, einde) },
		na: html.subarray(einde + EINDE.length),
	};
}

/** What the middleware keeps of one distinct sidebar. */
export interface ZijbalkScan extends GedeeldDeel {
	csp: CspDelen;
}

const SLEUTEL = Symbol.for('regiowerkboek.zijbalken');
type MetOpslag = typeof globalThis & { [SLEUTEL]?: Map<string, ZijbalkScan> };

/** The links, ids and inline code of the sidebar `id`, read from `bytes` the first time it is seen. */
export function zijbalkScan(id: string, bytes: Buffer): ZijbalkScan {
	const opslag = ((globalThis as MetOpslag)[SLEUTEL] ??= new Map());
	let scan = opslag.get(id);
	if (!scan) {
		const links = new Set<string>();
		const ids = new Set<string>();
		verzamelLinksEnIds(bytes, links, ids);
		scan = { links: [...links], ids: [...ids], csp: verzamelCsp(bytes, legeCspDelen()) };
		opslag.set(id, scan);
	}
	return scan;
}

/**
 * One rendered page: the bytes to publish (with its policy, without the sidebar comments), its own
 * links and ids in page order, and its sidebar's, shared with the other pages that have it.
 */
export function verwerkPagina(html: Buffer): { uit: Buffer; links: string[]; ids: string[]; zijbalk?: ZijbalkScan | undefined } {
	const { voor, zijbalk, na } = splitsOpZijbalk(html);
	const gedeeld = zijbalk && zijbalkScan(zijbalk.id, zijbalk.bytes);
	// In page order, so the policy lists its hashes as a scan of the whole page would.
	const links = new Set<string>();
	const ids = new Set<string>();
	const csp = legeCspDelen();
	verzamelLinksEnIds(voor, links, ids);
	verzamelCsp(voor, csp);
	if (gedeeld) voegCspDelenToe(csp, gedeeld.csp);
	verzamelLinksEnIds(na, links, ids);
	verzamelCsp(na, csp);
	// The policy goes in the head, which is before the sidebar.
	const kop = voegCspToeAanBytes(voor, cspUitDelen(csp));
	return { uit: zijbalk ? Buffer.concat([kop, zijbalk.bytes, na]) : kop, links: [...links], ids: [...ids], zijbalk: gedeeld };
}
