// Validation (zod) is loaded only when there is something to read: stored answers or an imported file.
const validatie = () => import('../hulpmiddelen/werkblad.ts');

/**
 * <werkblad-invullen>: upgrades the worksheet form on a working method's page. Answers are saved
 * in this browser on every change, restored on load, exported to and imported from a JSON file,
 * and cleared after confirmation. The form itself is plain HTML, so it also works without this.
 */
import { WERKBLAD_FORMAAT, WERKBLAD_VERSIE } from '../hulpmiddelen/formaten.ts';
import type { Antwoorden, VeldVorm, WerkbladBestand } from '../hulpmiddelen/werkblad.ts';
import { bewaarBestand, datum, kiesBestanden, leesBestand, Meldingen, siteOpslag, tijdstip, toonScriptDelen } from './gedeeld.ts';

class WerkbladInvullen extends HTMLElement {
	#werkvorm = '';
	#velden: VeldVorm[] = [];
	#opslag = siteOpslag();
	#meldingen!: Meldingen;
	#form: HTMLFormElement | null = null;

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
			const gelezen = (await validatie()).leesWerkblad(bewaard, this.#werkvorm, this.#velden);
			// Typing may have started while the check loaded: never overwrite that.
			if (gelezen.ok && !this.dataset['bewaard']) {
				this.#vul(gelezen.data.antwoorden);
				this.#meldingen.goed('Je eerder ingevulde antwoorden staan weer klaar.');
			}
		}
		this.dataset['klaar'] = '';
	}

	get #sleutel(): string {
		return `werkblad:${this.#werkvorm}`;
	}

	#invoer(index: number): (HTMLInputElement | HTMLTextAreaElement)[] {
		return [...this.#form!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="veld-${index}"]`)];
	}

	#lees(): Antwoorden {
		const antwoorden: Antwoorden = {};
		this.#velden.forEach((veld, i) => {
			const invoer = this.#invoer(i);
			if (veld.type === 'tekst') {
				const waarde = invoer[0]?.value ?? '';
				if (waarde) antwoorden[String(i)] = waarde;
			} else if (veld.type === 'schaal') {
				const gekozen = invoer.find((el) => (el as HTMLInputElement).checked);
				if (gekozen) antwoorden[String(i)] = Number(gekozen.value);
			} else {
				const waarden = invoer.map((el) => el.value);
				if (waarden.some(Boolean)) antwoorden[String(i)] = waarden;
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
			} else if (Array.isArray(waarde)) {
				invoer.forEach((el, j) => (el.value = waarde[j] ?? ''));
			} else if (invoer[0]) {
				invoer[0].value = String(waarde);
			}
		});
	}

	#bestand(): WerkbladBestand {
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
		bewaarBestand(`werkblad-${this.#werkvorm}-${datum()}.json`, this.#bestand());
		this.#meldingen.goed(`Je antwoorden zijn als bestand bewaard ${tijdstip()}.`);
	}

	async #importeer(bestand: File): Promise<void> {
		const json = await leesBestand(bestand);
		const { isLeeg, leesWerkblad } = await validatie();
		const gelezen = json.ok ? leesWerkblad(json.data, this.#werkvorm, this.#velden) : json;
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
		if (resultaat.ok) this.#meldingen.goed(`De antwoorden uit "${bestand.name}" staan in het werkblad.`);
		else this.#meldingen.fout(resultaat.melding);
	}

	#wis(): void {
		if (!confirm('Weet je zeker dat je al je antwoorden op dit werkblad wilt wissen? Dit kun je niet ongedaan maken.')) return;
		this.#form!.reset();
		const resultaat = this.#opslag.wis(this.#sleutel);
		if (resultaat.ok) this.#meldingen.goed('Je antwoorden zijn gewist.');
		else this.#meldingen.fout(resultaat.melding);
	}
}

customElements.define('werkblad-invullen', WerkbladInvullen);
