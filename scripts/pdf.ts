#!/usr/bin/env node
// Makes the PDFs of a built workbook: `node scripts/pdf.ts --opties <bestand.json>`, where the JSON
// file holds the PdfOptions of src/print/pdf.ts (the built site, base path, site URL, region data,
// logo and Chromium choice). `npm run build` writes that file into Astro's cache folder
// (`node_modules/.astro/werkboek-pdf.json`), so this process loads neither the region nor the
// workbook again; to make the PDFs of the last build once more, run it with that file.
// `--controleer` only checks that a Chromium is there (the file needs only `chromium`).
//
// The build starts this process with `--wacht --chromium <json>` when it starts
// (src/integration/print.ts): the process then loads the PDF code (pdf-lib, Playwright),
// looks for a Chromium, starts it and opens its tabs while Astro builds, reports over the IPC
// channel ({ check: null } or { check: "<Dutch message>" }), makes the PDFs when the build sends it
// the options ({ options }), and sends back their sizes ({ info }), which the build fills into the
// pages. It exits at once when the build goes away first (the channel closes, or SIGTERM).
// A separate process on purpose: Astro's build hooks cannot load modules once its config is loaded.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { PdfOptions, PdfTabs } from '../src/print/pdf.ts';
import { fillPdfInfo, type PdfInfo } from '../src/print/pdf-info.ts';
import { chromiumSearch, findChromium } from '../src/utils/chromium.ts';

const { values } = parseArgs({
	options: {
		opties: { type: 'string' },
		controleer: { type: 'boolean', default: false },
		wacht: { type: 'boolean', default: false },
		chromium: { type: 'string', default: '{}' },
	},
});

/** Makes the PDFs and reports them as the bench and the build log expect. */
async function maak(opties: PdfOptions, tabs?: PdfTabs): Promise<PdfInfo> {
	const { makePdfs } = await import('../src/print/pdf.ts');
	const resultaat = await makePdfs(opties, tabs);
	console.log(
		`${resultaat.bestanden} PDF's gemaakt, ${resultaat.paginas} pagina's in ${(resultaat.ms / 1000).toFixed(1)} s ` +
			`(${Math.round(resultaat.ms / resultaat.paginas)} ms per pagina).`
	);
	return resultaat.info;
}

try {
	if (values.wacht) {
		const send = process.send?.bind(process);
		if (!send) throw new Error('--wacht werkt alleen als de build dit proces start.');
		// The build went away (it failed): stop, also while making PDFs. Playwright's own SIGTERM
		// handler would only close the browser and let this process write on.
		process.on('disconnect', () => process.exit(1));
		process.on('SIGTERM', () => process.exit(1));
		const chromium = JSON.parse(values.chromium) as PdfOptions['chromium'];
		// Everything the PDFs need loads, Chromium starts and opens its tabs, while Astro builds
		// (measured: starting Chromium after the pages took 0.8 s, opening a tab some 0.3 s). The
		// check is that start: no Chromium, or one that does not start, stops the build before the
		// search index and the PDFs.
		let tabs: PdfTabs | undefined;
		const check = await import('../src/print/pdf.ts')
			.then(async ({ startPdfChromium }) => {
				tabs = await startPdfChromium(chromiumSearch(chromium));
				return null;
			})
			.catch((error: unknown) => (error as Error).message);
		if (check) send({ check }, () => process.exit(1));
		else {
			send({ check });
			const options = await new Promise<PdfOptions>((resolve) =>
				process.once('message', (message: { options: PdfOptions }) => resolve(message.options))
			);
			// The build fills in the pages' PDF sizes, once its search index is written.
			const info = await maak(options, tabs);
			send({ info }, () => process.exit(0));
		}
	} else {
		if (!values.opties)
			throw new Error(
				'Geef het bestand met de opties van de build op, bijvoorbeeld: node scripts/pdf.ts --opties node_modules/.astro/werkboek-pdf.json'
			);
		const opties = JSON.parse(readFileSync(values.opties, 'utf8')) as PdfOptions;
		if (values.controleer) await findChromium(chromiumSearch(opties.chromium ?? {}));
		else fillPdfInfo(opties.map, await maak(opties));
	}
} catch (fout) {
	console.error(`\n${(fout as Error).message}\n`);
	process.exit(1);
}
