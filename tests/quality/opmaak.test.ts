import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startChromium } from '../../src/utils/chromium.ts';
import { ibmBevindingen, opmaakProblemen } from './opmaak.ts';

// The sweep's own checks (tests/quality/opmaak.ts) on pages made to break them: each must be found,
// and the same page without the defect must pass. Without this, a sweep that finds nothing proves nothing.
let browser: Browser;
beforeAll(async () => {
	({ browser } = await startChromium());
});
afterAll(async () => {
	await browser?.close();
});

async function problemen(body: string, breedte = 390): Promise<string[]> {
	const page = await browser.newPage({ viewport: { width: breedte, height: 800 } });
	await page.setContent(
		`<!doctype html><html lang="nl"><head><title>t</title></head><body style="margin:8px;font:16px sans-serif">${body}</body></html>`
	);
	const uit = await opmaakProblemen(page);
	await page.close();
	return uit;
}

describe('layout checks of the sweep', () => {
	test('a page that scrolls sideways', async () => {
		expect(await problemen('<div style="width:600px">breed</div>')).toEqual([
			expect.stringMatching(/^de pagina schuift opzij \(\d+ px op 390 px\)$/),
		]);
	});

	test('a scroll region without and with scroll shadows', async () => {
		const inhoud = '<div style="width:900px">Heel brede tabel</div>';
		expect(await problemen(`<div style="overflow-x:auto">${inhoud}</div>`)).toEqual([
			expect.stringContaining('schuift opzij zonder dat te laten zien'),
		]);
		expect(
			await problemen(
				`<div style="overflow-x:auto;background:linear-gradient(to right, white, transparent) local">${inhoud}</div>`
			)
		).toEqual([]);
	});

	test('an element marked hidden that a stylesheet shows anyway', async () => {
		expect(
			await problemen(
				'<style>table { display: block }</style><table hidden><tr><td>leeg</td></tr></table>'
			)
		).toEqual([expect.stringContaining('heeft hidden maar is zichtbaar')]);
		expect(await problemen('<table hidden><tr><td>leeg</td></tr></table>')).toEqual([]);
	});

	test('a drawing far larger than its width attribute (the 18 px legend icon drawn 211 px wide)', async () => {
		expect(
			await problemen(
				'<svg width="18" height="18" style="width:100%"><circle cx="9" cy="9" r="7"/></svg>'
			)
		).toEqual([expect.stringContaining('is 374 px breed, width="18"')]);
		expect(
			await problemen('<svg width="18" height="18"><circle cx="9" cy="9" r="7"/></svg>')
		).toEqual([]);
	});

	test('text cut off by its box, with or without an ellipsis', async () => {
		const tekst = 'Werkboek Regio Voorbeeld met een lange naam';
		expect(
			await problemen(`<div style="width:120px;overflow:hidden;white-space:nowrap">${tekst}</div>`)
		).toEqual([expect.stringContaining('tekst afgesneden')]);
		expect(
			await problemen(
				`<div style="width:120px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${tekst}</div>`
			)
		).toEqual([
			expect.stringContaining('tekst afgesneden'),
			expect.stringContaining('tekst afgekapt met …'),
		]);
		expect(await problemen(`<div style="width:120px;overflow:hidden">${tekst}</div>`)).toEqual([]);
	});

	test('targets under 24 px, except links in running text, radios with a large label, and targets with room around them', async () => {
		const klein = 'style="width:16px;height:16px;padding:0;border:0;margin:0"';
		expect(await problemen(`<button ${klein}>a</button><button ${klein}>b</button>`)).toEqual([
			expect.stringContaining('doel 16×16 px, kleiner dan 24×24'),
			expect.stringContaining('doel 16×16 px, kleiner dan 24×24'),
		]);
		expect(
			await problemen(
				`<button ${klein}>a</button><div style="height:40px"></div><button ${klein}>b</button>`
			)
		).toEqual([]);
		expect(
			await problemen(
				'<p>Lees <a href="#x" style="font-size:12px">hier</a> verder, en <a href="#y">daar</a>.</p>'
			)
		).toEqual([]);
		expect(
			await problemen(
				'<label style="display:inline-block;padding:8px"><input type="radio" name="a" style="width:12px;height:12px;margin:0"> 1</label><label style="display:inline-block;padding:8px"><input type="radio" name="a" style="width:12px;height:12px;margin:0"> 2</label>'
			)
		).toEqual([]);
	});
});

describe('IBM Equal Access engine', () => {
	test('finds what it should, on a page made to fail', async () => {
		const page = await browser.newPage();
		await page.setContent(
			'<!doctype html><html><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>'
		);
		const bevindingen = await ibmBevindingen(page, 'proef');
		await page.close();
		expect(bevindingen.join('\n')).toMatch(/html_lang_exists|WCAG20_Html_HasLang/);
		expect(bevindingen.join('\n')).toMatch(/img_alt_valid|WCAG20_Img_HasAlt/);
	});
});
