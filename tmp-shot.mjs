// Viewport screenshots of glossary terms: hovered, keyboard-focused, light/dark, 390/1280, print.
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
const pad = process.argv[2] ?? 'wie-betrek-je/';
const nth = Number(process.argv[3] ?? 0);
for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
  for (const scheme of ['light', 'dark']) {
    const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(base + pad);
    const link = page.locator('.begrip > a').nth(nth);
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -150));
    // keyboard focus: focus the element before, then Tab
    await link.evaluate((a) => { a.setAttribute('data-doel', '1'); });
    await page.keyboard.press('Tab');
    for (let i = 0; i < 300; i++) {
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-doel'))) break;
      await page.keyboard.press('Tab');
    }
    const info = await page.evaluate(() => {
      const a = document.activeElement; const t = a.nextElementSibling; const r = t.getBoundingClientRect();
      return { term: a.textContent, zichtbaar: getComputedStyle(t).display, rechts: Math.round(r.right), breed: document.documentElement.scrollWidth, vw: innerWidth, naam: a.textContent, beschrijving: t.textContent.slice(0, 60) };
    });
    console.log(label, scheme, 'focus', JSON.stringify(info));
    await page.screenshot({ path: `/tmp/begrippen-shots/${label}.${scheme}.focus.png` });
    await page.keyboard.press('Escape');
    console.log(label, scheme, 'na Escape', await page.evaluate(() => getComputedStyle(document.activeElement.nextElementSibling).display));
    // hover the last term in view
    await page.mouse.move(0, 0);
    const box = await link.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.screenshot({ path: `/tmp/begrippen-shots/${label}.${scheme}.hover.png` });
    console.log(label, scheme, 'hover', await link.evaluate((a) => getComputedStyle(a.nextElementSibling).display));
    if (label === 'desktop' && scheme === 'light') {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `/tmp/begrippen-shots/print.png` });
      console.log('print', await link.evaluate((a) => getComputedStyle(a.nextElementSibling).display));
    }
    await ctx.close();
  }
}
await browser.close(); server.close();
