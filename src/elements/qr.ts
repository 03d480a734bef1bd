/**
 * Draws a QR code as SVG rectangles. The encoder (the `qr` package) is loaded on first use, so a
 * page that never shows a QR code does not download it. Dark modules on a white square with the
 * quiet zone of four modules the standard asks for, in light and dark mode alike: cameras read
 * dark-on-light best. (The encoder adds one module of border; three more are drawn here.)
 */
const SVG = 'http://www.w3.org/2000/svg';
const RAND = 3;
let laatste = 0;

export async function tekenQr(svg: SVGSVGElement, tekst: string): Promise<void> {
	const beurt = ++laatste;
	const { default: encodeQR } = await import('qr');
	// A later call may have finished first: only the newest text is drawn.
	if (beurt !== laatste) return;
	const matrix = encodeQR(tekst, 'raw', { ecc: 'medium', border: 1 });
	const maat = matrix.length + 2 * RAND;
	let pad = '';
	matrix.forEach((rij, y) => {
		rij.forEach((donker, x) => {
			if (donker) pad += `M${x + RAND} ${y + RAND}h1v1h-1z`;
		});
	});
	const achter = document.createElementNS(SVG, 'rect');
	achter.setAttribute('width', String(maat));
	achter.setAttribute('height', String(maat));
	achter.setAttribute('fill', '#fff');
	const modules = document.createElementNS(SVG, 'path');
	modules.setAttribute('d', pad);
	modules.setAttribute('fill', '#000');
	svg.setAttribute('viewBox', `0 0 ${maat} ${maat}`);
	svg.setAttribute('shape-rendering', 'crispEdges');
	svg.dataset['klaar'] = '';
	svg.replaceChildren(achter, modules);
}
