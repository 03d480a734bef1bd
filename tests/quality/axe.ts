import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG levels the workbook promises: 2.2 AA (and so everything in 2.0 and 2.1 A/AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colours. Starlight's themes differ only in CSS custom
 * properties under `<html data-theme>`, so every other rule sees the same DOM in both themes: the
 * full rule set runs in light mode, the colour rules run again in dark mode.
 */
export const KLEURREGELS = ['color-contrast', 'link-in-text-block'];

/** Accepted findings: one rule on one element, with the reason. Never a whole rule switched off. */
export const UITZONDERINGEN: { regel: string; selector: string; reden: string }[] = [
	{
		regel: 'label-content-name-mismatch',
		selector: 'button[data-open-modal=""]',
		reden:
			'Starlight\'s search button is named "Zoeken" and shows "Zoeken" plus the shortcut hint "Ctrl K" in <kbd>. ' +
			'The hint is not part of the label (WCAG 2.5.3 is about the label text) and the shortcut is exposed with ' +
			'aria-keyshortcuts; Starlight chose this markup on purpose (withastro/starlight#2025). Changing it would mean ' +
			'copying a core component.',
	},
];

/**
 * axe on the page as it is now. Legacy mode runs axe in the page itself: the default mode opens an
 * extra blank page per analysis to merge results across frames, which costs more than the analysis
 * on our pages, and they have no iframes.
 */
export async function axeBevindingen(page: Page, label: string, tags: string[]): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.withTags(tags)
		.analyze();
	return filter(label, violations);
}

/**
 * Runs only `regels` again with the axe that {@link axeBevindingen} injected into this page. Injecting
 * axe (half a megabyte of script) costs as much as a run, so the second pass reuses it.
 */
export async function axeOpnieuw(page: Page, label: string, regels: string[]): Promise<string[]> {
	const violations = await page.evaluate(
		(values) =>
			(window as unknown as { axe: typeof import('axe-core') }).axe
				.run(document, { runOnly: { type: 'rule', values }, resultTypes: ['violations'] })
				.then((r) => r.violations),
		regels
	);
	return filter(label, violations);
}

function filter(label: string, violations: Result[]): string[] {
	return violations.flatMap((v: Result) =>
		v.nodes
			.filter(
				(node) =>
					!UITZONDERINGEN.some((u) => u.regel === v.id && node.target.join(' ') === u.selector)
			)
			.map(
				(node) =>
					`${label} · ${v.id} · ${node.target.join(' ')} · ${node.failureSummary?.split('\n')[1]?.trim() ?? v.help}`
			)
	);
}
