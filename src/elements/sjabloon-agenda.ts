/**
 * <sjabloon-agenda>: on an agenda template (a list field with `agenda: sessie-1|sessie-2`), takes
 * the agenda planned in the session planner from the URL fragment (`#start=13:15&items=…`, the
 * planner's own encoding; nothing reaches a server) and puts it in the programme, one line per
 * item with clock times and minutes. What the reader wrote there is never overwritten silently:
 * the element asks first, in the page ("Vervang agenda" / "Houd mijn agenda"). The filled field is
 * stored by <werkblad-invullen> as usual (an input event on its form), so printing, copying and
 * the Word file have it too. A broken or foreign fragment gives a Dutch message and changes nothing.
 */
import { agendaRegels, leesAgendaHash, type WerkvormKort } from '../hulpmiddelen/sessieplan.ts';
import { h, Meldingen, toonScriptDelen } from './gedeeld.ts';

type Kort = Pick<WerkvormKort, 'slug' | 'titel' | 'duur'>;

class SjabloonAgenda extends HTMLElement {
	#werkvormen = new Map<string, Kort>();
	#meldingen!: Meldingen;
	#invullen: HTMLElement | null = null;
	/** The list field's name: `<template slug>-veld-<index>`. */
	#naam = '';

	connectedCallback(): void {
		this.#meldingen = new Meldingen(this);
		this.#naam = this.dataset['naam'] ?? '';
		const lijst = JSON.parse(
			this.querySelector('script[data-werkvormen]')?.textContent ?? '[]'
		) as Kort[];
		this.#werkvormen = new Map(lijst.map((w) => [w.slug, w]));
		this.#invullen = document.querySelector(`werkblad-invullen[data-sjabloon]`);
		toonScriptDelen(this);
		addEventListener('hashchange', () => void this.#verwerk());
		void this.#verwerk();
	}

	#invoer(): HTMLInputElement[] {
		return [
			...(this.#invullen?.querySelectorAll<HTMLInputElement>(
				`input[name="${CSS.escape(this.#naam)}"]`
			) ?? []),
		];
	}

	/** Waits until <werkblad-invullen> has restored the stored answers (it sets `data-klaar`). */
	async #hersteld(): Promise<void> {
		await customElements.whenDefined('werkblad-invullen');
		const el = this.#invullen;
		if (!el || el.hasAttribute('data-klaar')) return;
		await new Promise<void>((klaar) => {
			const kijker = new MutationObserver(() => {
				if (!el.hasAttribute('data-klaar')) return;
				kijker.disconnect();
				klaar();
			});
			kijker.observe(el, { attributes: true, attributeFilter: ['data-klaar'] });
		});
	}

	async #verwerk(): Promise<void> {
		const gelezen = leesAgendaHash(location.hash, new Set(this.#werkvormen.keys()));
		if (gelezen.soort === 'geen') return;
		if (gelezen.soort === 'fout') {
			this.#meldingen.fout(gelezen.melding);
			return;
		}
		const regels = agendaRegels(gelezen.plan, this.#werkvormen);
		await this.#hersteld();
		const invoer = this.#invoer();
		if (!invoer.length) return;
		if (!regels.length) {
			this.#meldingen.fout(
				'In deze agenda staat geen werkvorm die dit werkboek heeft. Er is niets veranderd aan je sjabloon.'
			);
			return;
		}
		if (regels.length > invoer.length) {
			this.#meldingen.fout(
				`De agenda uit de sessieplanner heeft ${regels.length} onderdelen, maar het programma heeft ${invoer.length} regels. Er is niets veranderd aan je sjabloon. Maak de planning korter, of vul het programma zelf in.`
			);
			return;
		}
		const nu = invoer.map((el) => el.value.trim());
		const nieuw = invoer.map((_, i) => regels[i] ?? '');
		if (nu.every((waarde, i) => waarde === nieuw[i])) {
			this.#klaar('De agenda uit de sessieplanner stond al in het programma.');
			return;
		}
		// What the reader wrote: not empty, and not the template's own text (its default value).
		const eigen = nu.some(Boolean) && invoer.some((el) => el.value !== el.defaultValue);
		if (!eigen) {
			this.#vervang(nieuw);
			return;
		}
		this.#vraag(regels, nieuw);
	}

	/** Asks in the page whether to replace the reader's own agenda; focus goes to the question. */
	#vraag(regels: string[], nieuw: string[]): void {
		const vraag = this.querySelector<HTMLElement>('[data-vraag]');
		if (!vraag) return;
		vraag.querySelector('[data-regels]')?.replaceChildren(...regels.map((r) => h('li', r)));
		vraag.hidden = false;
		vraag.focus();
		const vervang = vraag.querySelector<HTMLButtonElement>('[data-keuze="vervang"]')!;
		const houd = vraag.querySelector<HTMLButtonElement>('[data-keuze="houd"]')!;
		const kies = (ja: boolean) => {
			vervang.onclick = houd.onclick = null;
			vraag.hidden = true;
			if (ja) this.#vervang(nieuw);
			else
				this.#klaar(
					'Je eigen agenda is gebleven. De agenda uit de sessieplanner is niet overgenomen.'
				);
			// The question is gone: put focus where the reader goes on, the programme's first line.
			this.#invoer()[0]?.focus();
		};
		vervang.onclick = () => kies(true);
		houd.onclick = () => kies(false);
	}

	#vervang(nieuw: string[]): void {
		this.#invoer().forEach((el, i) => (el.value = nieuw[i] ?? ''));
		// <werkblad-invullen> stores on input, as when the reader types.
		this.#invoer()[0]?.form?.dispatchEvent(new Event('input', { bubbles: true }));
		this.#klaar(
			'De agenda uit de sessieplanner staat in het programma en is bewaard. Opening en afsluiting staan niet in de sessieplanner: zet die zelf in een lege regel als je ze wilt noemen.'
		);
	}

	/** Done with the plan: say so and take it out of the address, so a reload does not ask again. */
	#klaar(melding: string): void {
		this.#meldingen.goed(melding);
		history.replaceState(null, '', location.pathname + location.search);
	}
}

customElements.define('sjabloon-agenda', SjabloonAgenda);
