#!/usr/bin/env node
// Makes the PDFs of a built workbook: `node scripts/pdf.ts --opties <bestand.json>`, where the JSON
// file holds the PdfOptions of src/print/pdf.ts (the built site, base path, site URL, region data,
// logo and Chromium choice). `npm run build` writes that file into Astro's cache folder
// (`node_modules/.astro/werkboek-pdf.json`), so this process loads neither the region nor the
// workbook again; to make the PDFs of the last build once more, run it with that file.
// `--controleer` only checks that a Chromium is there (the file needs only `chromium`).
//
// The build starts this process with `--wacht` when it starts (src/integration/print.ts): the
// process then loads the PDF code and looks for a Chromium while Astro builds, reports the check
// over the IPC channel ({ controle: null } or { controle: "<Dutch message>" }), and makes the PDFs
// when the build sends it the options ({ opties }). A separate process on purpose: Astro's build
// hooks cannot load modules once its config is loaded.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { PdfOptions } from '../src/print/pdf.ts';
import { chromiumSearch, findChromium } from '../src/utils/chromium.ts';

const { values } = parseArgs({
	options: {
		opties: { type: 'string' },
		controleer: { type: 'boolean', default: false },
		wacht: { type: 'boolean', default: false },
	},
});

/** Makes the PDFs and reports them as the bench and the build log expect. */
async function maak(opties: PdfOptions): Promise<void> {
	const { makePdfs } = await import('../src/print/pdf.ts');
	const resultaat = await makePdfs(opties);
	console.log(
		`${resultaat.bestanden} PDF's gemaakt, ${resultaat.paginas} pagina's in ${(resultaat.ms / 1000).toFixed(1)} s ` +
			`(${Math.round(resultaat.ms / resultaat.paginas)} ms per pagina).`
	);
}

try {
	if (values.wacht) {
		if (!process.send) throw new Error('--wacht werkt alleen als de build dit proces start.');
		const { chromium } = JSON.parse(readFileSync(values.opties ?? '', 'utf8')) as PdfOptions;
		// The PDF code (pdf-lib, pdf.js, Playwright) loads while the check runs and Astro builds.
		const geladen = import('../src/print/pdf.ts');
		const controle = await findChromium(chromiumSearch(chromium ?? {})).then(
			() => null,
			(fout: unknown) => (fout as Error).message
		);
		process.send({ controle });
		if (controle) process.exit(1);
		await geladen;
		// A build that fails before its PDFs closes the channel: then there is nothing to make.
		const weg = () => process.exit(1);
		process.once('disconnect', weg);
		const opties = await new Promise<PdfOptions>((klaar) =>
			process.once('message', (bericht: { opties: PdfOptions }) => klaar(bericht.opties))
		);
		process.off('disconnect', weg);
		process.disconnect();
		await maak(opties);
	} else {
		if (!values.opties)
			throw new Error(
				'Geef het bestand met de opties van de build op, bijvoorbeeld: node scripts/pdf.ts --opties node_modules/.astro/werkboek-pdf.json'
			);
		const opties = JSON.parse(readFileSync(values.opties, 'utf8')) as PdfOptions;
		if (values.controleer) await findChromium(chromiumSearch(opties.chromium ?? {}));
		else await maak(opties);
	}
} catch (fout) {
	console.error(`\n${(fout as Error).message}\n`);
	process.exit(1);
}
