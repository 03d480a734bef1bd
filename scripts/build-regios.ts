#!/usr/bin/env node
// `npm run build:regios -- [regios/a regios/b ...] [--parallel N]`: builds the workbook of several
// regions from one checkout, at the same time, each into <uit>/<naam>/ with a folder of its own
// for Astro's generated files and cache (WERKBOEK_BOUWMAP in astro.config.mjs). Without folders:
// every region of the programme layout, regios/<naam>/. Afterwards <uit>/index.html lists the
// regions that were built. For a national programme; .github/workflows/regios.yml runs the same
// per region as a job of its own.
import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bouwRegio, metLimiet, samenvatting, type RegioOpdracht } from './regios/bouwen.ts';
import { schrijfIndex, schrijfManifest } from './regios/index-pagina.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// Resolved like an import, so a copy of the project inside the checkout finds the checkout's astro.
const ASTRO = join(
	dirname(createRequire(join(ROOT, 'package.json')).resolve('astro/package.json')),
	'bin',
	'astro.mjs'
);
/** A region's folder name is its path on the site: lower case letters, digits and hyphens. */
const NAAM = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		// The programme layout: one folder per region, each like content/regio/.
		programma: { type: 'string' },
		uit: { type: 'string', default: 'dist' },
		cache: { type: 'string', default: join('node_modules', '.cache', 'werkboek-regios') },
		parallel: { type: 'string', default: String(availableParallelism()) },
		samenvatting: { type: 'string' },
		'zonder-index': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

if (values.help) {
	console.log(`Bouwt het werkboek van meerdere regio's, tegelijk, elk in een eigen map.

Gebruik: npm run build:regios -- [<regiomap> ...] [--parallel N] [--uit dist] [--cache <map>]

  <regiomap>      map met regio.yaml, binnen de projectmap (bijvoorbeeld regios/zuid);
                  zonder regiomappen: elke map in regios/ (of --programma) met een regio.yaml
  --programma     de map met een map per regio (standaard regios)
  --parallel N    zoveel regio's tegelijk (standaard het aantal processorkernen: ${availableParallelism()})
  --uit           waar de sites komen: <uit>/<naam>/, met <uit>/index.html (standaard dist)
  --cache         waar elke regio haar eigen bouwmap en cache houdt
                  (standaard node_modules/.cache/werkboek-regios)
  --samenvatting  schrijf een overzicht in Markdown naar dit bestand
                  (in GitHub Actions vanzelf naar de samenvatting van de job)
  --zonder-index  geen <uit>/index.html met alle regio's

BASE_PATH mag {naam} bevatten, bijvoorbeeld BASE_PATH=/{naam}/ of /werkboek/{naam}/.
WERKBOEK_PDF=0 slaat de PDF's over.`);
	process.exit(0);
}

// Every region of the programme layout: with --programma, or when no folders are given.
/** The Markdown report: to --samenvatting, else (in GitHub Actions) to the job's summary. */
function schrijfSamenvatting(markdown: string): void {
	const bestand = values.samenvatting ?? process.env['GITHUB_STEP_SUMMARY'];
	if (bestand) (values.samenvatting ? writeFileSync : appendFileSync)(bestand, markdown);
}

const PROGRAMMA = values.programma ?? (positionals.length ? undefined : 'regios');
const parallel = Number(values.parallel);
if (!Number.isInteger(parallel) || parallel < 1) {
	console.error(`\n--parallel moet een heel getal vanaf 1 zijn, niet "${values.parallel}".\n`);
	process.exit(1);
}

const mappen = [
	...positionals,
	...(PROGRAMMA && existsSync(join(ROOT, PROGRAMMA))
		? readdirSync(join(ROOT, PROGRAMMA), { withFileTypes: true })
				.filter(
					(item) => item.isDirectory() && existsSync(join(ROOT, PROGRAMMA, item.name, 'regio.yaml'))
				)
				.map((item) => join(PROGRAMMA, item.name))
				.sort()
		: []),
];
if (!mappen.length) {
	console.error(
		`\nEr zijn geen regio's om te bouwen. Geef regiomappen mee (npm run build:regios -- regios/zuid) of zet elke regio in een eigen map ${PROGRAMMA ?? 'regios'}/<naam>/ met een regio.yaml. Hulp: npm run build:regios -- --help\n`
	);
	process.exit(1);
}

const uitMap = resolve(ROOT, values.uit);
const regios: RegioOpdracht[] = mappen.map((map) => {
	const pad = resolve(ROOT, map);
	const naam = basename(pad);
	return {
		naam,
		map: relative(ROOT, pad),
		uit: join(uitMap, naam),
		bouwmap: resolve(ROOT, values.cache, naam),
	};
});

