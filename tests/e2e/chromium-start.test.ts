import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { startPdfChromium } from '../../src/print/pdf.ts';
import { findChromium } from '../../src/utils/chromium.ts';

// A real Chromium behind a wrapper script given as CHROME_PATH, which fails its first start(s).
const map = mkdtempSync(join(tmpdir(), 'werkboek-chromium-start-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** A CHROME_PATH that exits with an error the first `keer` times, and then starts the real Chromium. */
async function wrapper(naam: string, keer: number): Promise<string> {
	const echt = await findChromium();
	const teller = join(map, `${naam}.teller`);
	const pad = join(map, naam);
	const args = echt.args.map((arg) => `'${arg}'`).join(' ');
	writeFileSync(
		pad,
		`#!/bin/sh\nn=$(cat '${teller}' 2>/dev/null || echo 0)\necho $((n + 1)) > '${teller}'\n` +
			`if [ "$n" -lt ${keer} ]; then exit 1; fi\nexec '${echt.pad}' ${args} "$@"\n`
	);
	chmodSync(pad, 0o755);
	return pad;
}

describe("startPdfChromium: the PDF step's Chromium gets one more try when it does not start", () => {
	test('a Chromium that fails its first start is started the second time, with a Dutch note', async () => {
		const waarschuwing = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const { browser, tab } = await startPdfChromium({
				env: { CHROME_PATH: await wrapper('eenmaal', 1) },
			});
			try {
				const page = await tab();
				await page.setContent('<p>gestart</p>');
				expect(await page.textContent('p')).toBe('gestart');
			} finally {
				await browser.close();
			}
			expect(waarschuwing).toHaveBeenCalledOnce();
			expect(waarschuwing.mock.calls[0]![0]).toMatch(
				/^Chromium \(.+, CHROME_PATH\) is gevonden maar start niet: .+ Nog een poging\.$/
			);
		} finally {
			waarschuwing.mockRestore();
		}
	});

	test('a Chromium that never starts is a Dutch error naming it, after two tries', async () => {
		const waarschuwing = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const pad = await wrapper('nooit', 99);
			await expect(startPdfChromium({ env: { CHROME_PATH: pad } })).rejects.toThrow(
				`Chromium (${pad}, CHROME_PATH) is gevonden maar start niet:`
			);
			expect(waarschuwing).toHaveBeenCalledOnce();
			// Two starts, no more.
			expect(readFileSync(join(map, 'nooit.teller'), 'utf8').trim()).toBe('2');
		} finally {
			waarschuwing.mockRestore();
		}
	});
});
