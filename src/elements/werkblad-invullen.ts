// Validation (zod) is loaded only when there is something to read: stored answers or an imported file.
const validatie = () => import('../hulpmiddelen/werkblad.ts');

/**
 * <werkblad-invullen>: upgrades the worksheet form on a working method's page. Answers are saved
 * in this browser on every change, restored on load, exported to and imported from a JSON file,
 * and cleared after confirmation. The form itself is plain HTML, so it also works without this.
 */
import { WERKBLAD_FORMAAT, WERKBLAD_VERSIE } from '../hulpmiddelen/formaten.ts';
import type { Antwoorden, AntwoordZonderVraag, VeldVorm, WerkbladBestand } from '../hulpmiddelen/werkblad.ts';
import { bewaarBestand, datum, h, kiesBestanden, leesBestand, Meldingen, siteOpslag, tijdstip, toonScriptDelen } from './gedeeld.ts';

class WerkbladInvullen extends HTMLElement {
	#werkvorm = '';
	#velden: VeldVorm[] = [];
	#opslag = siteOpslag();
	#meldingen!: Meldingen;
	#form: HTMLFormElement | null = null;
	/** Saved answers whose field is no longer on this worksheet: kept, shown and exported. */
	#zonderVraag: AntwoordZonderVraag[] = [];

