#!/usr/bin/env node
// Makes the PDFs of a built workbook: `node scripts/pdf.ts --opties <bestand.json>`, where the JSON
// file holds the PdfOptions of src/print/pdf.ts (the built site, base path, site URL, region data,
// logo, version and Chromium choice). `npm run build` writes that file into Astro's cache folder
// (`node_modules/.astro/werkboek-pdf.json`) and runs this after the build, so this process loads
// neither the region nor the workbook again; to make the PDFs of the last build once more, run it
// with that file. `--controleer` only checks that a Chromium is there (the file needs only `chromium`).
// A separate process on purpose: Astro's build hooks cannot load modules once its config is loaded.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { PdfOptions } from '../src/print/pdf.ts';
import { chromiumSearch, findChromium } from '../src/utils/chromium.ts';

const { values } = parseArgs({
	options: { opties: { type: 'string' }, controleer: { type: 'boolean', default: false } },
});

try {
	if (!values.opties)
		throw new Error(
			'Geef het bestand met de opties van de build op, bijvoorbeeld: node scripts/pdf.ts --opties node_modules/.astro/werkboek-pdf.json'
		);
	const opties = JSON.parse(readFileSync(values.opties, 'utf8')) as PdfOptions;
	if (values.controleer) {
		await findChromium(chromiumSearch(opties.chromium ?? {}));
	} else {
		// Loaded only here: the check above needs none of it (pdf-lib, pdf.js, Playwright), and every
		// build runs that check first.
		const { makePdfs } = await import('../src/print/pdf.ts');
		const resultaat = await makePdfs(opties);
		console.log(
			`${resultaat.bestanden} PDF's gemaakt, ${resultaat.paginas} pagina's in ${(resultaat.ms / 1000).toFixed(1)} s ` +
				`(${Math.round(resultaat.ms / resultaat.paginas)} ms per pagina).`
		);
	}
} catch (fout) {
	console.error(`\n${(fout as Error).message}\n`);
	process.exit(1);
}
