/**
 * Lays out printed sheets on whole A4 pages. A worksheet declares how many pages it may take
 * (`werkblad.paginas`); its fields are spread over exactly that many pages, in order, as evenly as
 * possible, and the writing space grows to fill each page. A facilitator card must fit one page;
 * its text is made smaller until it does. A sheet that cannot fit gets `data-past="nee"`, which
 * the PDF build reports. When done, `<html data-vellen-klaar>` is set (the PDF build waits for it).
 *
 * Runs on screen: sheets have the same width in millimetres on screen as on paper, so what is
 * measured here is what prints.
 */

function paginaHoogte(): number {
	const meter = document.createElement('div');
	meter.style.cssText = 'position:absolute;visibility:hidden;height:var(--vel-hoogte)';
	document.body.append(meter);
	const hoogte = meter.getBoundingClientRect().height;
	meter.remove();
	return hoogte;
}

/**
 * Splits `hoogtes` into exactly `aantal` contiguous, non-empty groups so that the fullest page is
 * as empty as possible. `ruimte(i)` is the room on page i. Returns the group sizes, or undefined
 * when no split fits.
 */
export function verdeel(
	hoogtes: number[],
	aantal: number,
	ruimte: (pagina: number) => number
): number[] | undefined {
	const n = hoogtes.length;
	const som = (van: number, tot: number) => hoogtes.slice(van, tot).reduce((a, b) => a + b, 0);
	// beste[p][i]: the lowest maximum fill ratio for the first i fields on p pages.
	const beste: number[][] = Array.from({ length: aantal + 1 }, () => Array(n + 1).fill(Infinity));
	const keuze: number[][] = Array.from({ length: aantal + 1 }, () => Array(n + 1).fill(-1));
	beste[0]![0] = 0;
	for (let p = 1; p <= aantal; p++) {
		for (let i = p; i <= n; i++) {
			for (let j = p - 1; j < i; j++) {
				const vulling = som(j, i) / ruimte(p - 1);
				if (vulling > 1) continue;
				const waarde = Math.max(beste[p - 1]![j]!, vulling);
				if (waarde < beste[p]![i]!) {
					beste[p]![i] = waarde;
					keuze[p]![i] = j;
				}
			}
		}
	}
	if (!Number.isFinite(beste[aantal]![n]!)) return undefined;
	const groottes: number[] = [];
	for (let p = aantal, i = n; p > 0; p--) {
		const j = keuze[p]![i]!;
		groottes.unshift(i - j);
		i = j;
	}
	return groottes;
}

function legWerkbladAf(vel: HTMLElement, hoogte: number): void {
	const paginas = Number(vel.dataset['paginas'] ?? '1');
	const intro = vel.querySelector<HTMLElement>('.vel-intro')!;
	const lijst = vel.querySelector<HTMLOListElement>('.vel-velden')!;
	const velden = [...lijst.children] as HTMLElement[];
	const hoogtes = velden.map((veld) => veld.getBoundingClientRect().height);
	const introHoogte = intro.getBoundingClientRect().height;
	const ruimte = (pagina: number) => hoogte - (pagina === 0 ? introHoogte : 0);
	const aantal = Math.min(paginas, velden.length);
	let groottes = verdeel(hoogtes, aantal, ruimte);
	if (!groottes) {
		vel.dataset['past'] = 'nee';
		groottes = [velden.length];
	}
	// Pages without fields (more pages declared than fields) get lines for notes.
	while (groottes.length < paginas) groottes.push(0);
	let volgende = 0;
	const nieuw = groottes.map((grootte, pagina) => {
		const blad = document.createElement('div');
		blad.className = 'vel-pagina';
		if (pagina === 0) blad.append(intro);
		const ol = document.createElement('ol');
		ol.className = 'vel-velden';
		ol.start = volgende + 1;
		ol.append(...velden.slice(volgende, volgende + grootte));
		volgende += grootte;
		if (grootte === 0) {
			const notities = document.createElement('div');
			notities.className = 'veld';
			notities.innerHTML =
				'<p class="veld-label veld-notities">Aantekeningen</p><div class="veld-ruimte veld-regels" style="--regels: 20"></div>';
			blad.append(notities);
		} else {
			blad.append(ol);
		}
		return blad;
	});
	lijst.replaceWith(...nieuw);
}

function legKaartAf(kaart: HTMLElement): void {
	// The card has a fixed A4 height and hides overflow; shrink the text until nothing overflows.
	let grootte = 11;
	while (kaart.scrollHeight > kaart.clientHeight + 1 && grootte > 8) {
		grootte -= 0.25;
		kaart.style.setProperty('--vel-lettergrootte', `${grootte}pt`);
	}
	if (kaart.scrollHeight > kaart.clientHeight + 1) kaart.dataset['past'] = 'nee';
}

export function legVellenAf(): void {
	const hoogte = paginaHoogte();
	for (const vel of document.querySelectorAll<HTMLElement>('.werkblad')) legWerkbladAf(vel, hoogte);
	for (const kaart of document.querySelectorAll<HTMLElement>('.kaart')) legKaartAf(kaart);
	document.documentElement.dataset['vellenKlaar'] = '';
}
