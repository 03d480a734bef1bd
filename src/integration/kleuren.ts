import type { Regio } from '../schemas/regio.ts';
import { accentPalet } from '../utils/color.ts';

/**
 * CSS that themes Starlight with the region's accent colour: Starlight's accent tokens
 * (`--sl-color-accent-low/-/-high`) for dark and light mode, computed so that text keeps WCAG AA
 * contrast in both. Print styles read the same tokens.
 */
export function accentCss(regio: Regio): string {
	// This is the first stylesheet of every page: it fixes the order of the cascade layers, with
	// Starlight's before the workbook's (see src/styles/werkboek.css).
	const volgorde = '@layer starlight, werkboek;\n';
	const accent = regio.kleuren?.accent;
	if (!accent)
		return `${volgorde}/* De regio heeft geen accentkleur; Starlight gebruikt zijn eigen kleuren. */\n`;
	const { licht, donker } = accentPalet(accent);
	return `${volgorde}@layer werkboek.regio {
:root {
	--werkboek-accent: ${accent};
	--sl-color-accent-low: ${donker.low};
	--sl-color-accent: ${donker.accent};
	--sl-color-accent-high: ${donker.high};
}
:root[data-theme='light'] {
	--sl-color-accent-low: ${licht.low};
	--sl-color-accent: ${licht.accent};
	--sl-color-accent-high: ${licht.high};
}
}
`;
}

/**
 * The region's accent for paper. Starlight's print.css is unlayered and sets its own blue accent
 * for paper; the region's light-mode accent must win there, so this rule is unlayered and more
 * specific.
 */
export function printAccentCss(regio: Regio): string {
	const accent = regio.kleuren?.accent;
	if (!accent) return '/* Geen accentkleur: in print gelden de kleuren van Starlight. */\n';
	const { licht } = accentPalet(accent);
	return `@media print {\n:root:root {\n\t--sl-color-accent-low: ${licht.low};\n\t--sl-color-accent: ${licht.accent};\n\t--sl-color-accent-high: ${licht.high};\n\t--sl-color-text-accent: ${licht.high};\n}\n}\n`;
}
