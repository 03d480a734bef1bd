import type { Regio } from '../schemas/regio.ts';

/**
 * CSS that themes Starlight with the region's accent colour. Starlight's accent tokens
 * (`--sl-color-accent-low/-/-high`) are derived with `color-mix()` so that one colour gives a
 * light and a dark palette; print styles read the same tokens.
 */
export function accentCss(regio: Regio): string {
	const accent = regio.kleuren?.accent;
	if (!accent) return '/* De regio heeft geen accentkleur; Starlight gebruikt zijn eigen kleuren. */\n';
	return `@layer werkboek.regio {
:root {
	--werkboek-accent: ${accent};
	--sl-color-accent-low: color-mix(in oklab, ${accent} 35%, black);
	--sl-color-accent: color-mix(in oklab, ${accent} 60%, white);
	--sl-color-accent-high: color-mix(in oklab, ${accent} 20%, white);
}
:root[data-theme='light'] {
	--sl-color-accent-low: color-mix(in oklab, ${accent} 18%, white);
	--sl-color-accent: ${accent};
	--sl-color-accent-high: color-mix(in oklab, ${accent} 70%, black);
}
}
`;
}
