#!/usr/bin/env node
// Makes the PDFs of a built workbook: `node scripts/pdf.ts <uitvoermap> [--base /pad/] [--site https://…]`.
// `npm run build` runs this after the build; `--controleer` only checks that a Chromium is there.
// A separate process on purpose: Astro's build hooks cannot load modules once its config is loaded.
import { parseArgs } from 'node:util';
import { werkboekContext } from '../src/plan/context.ts';
import { maakPdfs } from '../src/print/pdf.ts';
import { vindChromium } from '../src/utils/chromium.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { base: { type: 'string', default: '/' }, site: { type: 'string' }, controleer: { type: 'boolean', default: false } },
});

try {
	if (values.controleer) {
		await vindChromium();
	} else {
		const map = positionals[0];
		if (!map) throw new Error('Geef de map van de gebouwde site op, bijvoorbeeld: node scripts/pdf.ts dist');
		const { geladen } = werkboekContext();
		const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
		const resultaat = await maakPdfs({ map, base: values.base, site: values.site, regio: geladen.regio, logoPad: geladen.logoPad, versie: version });
		console.log(
			`${resultaat.bestanden} PDF's gemaakt, ${resultaat.paginas} pagina's in ${(resultaat.ms / 1000).toFixed(1)} s ` +
				`(${Math.round(resultaat.ms / resultaat.paginas)} ms per pagina).`,
		);
	}
} catch (fout) {
	console.error(`\n${(fout as Error).message}\n`);
	process.exit(1);
}
