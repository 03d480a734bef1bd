/**
 * <sjabloon-acties>: the two extra buttons of a template page (src/pages/sjablonen/[slug].astro):
 * copy the filled-in template as formatted text (HTML and plain text on the clipboard, so it pastes
 * cleanly into Word and Outlook, and as text anywhere else), and download it as a Word file. The
 * Word library is loaded only when that button is used. Filling in, storage, export and import are
 * the worksheet's element (<werkblad-invullen data-sjabloon>), which this one sits inside.
 */
import type { GevuldSjabloon } from '../sjablonen/fill.ts';
import { maakDocument, naarHtml, naarTekst } from '../hulpmiddelen/sjabloon-document.ts';
import type { Antwoorden } from '../hulpmiddelen/werkblad.ts';
import { datum, Meldingen } from './gedeeld.ts';

/** The answers as typed in the form now, keyed like the stored ones (field id). */
export function leesFormulier(form: HTMLFormElement, sjabloon: GevuldSjabloon): Antwoorden {
	const antwoorden: Antwoorden = {};
	for (const blok of sjabloon.blokken) {
		if (blok.soort !== 'veld') continue;
		const { index, id, type } = blok.veld;
		const invoer = [
			...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
				`[name="${sjabloon.slug}-veld-${index}"]`
			),
		];
		if (type === 'tekst') antwoorden[id] = invoer[0]?.value ?? '';
		else if (type === 'schaal') {
			const gekozen = invoer.find((el) => (el as HTMLInputElement).checked);
			if (gekozen) antwoorden[id] = Number(gekozen.value);
		} else if (type === 'keuze')
			antwoorden[id] = invoer
				.filter((el) => (el as HTMLInputElement).checked)
				.map((el) => el.value);
		else antwoorden[id] = invoer.map((el) => el.value);
	}
	return antwoorden;
}

class SjabloonActies extends HTMLElement {
	connectedCallback(): void {
		const sjabloon = JSON.parse(this.dataset['sjabloon'] ?? 'null') as GevuldSjabloon | null;
		const form = this.closest('werkblad-invullen')?.querySelector('form');
		const root = this.closest('werkblad-invullen') ?? this;
		if (!sjabloon || !form) return;
		const meldingen = new Meldingen(root);
		const document = () => maakDocument(sjabloon, leesFormulier(form, sjabloon));

		this.querySelector('[data-actie="kopieer"]')?.addEventListener('click', async () => {
			const delen = document();
			try {
				await navigator.clipboard.write([
					new ClipboardItem({
						'text/html': new Blob([naarHtml(delen)], { type: 'text/html' }),
						'text/plain': new Blob([naarTekst(delen)], { type: 'text/plain' }),
					}),
				]);
				meldingen.goed(
					'Gekopieerd. Plak de tekst in je e-mail of document; koppen, lijsten en tabellen blijven staan.'
				);
			} catch {
				meldingen.fout(
					'Kopiëren lukte niet: je browser staat het niet toe. Download het sjabloon als Word-bestand, of selecteer de tekst en kopieer die zelf.'
				);
			}
		});

		this.querySelector('[data-actie="word"]')?.addEventListener('click', async (e) => {
			const knop = e.currentTarget as HTMLButtonElement;
			knop.disabled = true;
			try {
				const { maakDocx } = await import('../hulpmiddelen/sjabloon-docx.ts');
				const blob = await maakDocx(document(), {
					titel: sjabloon.titel,
					auteur: this.dataset['regio'] ?? '',
				});
				const url = URL.createObjectURL(blob);
				const a = Object.assign(window.document.createElement('a'), {
					href: url,
					download: `${sjabloon.slug}-${datum()}.docx`,
				});
				window.document.body.append(a);
				a.click();
				a.remove();
				setTimeout(() => URL.revokeObjectURL(url), 1000);
				meldingen.goed('Het Word-bestand staat in je downloads.');
			} catch {
				meldingen.fout(
					'Het Word-bestand kon niet gemaakt worden. Probeer het opnieuw, of kopieer de tekst.'
				);
			} finally {
				knop.disabled = false;
			}
		});
	}
}

customElements.define('sjabloon-acties', SjabloonActies);
