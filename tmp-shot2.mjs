import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, resolve } from 'node:path';
const require = createRequire(join(process.cwd(), 'package.json'));
const { chromium } = require('playwright-core');
const sp = (await import(require.resolve('@sparticuz/chromium'))).default;
const exe = process.env.CHROME_PATH || (await sp.executablePath());
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const root = resolve('dist');
const server = createServer(async (req, res) => {
  let p = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try { if ((await stat(p)).isDirectory()) p = join(p, 'index.html'); res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' }); res.end(await readFile(p)); }
  catch { res.writeHead(404); res.end(); }
}).listen(0, '127.0.0.1');
await new Promise((ok) => server.once('listening', ok));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--no-zygote', '--in-process-gpu'] });
for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
  for (const scheme of ['light', 'dark']) {
    const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
    const page = await ctx.newPage();
    for (const hash of ['', '#samenwerkingsladder']) {
      await page.goto(base + 'begrippenlijst/' + hash);
      await page.screenshot({ path: `/tmp/begrippen-shots/lijst.${label}.${scheme}${hash ? '.anker' : ''}.png` });
    }
    console.log(label, scheme, await page.evaluate(() => document.documentElement.scrollWidth));
    await ctx.close();
  }
}
await browser.close(); server.close();
