#!/usr/bin/env node
// `npm run regio:nieuw`: creates content/regio/ from the starter region in templates/regio/.
// Asks in Dutch when run in a terminal; the same answers can be given as flags for scripts.
// Without a terminal it never waits: optional answers take their defaults.
import { maakRegio, OPTIES, type Antwoorden } from '../src/regio/create.ts';
import { PROJECT_ROOT } from '../src/plan/paths.ts';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';

const HULP = `Gebruik: npm run regio:nieuw -- [opties]

Maakt de map content/regio/ voor jullie eigen regio, op basis van de voorbeeldregio.

Opties:
  --naam "Regio Zuid"          naam van de regio (verplicht)
  --korte-naam "Zuid"          korte naam (standaard: de naam)
  --website https://...        website van de samenwerking
  --accent "#0b5cad"           accentkleur (hexcode, genoeg contrast met wit)
  --logo pad/naar/logo.svg     logo (SVG, PNG, JPG of WebP); anders het voorbeeldlogo
  --help                       deze uitleg

Zonder opties vraagt het script de antwoorden in de terminal.`;

let waarden;
try {
	({ values: waarden } = parseArgs({ options: OPTIES, allowPositionals: false }));
} catch (fout) {
	console.error(
		`${(fout as Error).message.replace(/^Unknown option/, 'Onbekende optie')}\n\n${HULP}`
	);
	process.exit(2);
}
if (waarden.help) {
	console.log(HULP);
	process.exit(0);
}

const antwoorden: Antwoorden = {
	...(waarden.naam !== undefined ? { naam: waarden.naam } : {}),
	...(waarden['korte-naam'] !== undefined ? { korteNaam: waarden['korte-naam'] } : {}),
	...(waarden.website !== undefined ? { website: waarden.website } : {}),
	...(waarden.accent !== undefined ? { accent: waarden.accent } : {}),
	...(waarden.logo !== undefined ? { logo: waarden.logo } : {}),
};

if (process.stdin.isTTY && process.stdout.isTTY) {
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const vraag = async (tekst: string, standaard?: string) => {
		const antwoord = (await rl.question(`${tekst}${standaard ? ` [${standaard}]` : ''}: `)).trim();
		return antwoord || standaard;
	};
	console.log('Nieuwe regio maken. Druk op Enter om een voorgestelde waarde te houden.\n');
	while (!antwoorden.naam) antwoorden.naam = (await vraag('Naam van de regio (verplicht)')) ?? '';
	antwoorden.korteNaam ??= await vraag('Korte naam', antwoorden.naam);
	antwoorden.website ??= await vraag('Website (leeg laten mag)');
	antwoorden.accent ??= await vraag('Accentkleur', '#0b5cad');
	antwoorden.logo ??= await vraag('Pad naar jullie logo (leeg: voorbeeldlogo)');
	rl.close();
}

const resultaat = maakRegio(PROJECT_ROOT, antwoorden);
if (!resultaat.ok) {
	console.error(resultaat.bericht);
	process.exit(1);
}
console.log(resultaat.bericht);