	connectedCallback(): void {
		this.#werkvorm = this.dataset['werkvorm'] ?? '';
		this.#velden = JSON.parse(this.dataset['velden'] ?? '[]') as VeldVorm[];
		this.#form = this.querySelector('form');
		this.#meldingen = new Meldingen(this);
		if (!this.#form || !this.#werkvorm) return;
		toonScriptDelen(this);

		void this.#herstel();
		this.#form.addEventListener('input', () => this.#bewaar());
		this.#form.addEventListener('change', () => this.#bewaar());
		this.#form.addEventListener('submit', (e) => e.preventDefault());
		this.querySelector('[data-actie="exporteer"]')?.addEventListener('click', () => this.#exporteer());
		this.querySelector('[data-actie="druk"]')?.addEventListener('click', () => print());
		this.querySelector('[data-actie="wis"]')?.addEventListener('click', () => this.#wis());
		kiesBestanden(this.querySelector('[data-actie="importeer"]'), this.querySelector('[data-invoer="importeer"]'), ([bestand]) => {
			if (bestand) void this.#importeer(bestand);
		});
	}

	/** Restores stored answers, then marks the element ready (`data-klaar`). */
	async #herstel(): Promise<void> {
		const bewaard = this.#opslag.lees(this.#sleutel);
		if (bewaard !== undefined) {
			const { leesWerkblad, verdeel } = await validatie();
			const gelezen = leesWerkblad(bewaard, this.#werkvorm, this.#velden);
			// Typing may have started while the check loaded: never overwrite that.
			if (gelezen.ok && !this.dataset['bewaard']) {
				const { passend, zonderVraag } = verdeel(gelezen.data, this.#velden);
				this.#vul(passend);
				this.#zetZonderVraag(zonderVraag);
				this.#meldingen.goed(
					zonderVraag.length
						? `Je eerder ingevulde antwoorden staan weer klaar. ${zonderVraag.length === 1 ? 'Eén antwoord hoort' : `${zonderVraag.length} antwoorden horen`} bij een vraag die niet meer op dit werkblad staat: zie "Antwoorden zonder vraag".`
						: 'Je eerder ingevulde antwoorden staan weer klaar.',
				);
			}
		}
		this.dataset['klaar'] = '';
	}

	get #sleutel(): string {
		return `werkblad:${this.#werkvorm}`;
	}

	#invoer(index: number): (HTMLInputElement | HTMLTextAreaElement)[] {
		return [...this.#form!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${this.#werkvorm}-veld-${index}"]`)];
	}

	/** The answers in the form, by field id. */
	#lees(): Antwoorden {
		const antwoorden: Antwoorden = {};
		this.#velden.forEach((veld, i) => {
			const invoer = this.#invoer(i);
			if (veld.type === 'tekst') {
				const waarde = invoer[0]?.value ?? '';
				if (waarde) antwoorden[veld.id] = waarde;
			} else if (veld.type === 'schaal') {
				const gekozen = invoer.find((el) => (el as HTMLInputElement).checked);
				if (gekozen) antwoorden[veld.id] = Number(gekozen.value);
			} else {
				const waarden = invoer.map((el) => el.value);
				if (waarden.some(Boolean)) antwoorden[veld.id] = waarden;
			}
		});
		return antwoorden;
	}

	#vul(antwoorden: Antwoorden): void {
		this.#form!.reset();
		this.#velden.forEach((veld, i) => {
			const waarde = antwoorden[veld.id];
			if (waarde === undefined) return;
			const invoer = this.#invoer(i);
			if (veld.type === 'schaal') {
				for (const el of invoer) (el as HTMLInputElement).checked = Number(el.value) === waarde;
			} else if (Array.isArray(waarde)) {
				invoer.forEach((el, j) => (el.value = waarde[j] ?? ''));
			} else if (invoer[0]) {
				invoer[0].value = String(waarde);
			}
		});
	}

	/** What is saved and exported: the form's answers and the kept answers without a field, each with its question. */
	#bestand(): WerkbladBestand {
		const antwoorden: Antwoorden = {};
		const vragen: Record<string, string> = {};
		for (const oud of this.#zonderVraag) {
			antwoorden[oud.id] = oud.waarde;
			if (oud.vraag) vragen[oud.id] = oud.vraag;
		}
		const ingevuld = this.#lees();
		for (const veld of this.#velden) {
			if (ingevuld[veld.id] === undefined) continue;
			antwoorden[veld.id] = ingevuld[veld.id]!;
			vragen[veld.id] = veld.label;
		}
		return { formaat: WERKBLAD_FORMAAT, versie: WERKBLAD_VERSIE, werkvorm: this.#werkvorm, opgeslagen: new Date().toISOString(), antwoorden, vragen };
	}

	/**
	 * Shows the kept answers without a field under the form ("Antwoorden zonder vraag"), with their
	 * question as it read, and a button to remove them; prints with the sheet.
	 */
	#zetZonderVraag(lijst: AntwoordZonderVraag[]): void {
		this.#zonderVraag = lijst;
		this.querySelector('[data-zonder-vraag]')?.remove();
		if (!lijst.length) return;
		void validatie().then(({ antwoordTekst }) => {
			const verwijder = h('button', 'Verwijder de antwoorden zonder vraag', { type: 'button', class: 'hulpmiddel-knop niet-printen' });
			const sectie = h('section', [
				h('h3', 'Antwoorden zonder vraag', { id: 'zonder-vraag' }),
				h('p', 'Deze antwoorden gaf je bij een vraag die niet meer op dit werkblad staat, omdat het werkblad is bijgewerkt. Ze blijven op dit apparaat bewaard en gaan mee als je exporteert.', { class: 'hulpmiddel-uitleg' }),
				h('dl', lijst.flatMap((a) => [h('dt', a.vraag ?? `Vraag "${a.id}"`), h('dd', antwoordTekst(a.waarde))]), { class: 'werkblad-zonder-vraag' }),
				verwijder,
			], { 'data-zonder-vraag': '', 'aria-labelledby': 'zonder-vraag' });
			verwijder.addEventListener('click', () => {
				if (!confirm('Wil je de antwoorden zonder vraag verwijderen? Dit kun je niet ongedaan maken.')) return;
				this.#zetZonderVraag([]);
				this.#bewaar();
				this.#meldingen.goed('De antwoorden zonder vraag zijn verwijderd.');
			});
			this.#form!.after(sectie);
		});
	}

	#bewaar(): void {
		const resultaat = this.#opslag.schrijf(this.#sleutel, this.#bestand());
		if (!resultaat.ok) this.#meldingen.fout(resultaat.melding);
		// Announce saving once, not on every keystroke; after an error, say it works again.
		else if (this.#meldingen.heeftFout || !this.dataset['bewaard']) this.#meldingen.goed('Je antwoorden worden op dit apparaat bewaard.');
		if (resultaat.ok) this.dataset['bewaard'] = 'ja';
	}

	#exporteer(): void {
		bewaarBestand(`werkblad-${this.#werkvorm}-${datum()}.json`, this.#bestand());
		this.#meldingen.goed(`Je antwoorden zijn als bestand bewaard ${tijdstip()}.`);
	}

	async #importeer(bestand: File): Promise<void> {
		const json = await leesBestand(bestand);
		const { isLeeg, leesWerkblad, verdeel } = await validatie();
		const gelezen = json.ok ? leesWerkblad(json.data, this.#werkvorm, this.#velden) : json;
		if (!gelezen.ok) {
			this.#meldingen.fout(gelezen.melding);
			return;
		}
		if ((!isLeeg(this.#lees()) || this.#zonderVraag.length) && !confirm('Je huidige antwoorden worden vervangen door die uit het bestand. Doorgaan?')) {
			this.#meldingen.goed('Importeren afgebroken. Je antwoorden zijn niet veranderd.');
			return;
		}
		const { passend, zonderVraag } = verdeel(gelezen.data, this.#velden);
		this.#vul(passend);
		this.#zetZonderVraag(zonderVraag);
		const resultaat = this.#opslag.schrijf(this.#sleutel, this.#bestand());
		if (resultaat.ok) {
			this.#meldingen.goed(
				`De antwoorden uit "${bestand.name}" staan in het werkblad.` +
					(zonderVraag.length ? ` ${zonderVraag.length === 1 ? 'Eén antwoord hoort' : `${zonderVraag.length} antwoorden horen`} bij een vraag die niet meer op dit werkblad staat: zie "Antwoorden zonder vraag".` : ''),
			);
		}
		else this.#meldingen.fout(resultaat.melding);
	}

	#wis(): void {
		if (!confirm('Weet je zeker dat je al je antwoorden op dit werkblad wilt wissen? Dit kun je niet ongedaan maken.')) return;
		this.#form!.reset();
		this.#zetZonderVraag([]);
		const resultaat = this.#opslag.wis(this.#sleutel);
		if (resultaat.ok) this.#meldingen.goed('Je antwoorden zijn gewist.');
		else this.#meldingen.fout(resultaat.melding);
	}
}

customElements.define('werkblad-invullen', WerkbladInvullen);
