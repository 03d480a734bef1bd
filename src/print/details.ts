/**
 * Opens every closed <details> before the browser prints and closes them again afterwards, so a
 * printed page never hides text. (Chromium's print stylesheet also shows their content through
 * `::details-content`; this covers the other browsers.)
 */
export function openDetailsBijPrinten(): void {
	let geopend: HTMLDetailsElement[] = [];
	addEventListener('beforeprint', () => {
		geopend = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
		for (const details of geopend) details.open = true;
	});
	addEventListener('afterprint', () => {
		for (const details of geopend) details.open = false;
		geopend = [];
	});
}
