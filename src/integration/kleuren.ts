import type { Regio } from '../schemas/regio.ts';
import { accentPalet } from '../utils/kleur.ts';

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
	if (!accent) return `${volgorde}/* De regio heeft geen accentkleur; Starlight gebruikt zijn eigen kleuren. */\n`;
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
