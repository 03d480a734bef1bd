/**
 * Validation of the region wizard's form by the build's own schema and Dutch messages, the same
 * that `npm run check` and the build use. Loaded by the page on first use (zod is most of its weight).
 */
import { regioSchema, type Regio } from '../schemas/regio.ts';
import { dutchErrorMap } from '../utils/zod-messages.ts';
import { naarInvoer, type Formulier, type VeldFout } from './invulhulp.ts';

export type Uitslag = { ok: true; regio: Regio; fouten: [] } | { ok: false; fouten: VeldFout[] };

/** Validates the form with the build's schema and messages (the same as `npm run check`). */
export function valideer(f: Formulier): Uitslag {
	const resultaat = regioSchema.safeParse(naarInvoer(f), { error: dutchErrorMap });
	if (resultaat.success) return { ok: true, regio: resultaat.data, fouten: [] };
	return {
		ok: false,
		fouten: resultaat.error.issues.map((issue) => {
			// As problemsFromZod does for the build: an unknown field is reported at its own path.
			const pad =
				issue.code === 'unrecognized_keys' && issue.keys.length === 1
					? [...issue.path, issue.keys[0]!]
					: issue.path;
			return { pad: pad.map(String).join('.'), bericht: issue.message };
		}),
	};
}
