import { splitAtSidebar } from '../starlight/sidebar.ts';
import {
	cspFromParts,
	emptyCspParts,
	collectCsp,
	mergeCspParts,
	addCspToBytes,
	type CspParts,
} from './csp.ts';
import { collectLinksAndIds, type SharedPart } from './links.ts';

/**
 * What the build does with every page Astro renders (in the page middleware,
 * src/integration/middleware.ts): set its Content-Security-Policy and keep its links and ids.
 *
 * In a large workbook the sidebar is rendered once and reused (src/starlight/sidebar.ts), and with
 * 1000 chapters it is 95% of every page. The page middleware reads each page for its links and
 * inline code; the sidebar's it reads once. The sidebar component puts it between two comments
 * naming the distinct sidebar (markSidebar); here they are taken out again, so the published page
 * is byte for byte Starlight's (tests/build/zijbalk.test.ts). Without those comments (an ordinary
 * region, with Starlight's own sidebar) the page is read whole.
 */

/** What the middleware keeps of one distinct sidebar. */
export interface SidebarScan extends SharedPart {
	csp: CspParts;
}

const SLEUTEL = Symbol.for('regiowerkboek.sidebars');
type MetOpslag = typeof globalThis & { [SLEUTEL]?: Map<string, SidebarScan> };

/** The links, ids and inline code of the sidebar `id`, read from `bytes` the first time it is seen. */
export function scanSidebar(id: string, bytes: Buffer): SidebarScan {
	const opslag = ((globalThis as MetOpslag)[SLEUTEL] ??= new Map());
	let scan = opslag.get(id);
	if (!scan) {
		const links = new Set<string>();
		const ids = new Set<string>();
		collectLinksAndIds(bytes, links, ids);
		scan = { links: [...links], ids: [...ids], csp: collectCsp(bytes, emptyCspParts()) };
		opslag.set(id, scan);
	}
	return scan;
}

/**
 * One rendered page: the bytes to publish (with its policy, without the sidebar comments), its own
 * links and ids in page order, and its sidebar's, shared with the other pages that have it.
 */
export function processPage(html: Buffer): {
	uit: Buffer;
	links: string[];
	ids: string[];
	sidebar?: SidebarScan | undefined;
} {
	const { voor, sidebar, na } = splitAtSidebar(html);
	const gedeeld = sidebar && scanSidebar(sidebar.id, sidebar.bytes);
	// In page order, so the policy lists its hashes as a scan of the whole page would.
	const links = new Set<string>();
	const ids = new Set<string>();
	const csp = emptyCspParts();
	collectLinksAndIds(voor, links, ids);
	collectCsp(voor, csp);
	if (gedeeld) mergeCspParts(csp, gedeeld.csp);
	collectLinksAndIds(na, links, ids);
	collectCsp(na, csp);
	// The policy goes in the head, which is before the sidebar.
	const kop = addCspToBytes(voor, cspFromParts(csp));
	return {
		uit: sidebar ? Buffer.concat([kop, sidebar.bytes, na]) : kop,
		links: [...links],
		ids: [...ids],
		sidebar: gedeeld,
	};
}