// Check everything before building anything: a typo in the last region should not cost an hour.
const problemen: string[] = [];
const namen = new Set<string>();
for (const [i, { map, naam }] of regios.entries()) {
	const gegeven = mappen[i]!;
	if (map.startsWith('..') || isAbsolute(map))
		problemen.push(`${gegeven}: ligt buiten de projectmap.`);
	else if (!existsSync(join(ROOT, map, 'regio.yaml')))
		problemen.push(`${gegeven}: hier staat geen regio.yaml.`);
	if (!NAAM.test(naam))
		problemen.push(
			`${gegeven}: de mapnaam "${naam}" wordt het adres /${naam}/ van de regio; gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "zuid-limburg").`
		);
	if (namen.has(naam))
		problemen.push(
			`${gegeven}: de naam "${naam}" komt twee keer voor; elke regio krijgt een eigen map ${values.uit}/${naam}/.`
		);
	namen.add(naam);
}
// A build folder is Astro's root: packages are found from there, so it lies inside the project.
const cacheMap = resolve(ROOT, values.cache);
if (relative(ROOT, cacheMap).startsWith('..') || isAbsolute(relative(ROOT, cacheMap))) {
	problemen.push(
		`--cache ${values.cache}: ligt buiten de projectmap. Elke regio bouwt in een eigen map daarbinnen (Astro zoekt de pakketten vanuit die map); kies een map in de projectmap, bijvoorbeeld node_modules/.cache/werkboek-regios.`
	);
}
if (problemen.length) {
	console.error(
		`\nDe regio's kunnen niet gebouwd worden:\n${problemen.map((p) => `  - ${p}`).join('\n')}\n`
	);
	schrijfSamenvatting(
		`## De regio's kunnen niet gebouwd worden\n\n${problemen.map((p) => `- ${p}`).join('\n')}\n`
	);
	process.exit(1);
}

const tegelijk = Math.min(parallel, regios.length);
const regioS = (n: number) => (n === 1 ? '1 regio' : `${n} regio's`);
console.log(
	`\n${regioS(regios.length)} bouwen, ${tegelijk} tegelijk → ${relative(ROOT, uitMap) || '.'}/<naam>/`
);
const start = performance.now();
const resultaten = await metLimiet(
	regios.map((opdracht) => async () => {
		console.log(`[${opdracht.naam}] start (${opdracht.map})`);
		const resultaat = await bouwRegio(
			opdracht,
			ASTRO,
			ROOT,
			process.env,
			tegelijk > 1 ? undefined : (regel) => console.log(regel)
		);
		if (resultaat.ok) {
			// For the index page: name, logo and colour, from the region as the build loaded it.
			const { loadRegio, findRegio } = await import('../src/regio/load.ts');
			const { regio, logoPad } = loadRegio(ROOT, findRegio(ROOT, opdracht.map));
			schrijfManifest(
				opdracht.uit,
				{
					naam: opdracht.naam,
					titel: regio.naam,
					...(regio.kleuren?.accent ? { accent: regio.kleuren.accent } : {}),
				},
				logoPad
			);
			console.log(`[${opdracht.naam}] ✓ gebouwd in ${resultaat.s.toFixed(1)} s`);
		} else {
			console.error(
				`[${opdracht.naam}] ✗ niet gebouwd (${resultaat.s.toFixed(1)} s). Volledige uitvoer: ${relative(ROOT, join(opdracht.bouwmap, 'build.log'))}\n${resultaat.melding}`
			);
		}
		return resultaat;
	}),
	tegelijk
);
const totaal = (performance.now() - start) / 1000;

if (!values['zonder-index']) {
	mkdirSync(uitMap, { recursive: true });
	const gebouwd = schrijfIndex(uitMap);
	console.log(
		`\nOverzichtspagina: ${relative(ROOT, join(uitMap, 'index.html'))} (${regioS(gebouwd.length)}).`
	);
}

schrijfSamenvatting(samenvatting(resultaten));

console.log(`\nKlaar in ${totaal.toFixed(1)} s (${tegelijk} tegelijk):`);
for (const { naam, ok, s } of resultaten)
	console.log(`  ${ok ? '✓' : '✗'} ${naam} (${s.toFixed(1)} s)`);
const mislukt = resultaten.filter((r) => !r.ok);
if (mislukt.length) {
	const anderen = mislukt.length < resultaten.length ? " De andere regio's zijn wel gebouwd." : '';
	console.error(
		`\nNiet gebouwd: ${mislukt.map((r) => r.naam).join(', ')} (${mislukt.length} van ${regioS(resultaten.length)}).${anderen} Wat er mis is staat hierboven.\n`
	);
	process.exit(1);
}
