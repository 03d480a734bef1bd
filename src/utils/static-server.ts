import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * A static file server for a built site (used for PDF generation, tests and scripts), on a free
 * port of loopback, serving the site under `base` like a static host would: `index.html` for a
 * folder, 404.html for a missing page. sirv does the file lookup and knows the content type of
 * every file a site can have (its MIME table is mrmime's, from mime-db: JPG, WebP, WOFF2, …).
 * `elders` serves one folder of the site (`pad`, as "print/") from another place on disk.
 */
export async function serveer(
	map: string,
	base = '/',
	elders?: { pad: string; map: string }
): Promise<{ url: string; sluit: () => Promise<void> }> {
	const nietGevonden = join(map, '404.html');
	// dev: look each file up when it is asked for, so files written after the start are served too.
	const bestanden = sirv(map, {
		dev: true,
		onNoMatch: (_req, res) => {
			if (!existsSync(nietGevonden)) {
				res.writeHead(404).end();
				return;
			}
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			createReadStream(nietGevonden).pipe(res);
		},
	});
	const apart = elders && {
		prefix: `${base}${elders.pad}`,
		bestanden: sirv(elders.map, { dev: true }),
	};
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (apart && url.startsWith(apart.prefix)) {
			req.url = `/${url.slice(apart.prefix.length)}`;
			apart.bestanden(req, res, () => {
				res.writeHead(404).end();
			});
			return;
		}
		if (!url.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		bestanden(req, res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		sluit: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
