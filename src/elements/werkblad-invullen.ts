// Validation (zod) is loaded only when there is something to read: stored answers or an imported file.
const validatie = () => import('../hulpmiddelen/werkblad.ts');
// Templates (sjablonen): the same element with `data-sjabloon` instead of `data-werkvorm`. They differ
// only in storage key, file marker and validation (src/hulpmiddelen/sjabloon.ts), and have `keuze` fields.
const sjabloonValidatie = () => import('../hulpmiddelen/sjabloon.ts');

/**
 * <werkblad-invullen>: upgrades the worksheet form on a working method's page. Answers are saved
 * in this browser on every change, restored on load, exported to and imported from a JSON file,
 * and cleared after confirmation. The form itself is plain HTML, so it also works without this.
 */
import { SJABLOON_FORMAAT, SJABLOON_VERSIE, WERKBLAD_FORMAAT, WERKBLAD_VERSIE } from '../hulpmiddelen/formaten.ts';
import type { SjabloonBestand } from '../hulpmiddelen/sjabloon.ts';
import type { Antwoorden, VeldVorm, WerkbladBestand } from '../hulpmiddelen/werkblad.ts';
import type { Gelezen } from '../hulpmiddelen/bestand.ts';
import { bewaarBestand, datum, kiesBestanden, leesBestand, Meldingen, siteOpslag, tijdstip, toonScriptDelen } from './gedeeld.ts';

class WerkbladInvullen extends HTMLElement {
	#werkvorm = '';
	/** What is filled in: a worksheet, or a template (sjabloon). */
	#soort: 'werkblad' | 'sjabloon' = 'werkblad';
	#velden: VeldVorm[] = [];
	#opslag = siteOpslag();
	#meldingen!: Meldingen;
	#form: HTMLFormElement | null = null;

	connectedCallback(): void {
		this.#soort = this.dataset['sjabloon'] ? 'sjabloon' : 'werkblad';
		this.#werkvorm = this.dataset['werkvorm'] ?? this.dataset['sjabloon'] ?? '';
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
			const gelezen = await this.#valideer(bewaard);
			// Typing may have started while the check loaded: never overwrite that.
			if (gelezen.ok && !this.dataset['bewaard']) {
				this.#vul(gelezen.data.antwoorden);
				this.#meldingen.goed('Je eerder ingevulde antwoorden staan weer klaar.');
			}
		}
		this.dataset['klaar'] = '';
	}

	get #sleutel(): string {
		return `${this.#soort}:${this.#werkvorm}`;
	}

	async #valideer(data: unknown): Promise<Gelezen<{ antwoorden: Antwoorden }>> {
		if (this.#soort === 'sjabloon') return (await sjabloonValidatie()).leesSjabloon(data, this.#werkvorm, this.#velden);
		return (await validatie()).leesWerkblad(data, this.#werkvorm, this.#velden);
	}

	#invoer(index: number): (HTMLInputElement | HTMLTextAreaElement)[] {
		return [...this.#form!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="veld-${index}"]`)];
	}

	#lees(): Antwoorden {
		const antwoorden: Antwoorden = {};
		this.#velden.forEach((veld, i) => {
			const invoer = this.#invoer(i);
			// A field with text filled in beforehand (templates) keeps an emptied answer, or a reload would bring the text back.
			const vooraf = invoer.some((el) => el.defaultValue);
			if (veld.type === 'tekst') {
				const waarde = invoer[0]?.value ?? '';
				if (waarde || vooraf) antwoorden[String(i)] = waarde;
			} else if (veld.type === 'schaal') {
				const gekozen = invoer.find((el) => (el as HTMLInputElement).checked);
				if (gekozen) antwoorden[String(i)] = Number(gekozen.value);
			} else if (veld.type === 'keuze') {
				const gekozen = invoer.filter((el) => (el as HTMLInputElement).checked).map((el) => el.value);
				if (gekozen.length) antwoorden[String(i)] = gekozen;
			} else {
				const waarden = invoer.map((el) => el.value);
				if (waarden.some(Boolean) || vooraf) antwoorden[String(i)] = waarden;
			}
		});
		return antwoorden;
	}

	#vul(antwoorden: Antwoorden): void {
		this.#form!.reset();
		this.#velden.forEach((veld, i) => {
			const waarde = antwoorden[String(i)];
			if (waarde === undefined) return;
			const invoer = this.#invoer(i);
			if (veld.type === 'schaal') {
				for (const el of invoer) (el as HTMLInputElement).checked = Number(el.value) === waarde;
			} else if (veld.type === 'keuze') {
				for (const el of invoer) (el as HTMLInputElement).checked = Array.isArray(waarde) && waarde.includes(el.value);
			} else if (Array.isArray(waarde)) {
				invoer.forEach((el, j) => (el.value = waarde[j] ?? ''));
			} else if (invoer[0]) {
				invoer[0].value = String(waarde);
			}
		});
	}

	#bestand(): WerkbladBestand | SjabloonBestand {
		if (this.#soort === 'sjabloon') {
			return { formaat: SJABLOON_FORMAAT, versie: SJABLOON_VERSIE, sjabloon: this.#werkvorm, opgeslagen: new Date().toISOString(), antwoorden: this.#lees() };
		}
		return { formaat: WERKBLAD_FORMAAT, versie: WERKBLAD_VERSIE, werkvorm: this.#werkvorm, opgeslagen: new Date().toISOString(), antwoorden: this.#lees() };
	}

	#bewaar(): void {
		const resultaat = this.#opslag.schrijf(this.#sleutel, this.#bestand());
		if (!resultaat.ok) this.#meldingen.fout(resultaat.melding);
		// Announce saving once, not on every keystroke; after an error, say it works again.
		else if (this.#meldingen.heeftFout || !this.dataset['bewaard']) this.#meldingen.goed('Je antwoorden worden op dit apparaat bewaard.');
		if (resultaat.ok) this.dataset['bewaard'] = 'ja';
	}

	#exporteer(): void {
		bewaarBestand(`${this.#soort}-${this.#werkvorm}-${datum()}.json`, this.#bestand());
		this.#meldingen.goed(`Je antwoorden zijn als bestand bewaard ${tijdstip()}.`);
	}

	async #importeer(bestand: File): Promise<void> {
		const json = await leesBestand(bestand);
		const { isLeeg } = await validatie();
		const gelezen = json.ok ? await this.#valideer(json.data) : json;
		if (!gelezen.ok) {
			this.#meldingen.fout(gelezen.melding);
			return;
		}
		if (!isLeeg(this.#lees()) && !confirm('Je huidige antwoorden worden vervangen door die uit het bestand. Doorgaan?')) {
			this.#meldingen.goed('Importeren afgebroken. Je antwoorden zijn niet veranderd.');
			return;
		}
		this.#vul(gelezen.data.antwoorden);
		const resultaat = this.#opslag.schrijf(this.#sleutel, this.#bestand());
		if (resultaat.ok) this.#meldingen.goed(`De antwoorden uit "${bestand.name}" staan in het ${this.#soort}.`);
		else this.#meldingen.fout(resultaat.melding);
	}

	#wis(): void {
		if (!confirm(`Weet je zeker dat je al je antwoorden op dit ${this.#soort} wilt wissen? Dit kun je niet ongedaan maken.`)) return;
		this.#form!.reset();
		const resultaat = this.#opslag.wis(this.#sleutel);
		if (resultaat.ok) this.#meldingen.goed('Je antwoorden zijn gewist.');
		else this.#meldingen.fout(resultaat.melding);
	}
}

customElements.define('werkblad-invullen', WerkbladInvullen);
