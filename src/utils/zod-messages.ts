import type { z } from 'astro/zod';

/*
 * Dutch messages for zod's built-in issue codes, shared by the build (via utils/errors.ts) and the
 * region wizard in the browser (/regio-maken/). No Node or Astro imports here: this file is bundled
 * into a page script.
 */

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
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined) return 'Dit veld is verplicht. Vul het in.';
			const verwacht = TYPE_NAMEN[issue.expected] ?? issue.expected;
			return `Hier hoort een ${verwacht}, maar er staat ${typeNaam(issue.input)}.`;
		}
		case 'invalid_value':
			// zod 4 reports a missing enum field as invalid_value with no input.
			if (issue.input === undefined)
				return `Dit veld is verplicht. Kies uit: ${issue.values.map(String).join(', ')}.`;
			return `${typeNaam(issue.input)} is hier niet toegestaan. Kies uit: ${issue.values.map(String).join(', ')}.`.replace(
				/^./,
				(c) => c.toUpperCase()
			);
		case 'invalid_union':
			return 'Deze waarde past bij geen van de toegestane vormen. Kijk in de uitleg van het veld welke vormen mogen.';
		case 'too_small':
			if (issue.origin === 'array')
				return `Deze lijst heeft minstens ${issue.minimum} item(s) nodig.`;
			if (issue.origin === 'string')
				return issue.minimum === 1
					? 'Dit veld mag niet leeg zijn.'
					: `Gebruik minstens ${issue.minimum} tekens.`;
			return `De waarde moet minstens ${issue.minimum} zijn.`;
		case 'too_big':
			if (issue.origin === 'array')
				return `Deze lijst mag hoogstens ${issue.maximum} item(s) hebben.`;
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
