import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';

/** One problem in a file a region author wrote. */
export interface Probleem {
	/** File path relative to the project root, e.g. `content/regio/regio.yaml`. */
	bestand: string;
	/** Dotted field path, e.g. `partners.2.soort`; empty for a problem with the whole file. */
	veld?: string;
	/** 1-based line number, where known. */
	regel?: number | undefined;
	/** What is wrong and what to do, in Dutch. */
	bericht: string;
}

/**
 * An error that region authors and content writers can act on: a Dutch title, every problem with
 * its file, field and line, and a hint with what to do. An Astro error (`astro/errors`): thrown
 * from the integration or a content loader, Astro prints the message and, under "Hint:", the
 * hint ("Wat nu: …"), and stops the build (compare Starlight's `parseWithFriendlyErrors`).
 */
export class WerkboekFout extends AstroError {
	readonly titel: string;
	readonly problemen: Probleem[];

	constructor(titel: string, problemen: Probleem[], hint: string) {
		super(formatProblemen(titel, problemen), `Wat nu: ${hint}`);
		this.name = 'WerkboekFout';
		this.titel = titel;
		this.problemen = problemen;
		// The problem lies in a file the reader wrote, not in the code: Astro prints no stack trace then.
		this.stack = '';
	}

	/** Title, problems and hint in one text, as `npm run check` and the scripts print them. */
	get volledig(): string {
		return `${this.message}\n\n${this.hint}`;
	}
}

/**
 * An Astro error about the reader's input or machine (a broken link, no browser), printed by Astro
 * with its hint and without a stack trace: the code is not what needs fixing.
 */
export function astroMelding(bericht: string, hint: string): AstroError {
	const fout = new AstroError(bericht, hint);
	fout.stack = '';
	return fout;
}

export function formatLocatie(p: Probleem): string {
	return `${p.bestand}${p.regel ? `:${p.regel}` : ''}${p.veld ? ` · ${p.veld}` : ''}`;
}

/** The title and every problem, one per line; with `hint`, a paragraph "Wat nu: …" after them. */
export function formatProblemen(titel: string, problemen: Probleem[], hint?: string): string {
	const aantal = problemen.length === 1 ? '1 probleem' : `${problemen.length} problemen`;
	const regels = problemen.map((p) => `  ✗ ${formatLocatie(p)}\n    ${p.bericht}`);
	return `${titel} (${aantal}):\n${regels.join('\n')}${hint === undefined ? '' : `\n\nWat nu: ${hint}`}`;
}

const TYPE_NAMEN: Record<string, string> = {
	string: 'tekst',
	number: 'getal',
	int: 'geheel getal',
	boolean: 'ja of nee (true/false)',
	array: 'lijst',
	object: 'groep velden',
	undefined: 'niets',
	null: 'leeg',
};

function typeNaam(value: unknown): string {
	if (value === null || value === undefined) return 'niets';
	if (Array.isArray(value)) return 'een lijst';
	if (typeof value === 'object') return 'een groep velden';
	if (typeof value === 'number') return `het getal ${value}`;
	if (typeof value === 'boolean') return `"${value}"`;
	return `de tekst "${String(value)}"`;
}

/**
 * Dutch messages for zod's built-in issue codes. Messages set in a schema take precedence,
 * so this only fills in the generic cases.
 */
export const nederlandseFoutmeldingen: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined) return 'Dit veld is verplicht. Vul het in.';
			const verwacht = TYPE_NAMEN[issue.expected] ?? issue.expected;
			return `Hier hoort een ${verwacht}, maar er staat ${typeNaam(issue.input)}.`;
		}
		case 'invalid_value':
			return `${typeNaam(issue.input)} is hier niet toegestaan. Kies uit: ${issue.values.map(String).join(', ')}.`.replace(
				/^./,
				(c) => c.toUpperCase(),
			);
		case 'invalid_union':
			return 'Deze waarde past bij geen van de toegestane vormen. Kijk in de uitleg van het veld welke vormen mogen.';
		case 'too_small':
			if (issue.origin === 'array') return `Deze lijst heeft minstens ${issue.minimum} item(s) nodig.`;
			if (issue.origin === 'string') return issue.minimum === 1 ? 'Dit veld mag niet leeg zijn.' : `Gebruik minstens ${issue.minimum} tekens.`;
			return `De waarde moet minstens ${issue.minimum} zijn.`;
		case 'too_big':
			if (issue.origin === 'array') return `Deze lijst mag hoogstens ${issue.maximum} item(s) hebben.`;
			if (issue.origin === 'string') return `Gebruik hoogstens ${issue.maximum} tekens.`;
			return `De waarde mag hoogstens ${issue.maximum} zijn.`;
		case 'unrecognized_keys':
			return `Onbekend veld: ${issue.keys.map((k) => `"${k}"`).join(', ')}. Controleer de spelling (hoofdletters tellen mee) of haal het veld weg.`;
		case 'invalid_format':
			return `Dit heeft niet de juiste vorm (${issue.format}).`;
		default:
			return undefined;
	}
};

/** Turns zod issues into problems; `regelVan` maps a field path to a line number. */
export function problemenUitZod(
	issues: z.core.$ZodIssue[],
	bestand: string,
	regelVan: (pad: PropertyKey[]) => number | undefined,
): Probleem[] {
	return issues.map((issue) => {
		const pad =
			issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
		const veld = pad.map(String).join('.');
		return {
			bestand,
			...(veld ? { veld } : {}),
			...(regelVan(pad) ? { regel: regelVan(pad)! } : {}),
			bericht: issue.message,
		};
	});
}
