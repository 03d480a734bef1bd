import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The widths the layout sweep looks at: a phone (touch) and a laptop. */
export const SCHERMEN = [
	{ naam: '390', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
	{ naam: '1280', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
] as const;

/**
 * The layout problems a reader sees at once and that can be measured in the page as it is now:
 * - the page scrolls sideways, or an element scrolls sideways without showing that it does (the
 *   scroll shadows of src/styles/werkboek.css);
 * - an element with the `hidden` attribute that a stylesheet displays anyway;
 * - a drawing or image rendered far larger or smaller than its width attribute (the Balansmeter's
 *   18 px legend icons once rendered 211 px wide);
 * - text cut off by a box that hides its overflow (or ends it with an ellipsis);
 * - an interactive target under 24×24 CSS px (WCAG 2.5.8), except links in running text, a radio
 *   or checkbox whose label is large enough, and a target with 24 px of room around its centre.
 * Returns one readable line per problem.
 */
export async function opmaakProblemen(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problemen: string[] = [];
		const zichtbaar = (el: Element) => {
			const r = el.getBoundingClientRect();
			if (r.width < 2 || r.height < 2) return false; // also .sr-only (1 px, clipped)
			const cs = getComputedStyle(el);
			return (
				cs.visibility !== 'hidden' &&
				cs.display !== 'none' &&
				!el.closest('[hidden], [aria-hidden="true"] [hidden]')
			);
		};
		const naam = (el: Element) => {
			const id = el.id ? `#${el.id}` : '';
			const klassen =
				typeof el.className === 'string' && el.className.trim()
					? `.${el.className
							.trim()
							.split(/\s+/)
							.filter((k) => !k.startsWith('astro-'))
							.slice(0, 2)
							.join('.')}`
					: '';
			const tekst = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			return `<${el.localName}${id}${klassen === '.' ? '' : klassen}>${tekst ? ` "${tekst}"` : ''}`;
		};

		// An element marked hidden that a stylesheet shows anyway (a content table is display: block).
		for (const el of document.body.querySelectorAll('[hidden]:not([hidden="until-found"])')) {
			if (getComputedStyle(el).display !== 'none')
				problemen.push(`${naam(el)} heeft hidden maar is zichtbaar`);
		}

		const doc = document.scrollingElement ?? document.documentElement;
		if (doc.scrollWidth > window.innerWidth + 1)
			problemen.push(`de pagina schuift opzij (${doc.scrollWidth} px op ${window.innerWidth} px)`);

		for (const el of document.body.querySelectorAll('*')) {
			if (!zichtbaar(el)) continue;
			const cs = getComputedStyle(el);
			const breder = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
			if (breder && ['auto', 'scroll'].includes(cs.overflowX)) {
				if (!cs.backgroundImage.includes('gradient'))
					problemen.push(`${naam(el)} schuift opzij zonder dat te laten zien`);
			} else if (
				breder &&
				['hidden', 'clip'].includes(cs.overflowX) &&
				(el.textContent ?? '').trim() &&
				!el.closest('svg')
			) {
				problemen.push(
					`${naam(el)}: tekst afgesneden (${el.scrollWidth} px in ${el.clientWidth} px)`
				);
			}
			if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
				problemen.push(`${naam(el)}: tekst afgekapt met …`);
		}

		for (const el of document.body.querySelectorAll<SVGSVGElement | HTMLImageElement>(
			'svg[width], img[width]'
		)) {
			const gezegd = Number(el.getAttribute('width'));
			if (
				!Number.isFinite(gezegd) ||
				gezegd <= 0 ||
				!zichtbaar(el) ||
				el.closest('svg') !== (el.localName === 'svg' ? el : null)
			)
				continue;
			const breedte = el.getBoundingClientRect().width;
			// Scaled down to the width of its column (max-width: 100%) is how a large screenshot should show.
			const vult = breedte >= (el.parentElement?.clientWidth ?? Infinity) - 2;
			if (breedte > gezegd * 2 + 1 || (breedte < gezegd / 2.5 && !vult))
				problemen.push(`${naam(el)} is ${Math.round(breedte)} px breed, width="${gezegd}"`);
		}

		const doelen = [
			...document.body.querySelectorAll<HTMLElement>(
				'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])'
			),
		].filter((el) => zichtbaar(el) && !(el as HTMLButtonElement).disabled);
		const vakken = doelen.map((el) => el.getBoundingClientRect());
		doelen.forEach((el, i) => {
			const r = vakken[i]!;
			if (r.width >= 24 && r.height >= 24) return;
			// A link in running text (WCAG 2.5.8 "inline" exception).
			if (el.localName === 'a' && getComputedStyle(el).display === 'inline') {
				const blok =
					el.parentElement?.closest('p, li, td, th, dd, figcaption, caption, blockquote, label') ??
					el.parentElement;
				if ((blok?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length) return;
			}
			// A radio or checkbox whose label (the larger target) is big enough.
			const label = (el as HTMLInputElement).labels?.[0];
			if (label) {
				const l = label.getBoundingClientRect();
				if (l.width >= 24 && l.height >= 24) return;
			}
			// Spacing exception: a 24 px square around the target's centre touches no other target.
			const cx = r.left + r.width / 2;
			const cy = r.top + r.height / 2;
			const vrij = vakken.every(
				(ander, j) =>
					j === i ||
					doelen[j]!.contains(el) ||
					el.contains(doelen[j]!) ||
					ander.right <= cx - 12 ||
					ander.left >= cx + 12 ||
					ander.bottom <= cy - 12 ||
					ander.top >= cy + 12
			);
			if (!vrij)
				problemen.push(
					`${naam(el)}: doel ${Math.round(r.width)}×${Math.round(r.height)} px, kleiner dan 24×24`
				);
		});
		return problemen;
	});
}

const require = createRequire(import.meta.url);
let aceBron: string | undefined;

/** Rule sets of the IBM Equal Access engine that match the workbook's promise (WCAG 2.2 AA). */
export const IBM_REGELSET = 'WCAG_2_2';

/**
 * Accepted findings of the IBM engine: one rule on one element (by its DOM path), with the reason.
 * Only what Starlight renders and the project cannot change without copying a core component.
 */
export const IBM_UITZONDERINGEN: { regel: string; snippet: RegExp; reden: string }[] = [
	{
		regel: 'aria_complementary_labelled',
		snippet: /^<aside class="right-sidebar-container /,
		reden:
			'Starlight renders the column with "Op deze pagina" as an unlabelled <aside> (TwoColumnContent.astro); the <nav> inside it ' +
			'is labelled. IBM wants every complementary landmark named (a best practice, WCAG 1.3.1 "potential"); axe accepts it. ' +
			'Naming it means copying a core layout component.',
	},
	{
		regel: 'label_name_visible',
		snippet: /^<button [^>]*aria-keyshortcuts="Control\+K"/,
		reden:
			'Starlight\'s search button (Search.astro): named "Zoeken", showing "Zoeken" plus the shortcut "Ctrl K" in <kbd>; the ' +
			'same finding axe reports as label-content-name-mismatch (see UITZONDERINGEN in axe.ts, withastro/starlight#2025).',
	},
];

/**
 * Runs the IBM Equal Access accessibility engine (npm `accessibility-checker-engine`) in the page:
 * a second, independent engine next to axe. Its script is evaluated through the DevTools protocol,
 * which the page's Content-Security-Policy does not apply to (as axe is injected). Returns the
 * violations (rules that FAIL), one readable line each.
 */
export async function ibmBevindingen(page: Page, label: string): Promise<string[]> {
	aceBron ??= readFileSync(require.resolve('accessibility-checker-engine/ace.js'), 'utf8');
	if (!(await page.evaluate(() => 'ace' in window)))
		await page.evaluate(`${aceBron}\n;window.ace = ace;`);
	const resultaten = await page.evaluate(async (regelset) => {
		const checker = new (
			window as unknown as {
				ace: {
					Checker: new () => {
						check: (
							d: Document,
							r: string[]
						) => Promise<{
							results: {
								ruleId: string;
								value: [string, string];
								path: { dom: string };
								message: string;
								snippet: string;
							}[];
						}>;
					};
				};
			}
		).ace.Checker();
		const rapport = await checker.check(document, [regelset]);
		return rapport.results
			.filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
			.map((r) => ({
				regel: r.ruleId,
				pad: r.path.dom,
				bericht: r.message,
				snippet: r.snippet.slice(0, 120),
			}));
	}, IBM_REGELSET);
	return resultaten
		.filter(
			(r) => !IBM_UITZONDERINGEN.some((u) => u.regel === r.regel && u.snippet.test(r.snippet))
		)
		.map((r) => `${label} · ${r.regel} · ${r.pad} · ${r.bericht} · ${r.snippet}`);
}
