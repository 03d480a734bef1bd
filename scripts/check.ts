#!/usr/bin/env node
// `npm run check`: validates the region folder and the content in seconds, without a build.
import { performance } from 'node:perf_hooks';
import { controleer } from '../src/check/check.ts';
import { PROJECT_ROOT } from '../src/plan/paths.ts';
import { formatProblems } from '../src/utils/errors.ts';

const start = performance.now();
// The region folder as the build gets it from astro.config.mjs: `WERKBOEK_REGIO`, else the default one.
const { regio, problemen, waarschuwingen, bestanden } = controleer(
	PROJECT_ROOT,
	process.env['WERKBOEK_REGIO'] || undefined
);
const tijd = ((performance.now() - start) / 1000).toFixed(1);

if (waarschuwingen.length) {
	console.warn(
		formatProblems(
			'Schrijfwijzen die afwijken van de begrippenlijst',
			waarschuwingen,
			'gebruik de term uit content/begrippen.yaml (afspraken en redenen: docs-intern/terminologie.md). Dit stopt de build niet.'
		) + '\n'
	);
}

if (problemen.length) {
	console.error(
		formatProblems(
			'De controle vond fouten',
			problemen,
			'verbeter de genoemde bestanden en velden en draai "npm run check" opnieuw. Uitleg van de regiovelden: src/schemas/regio.ts; van werkvormen: src/schemas/werkvorm.ts.'
		)
	);
	process.exit(1);
}
console.log(
	`✓ Regio "${regio?.regio.naam}" (${regio?.bron.reden}) en ${bestanden} pagina's zijn in orde (${tijd} s).`
);
