import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/**
 * A minimal static file server for a built site (used for PDF generation and tests), on a free port of loopback, serving the site
 * under `base` like a static host would (404.html for missing pages).
 */
export async function serveer(map: string, base = '/'): Promise<{ url: string; sluit: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const pad = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!pad.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		let bestand = normalize(join(map, pad.slice(base.length)));
		if (!bestand.startsWith(normalize(map))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(bestand) && statSync(bestand).isDirectory()) bestand = join(bestand, 'index.html');
		const gevonden = existsSync(bestand);
		const doel = gevonden ? bestand : join(map, '404.html');
		res.writeHead(gevonden ? 200 : 404, { 'content-type': TYPES[extname(doel)] ?? 'application/octet-stream' });
		createReadStream(doel).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		sluit: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
