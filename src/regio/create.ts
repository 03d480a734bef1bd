import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { regioSchema } from '../schemas/regio.ts';
import { formatProblems, dutchErrorMap, problemsFromZod } from '../utils/errors.ts';
import { REGIO_BESTAND } from './load.ts';

/** Command-line options of `npm run regio:nieuw` (node:util parseArgs format). */
export const OPTIES = {
	naam: { type: 'string' },
	'korte-naam': { type: 'string' },
	website: { type: 'string' },
	accent: { type: 'string' },
	logo: { type: 'string' },
	help: { type: 'boolean', short: 'h' },
} as const;

export interface Antwoorden {
	naam?: string;
	korteNaam?: string | undefined;
	website?: string | undefined;
	accent?: string | undefined;
	logo?: string | undefined;
}

export type Resultaat = { ok: true; bericht: string; map: string } | { ok: false; bericht: string };

/**
 * Creates `content/regio/` from the starter region: the data file with the given answers (the
 * starter's comments kept, its example partners, networks and tasks emptied), the logo, and the
 * starter pages. Validates everything first and writes nothing outside `content/regio/`; when the
 * answers are invalid or the folder exists, nothing is written at all.
 */
export function maakRegio(
	root: string,
	antwoorden: Antwoorden,
	cwd: string = process.cwd()
): Resultaat {
	const doel = join(root, 'content', 'regio');
	const starter = join(root, 'templates', 'regio');
	if (existsSync(doel)) {
		return {
			ok: false,
			bericht:
				'De map content/regio/ bestaat al. Er is niets veranderd.\nWat nu: pas content/regio/regio.yaml zelf aan, of verplaats de map eerst als je opnieuw wilt beginnen.',
		};
	}
	const naam = antwoorden.naam?.trim();
	if (!naam) {
		return {
			ok: false,
			bericht:
				'De naam van de regio ontbreekt. Er is niets veranderd.\nWat nu: geef de naam mee, bijvoorbeeld: npm run regio:nieuw -- --naam "Regio Zuid".',
		};
	}
	const leeg = (waarde: string | undefined) => (waarde?.trim() ? waarde.trim() : undefined);
	const logoBron = leeg(antwoorden.logo)
		? resolve(cwd, antwoorden.logo!.trim())
		: join(starter, 'logo.svg');
	if (!existsSync(logoBron)) {
		return {
			ok: false,
			bericht: `Het logo "${antwoorden.logo}" is niet gevonden. Er is niets veranderd.\nWat nu: geef het pad naar een bestaand SVG-, PNG-, JPG- of WebP-bestand.`,
		};
	}
	const logoNaam = `logo${extname(logoBron).toLowerCase()}`;

	const doc = parseDocument(readFileSync(join(starter, REGIO_BESTAND), 'utf8'));
	doc.commentBefore =
		' Gegevens van jullie regio. Deze map (content/regio/) is alleen van jullie: updates van het werkboek\n' +
		' komen hier nooit. Uitleg van elk veld: src/schemas/regio.ts en de README.\n' +
		' Voorbeelden van partners, netwerken en opgaven staan in templates/regio/regio.yaml.';
	doc.set('naam', naam);
	doc.set('korteNaam', leeg(antwoorden.korteNaam) ?? naam);
	if (leeg(antwoorden.website)) doc.set('website', leeg(antwoorden.website));
	else doc.delete('website');
	doc.delete('contact');
	doc.set('logo', logoNaam);
	doc.setIn(['kleuren', 'accent'], leeg(antwoorden.accent) ?? '#0b5cad');
	for (const lijst of ['opgaven', 'partners', 'netwerken']) doc.set(lijst, doc.createNode([]));

	const resultaat = regioSchema.safeParse(doc.toJS(), { error: dutchErrorMap });
	if (!resultaat.success) {
		const velden: Record<string, string> = {
			naam: '--naam',
			korteNaam: '--korte-naam',
			website: '--website',
			'kleuren.accent': '--accent',
		};
		const problemen = problemsFromZod(resultaat.error.issues, 'de antwoorden', () => undefined).map(
			(p) => ({
				...p,
				bestand: velden[p.veld ?? ''] ? `optie ${velden[p.veld ?? '']}` : 'de antwoorden',
			})
		);
		return {
			ok: false,
			bericht: `${formatProblems('De regio is niet gemaakt', problemen, 'verbeter de genoemde antwoorden en probeer het opnieuw. Er is niets veranderd.')}`,
		};
	}

	mkdirSync(doel, { recursive: true });
	try {
		writeFileSync(join(doel, REGIO_BESTAND), doc.toString());
		copyFileSync(logoBron, join(doel, logoNaam));
		if (existsSync(join(starter, 'paginas')))
			cpSync(join(starter, 'paginas'), join(doel, 'paginas'), { recursive: true });
	} catch (fout) {
		rmSync(doel, { recursive: true, force: true });
		throw fout;
	}
	return {
		ok: true,
		map: doel,
		bericht:
			`✓ De regio "${naam}" staat klaar in content/regio/ (logo: ${basename(logoBron)}).\n` +
			'Volgende stappen:\n' +
			'  1. Vul partners, netwerken en opgaven in content/regio/regio.yaml in.\n' +
			'  2. Controleer met: npm run check\n' +
			'  3. Bekijk het resultaat met: npm run dev',
	};
}
