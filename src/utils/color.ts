/** Colour arithmetic for the region's accent colour: WCAG contrast and derived palettes. */

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
	let h = hex.replace('#', '');
	if (h.length === 3) h = [...h].map((c) => c + c).join('');
	return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

export function rgbToHex(rgb: Rgb): string {
	return `#${rgb
		.map((c) =>
			Math.round(Math.min(255, Math.max(0, c)))
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

/** Relative luminance as defined by WCAG 2.x. */
export function luminantie(hex: string): number {
	const [r, g, b] = hexToRgb(hex).map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
	const [licht, donker] = [luminantie(a), luminantie(b)].sort((x, y) => y - x) as [number, number];
	return (licht + 0.05) / (donker + 0.05);
}

/** Mixes `kleur` with `doel` by fraction `t` (0 = kleur, 1 = doel), in sRGB. */
export function meng(kleur: string, doel: string, t: number): string {
	const a = hexToRgb(kleur);
	const b = hexToRgb(doel);
	return rgbToHex(a.map((c, i) => c + (b[i]! - c) * t) as Rgb);
}

/** The least mix of `kleur` towards `doel` that satisfies `voldoet`; `doel` itself when none does. */
export function mengTot(
	kleur: string,
	doel: string,
	voldoet: (kandidaat: string) => boolean
): string {
	for (let stap = 0; stap <= 100; stap++) {
		const kandidaat = meng(kleur, doel, stap / 100);
		if (voldoet(kandidaat)) return kandidaat;
	}
	return doel;
}

export const WIT = '#ffffff';
export const ZWART = '#000000';
/** Starlight's dark background (`--sl-color-black` in dark mode) and dark sidebar (`--sl-color-gray-6`). */
export const DONKER_ACHTERGROND = '#17181c';
export const DONKER_ZIJBALK = '#23262f';
/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** Formats a ratio the Dutch way: "3,2:1". */
export const verhouding = (waarde: number) => `${waarde.toFixed(1).replace('.', ',')}:1`;

/**
 * Checks that an accent colour can be used for text and links on a white page (WCAG AA, 4.5:1).
 * Returns undefined when it can, else a Dutch message with a compliant, darker shade of the
 * same colour.
 */
export function controleerAccent(accent: string): string | undefined {
	const ratio = contrast(accent, WIT);
	if (ratio >= MIN_CONTRAST) return undefined;
	const voorstel = voorstelAccent(accent);
	return `De accentkleur ${accent} heeft te weinig contrast met een witte achtergrond (${verhouding(ratio)}; nodig is minstens ${verhouding(MIN_CONTRAST)} voor leesbare tekst, WCAG AA). Kies een donkerdere tint, bijvoorbeeld "${voorstel}" (${verhouding(contrast(voorstel, WIT))}).`;
}

/** The least darkened shade of `accent` that has AA contrast on white (the accent itself when it has). */
export function voorstelAccent(accent: string): string {
	return mengTot(accent, ZWART, (k) => contrast(k, WIT) >= MIN_CONTRAST);
}

export interface AccentPalet {
	licht: { low: string; accent: string; high: string };
	donker: { low: string; accent: string; high: string };
}

/**
 * Starlight's three accent tokens for light and dark mode, derived from one colour so that every
 * use Starlight makes of them keeps AA contrast: links and the current sidebar item (white text on
 * the accent) in light mode; accent-high text on the dark background and on accent-low in dark mode.
 */
export function accentPalet(accent: string): AccentPalet {
	const lichtHigh = mengTot(accent, ZWART, (k) => contrast(k, WIT) >= 7);
	const lichtLow = meng(accent, WIT, 0.85);
	const donkerHigh = mengTot(
		accent,
		WIT,
		(k) => contrast(k, DONKER_ACHTERGROND) >= 7 && contrast(k, DONKER_ZIJBALK) >= MIN_CONTRAST
	);
	const donkerAccent = mengTot(accent, WIT, (k) => contrast(k, DONKER_ACHTERGROND) >= MIN_CONTRAST);
	const donkerLow = mengTot(
		accent,
		ZWART,
		(k) => contrast(k, donkerHigh) >= MIN_CONTRAST && contrast(k, DONKER_ACHTERGROND) < 2
	);
	return {
		licht: { low: lichtLow, accent, high: lichtHigh },
		donker: { low: donkerLow, accent: donkerAccent, high: donkerHigh },
	};
}
