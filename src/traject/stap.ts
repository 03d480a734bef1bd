import { stapSchema, type Stap } from '../schemas/traject.ts';

/**
 * The step data of a chapter. MDX pages pass their raw frontmatter (`frontmatter.stap`), which the
 * content collection has validated already; parsed again here for the schema's defaults.
 */
export function leesStap(ruw: unknown, pagina = 'deze stap'): Stap {
	const resultaat = stapSchema.safeParse(ruw);
	if (!resultaat.success) {
		throw new Error(
			`De gegevens van ${pagina} (stap in de frontmatter) kloppen niet: ${resultaat.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
		);
	}
	return resultaat.data;
}

/** "week 7" or "week 3 tot en met 6"; the words of `wanneer` when the step has no weeks. */
export function wanneerTekst(stap: Stap): string {
	const { weken, wanneer } = stap;
	const week = weken
		? weken.van === weken.tot
			? `Week ${weken.van}`
			: `Week ${weken.van} tot en met ${weken.tot}`
		: undefined;
	return [week, wanneer].filter(Boolean).join(': ') || 'Wanneer het jullie past';
}
