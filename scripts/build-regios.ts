#!/usr/bin/env node
// `npm run build:regios -- regios/a regios/b`: builds the workbook of several regions from one
// checkout, one after the other, each into dist/<naam>/ with its own cache. For a national
// programme that publishes many regions' workbooks from one job.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// Resolved like an import, so a copy of the project inside the checkout finds the checkout's astro.
const ASTRO = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		uit: { type: 'string', default: 'dist' },
		cache: { type: 'string', default: join('node_modules', '.cache', 'werkboek-regios') },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

if (values.help || positionals.length === 0) {
	console.log(`Bouwt het werkboek van meerdere regio's, na elkaar, elk in een eigen map.

Gebruik: npm run build:regios -- <regiomap> [<regiomap> ...] [--uit dist] [--cache <map>]

  <regiomap>   map met regio.yaml, binnen de projectmap (bijvoorbeeld regios/zuid)
  --uit        waar de sites komen: <uit>/<naam>/ (standaard dist)
  --cache      waar elke regio haar eigen bouwcache houdt (standaard node_modules/.cache/werkboek-regios)

BASE_PATH mag {naam} bevatten, bijvoorbeeld BASE_PATH=/werkboek/{naam}/.
WERKBOEK_PDF=0 slaat de PDF's over.`);
	process.exit(positionals.length === 0 && !values.help ? 1 : 0);
}

const regios = positionals.map((map) => {
	const pad = resolve(ROOT, map);
	const naam = basename(pad);
	return { map, pad, naam };
});

// Check everything before building anything: a typo in the last region should not cost an hour.
const problemen: string[] = [];
const namen = new Set<string>();
for (const { map, pad, naam } of regios) {
	if (relative(ROOT, pad).startsWith('..') || isAbsolute(relative(ROOT, pad))) problemen.push(`${map}: ligt buiten de projectmap.`);
	else if (!existsSync(join(pad, 'regio.yaml'))) problemen.push(`${map}: hier staat geen regio.yaml.`);
	if (namen.has(naam)) problemen.push(`${map}: de naam "${naam}" komt twee keer voor; elke regio krijgt een eigen map ${values.uit}/${naam}/.`);
	namen.add(naam);
}
if (problemen.length) {
	console.error(`\nDe regio's kunnen niet gebouwd worden:\n${problemen.map((p) => `  - ${p}`).join('\n')}\n`);
	process.exit(1);
}

const resultaten: { naam: string; ok: boolean; s: number }[] = [];
for (const [index, { map, pad, naam }] of regios.entries()) {
	const uit = resolve(ROOT, values.uit, naam);
	console.log(`\n[${index + 1}/${regios.length}] Regio ${naam} (${map}) → ${relative(ROOT, uit)}/`);
	const start = performance.now();
	const env: NodeJS.ProcessEnv = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		WERKBOEK_REGIO: relative(ROOT, pad),
		WERKBOEK_CACHE: resolve(ROOT, values.cache, naam),
		...(process.env['BASE_PATH'] ? { BASE_PATH: process.env['BASE_PATH'].replaceAll('{naam}', naam) } : {}),
	};
	const { status } = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', uit], { cwd: ROOT, env, stdio: 'inherit' });
	resultaten.push({ naam, ok: status === 0, s: (performance.now() - start) / 1000 });
}

console.log('\nKlaar:');
for (const { naam, ok, s } of resultaten) console.log(`  ${ok ? '✓' : '✗'} ${naam} (${s.toFixed(1)} s)`);
const mislukt = resultaten.filter((r) => !r.ok);
if (mislukt.length) {
	console.error(`\n${mislukt.length} van de ${resultaten.length} regio's zijn niet gebouwd: ${mislukt.map((r) => r.naam).join(', ')}. Zie de meldingen hierboven.\n`);
	process.exit(1);
}
