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
export class WerkboekError extends AstroError {
	readonly titel: string;
	readonly problemen: Probleem[];

	constructor(titel: string, problemen: Probleem[], hint: string) {
		super(formatProblems(titel, problemen), `Wat nu: ${hint}`);
		this.name = 'WerkboekError';
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
export function astroError(bericht: string, hint: string): AstroError {
	const fout = new AstroError(bericht, hint);
	fout.stack = '';
	return fout;
}

export function formatLocation(p: Probleem): string {
	return `${p.bestand}${p.regel ? `:${p.regel}` : ''}${p.veld ? ` · ${p.veld}` : ''}`;
}

/** The title and every problem, one per line; with `hint`, a paragraph "Wat nu: …" after them. */
export function formatProblems(titel: string, problemen: Probleem[], hint?: string): string {
	const aantal = problemen.length === 1 ? '1 probleem' : `${problemen.length} problemen`;
	const regels = problemen.map((p) => `  ✗ ${formatLocation(p)}\n    ${p.bericht}`);
	return `${titel} (${aantal}):\n${regels.join('\n')}${hint === undefined ? '' : `\n\nWat nu: ${hint}`}`;
}

// The Dutch zod messages live apart, without Astro, so the region wizard's page script can use them too.
export { dutchErrorMap } from './zod-messages.ts';

/** Turns zod issues into problems; `regelVan` maps a field path to a line number. */
export function problemsFromZod(
	issues: z.core.$ZodIssue[],
	bestand: string,
	regelVan: (pad: PropertyKey[]) => number | undefined
): Probleem[] {
	return issues.map((issue) => {
		const pad =
			issue.code === 'unrecognized_keys' && issue.keys.length === 1
				? [...issue.path, issue.keys[0]!]
				: issue.path;
		const veld = pad.map(String).join('.');
		return {
			bestand,
			...(veld ? { veld } : {}),
			...(regelVan(pad) ? { regel: regelVan(pad)! } : {}),
			bericht: issue.message,
		};
	});
}
