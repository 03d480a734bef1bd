#!/usr/bin/env node
// `node scripts/regios-index.ts <uit> [--verwacht '["noord","zuid"]']`: writes <uit>/index.html,
// the index page of a programme's site, from the regions built into <uit>/<naam>/. Needs only
// Node (no installed packages): the publish job of .github/workflows/regios.yml runs it on the
// regions its build jobs made. With --verwacht it names the regions that were not built, and it
// stops with an error when none was, so an empty site is never published.
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { schrijfIndex } from './regios/index-pagina.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		verwacht: { type: 'string' },
		titel: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help || positionals.length !== 1) {
	console.log(`Schrijft de overzichtspagina van alle gebouwde regio's.

Gebruik: node scripts/regios-index.ts <uit> [--verwacht '["noord","zuid"]'] [--titel "…"]`);
	process.exit(values.help ? 0 : 1);
}

const uit = resolve(positionals[0]!);
let verwacht: string[] = [];
if (values.verwacht) {
	try {
		verwacht = JSON.parse(values.verwacht) as string[];
		if (!Array.isArray(verwacht)) throw new Error();
	} catch {
		console.error(
			`--verwacht moet een JSON-lijst van regionamen zijn, zoals '["noord","zuid"]', niet: ${values.verwacht}`
		);
		process.exit(1);
	}
}

const regios = schrijfIndex(uit, values.titel);
const gebouwd = new Set(regios.map((r) => r.naam));
const ontbreekt = verwacht.filter((naam) => !gebouwd.has(naam));

const regels = [
	"## Gepubliceerde regio's",
	'',
	...regios.map((r) => `- ✓ ${r.titel} → \`/${r.naam}/\``),
];
if (ontbreekt.length) {
	regels.push(
		'',
		`### Niet gepubliceerd (bouwen mislukt): ${ontbreekt.join(', ')}`,
		'',
		"Deze regio's staan niet op de site tot hun fout is verbeterd. De melding staat in de samenvatting van hun eigen job."
	);
}
if (process.env['GITHUB_STEP_SUMMARY'])
	appendFileSync(process.env['GITHUB_STEP_SUMMARY'], `${regels.join('\n')}\n`);
console.log(regels.join('\n'));

if (!regios.length) {
	console.error(
		`\nGeen enkele regio is gebouwd in ${uit}: er wordt niets gepubliceerd. Bekijk de jobs van de regio's voor de meldingen.`
	);
	process.exit(1);
}
