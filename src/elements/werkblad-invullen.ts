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
import {
	SJABLOON_FORMAAT,
	SJABLOON_VERSIE,
	WERKBLAD_FORMAAT,
	WERKBLAD_VERSIE,
} from '../hulpmiddelen/formaten.ts';
import type { Gelezen } from '../hulpmiddelen/bestand.ts';
import type { SjabloonBestand } from '../hulpmiddelen/sjabloon.ts';
import type {
	Antwoorden,
	AntwoordZonderVraag,
	VeldVorm,
	WerkbladBestand,
} from '../hulpmiddelen/werkblad.ts';
import {
	bewaarBestand,
	datum,
	h,
	kiesBestanden,
	leesBestand,
	Meldingen,
	siteOpslag,
	tijdstip,
	toonScriptDelen,
} from './gedeeld.ts';

class WerkbladInvullen extends HTMLElement {
	#werkvorm = '';
	/** What is filled in: a worksheet, or a template (sjabloon). */
	#soort: 'werkblad' | 'sjabloon' = 'werkblad';
	#velden: VeldVorm[] = [];
	#opslag = siteOpslag();
	#meldingen!: Meldingen;
	#form: HTMLFormElement | null = null;
	/** Saved answers whose field is no longer on this worksheet: kept, shown and exported. */
	#zonderVraag: AntwoordZonderVraag[] = [];

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
		this.querySelector('[data-actie="exporteer"]')?.addEventListener('click', () =>
			this.#exporteer()
		);
		this.querySelector('[data-actie="druk"]')?.addEventListener('click', () => print());
		this.querySelector('[data-actie="wis"]')?.addEventListener('click', () => this.#wis());
		kiesBestanden(
			this.querySelector('[data-actie="importeer"]'),
			this.querySelector('[data-invoer="importeer"]'),
			([bestand]) => {
				if (bestand) void this.#importeer(bestand);
			}
		);
	}

	/** Restores stored answers, then marks the element ready (`data-klaar`). */
	async #herstel(): Promise<void> {
		const bewaard = this.#opslag.lees(this.#sleutel);
		if (bewaard !== undefined) {
			const { verdeel } = await validatie();
			const gelezen = await this.#valideer(bewaard);
			// Typing may have started while the check loaded: never overwrite that.
			if (gelezen.ok && !this.dataset['bewaard']) {
				const { passend, zonderVraag } = verdeel(gelezen.data, this.#velden);
				this.#vul(passend);
				this.#zetZonderVraag(zonderVraag);
				// Saved by an older version (answers by position): store them by field id now, before
				// an update can reorder the fields again.
				if (
					this.#soort === 'werkblad' &&
					(bewaard as { versie?: unknown }).versie !== WERKBLAD_VERSIE
				)
					this.#opslag.schrijf(this.#sleutel, this.#bestand());
				this.#meldingen.goed(
					zonderVraag.length
						? `Je eerder ingevulde antwoorden staan weer klaar. ${zonderVraag.length === 1 ? 'Eén antwoord hoort' : `${zonderVraag.length} antwoorden horen`} bij een vraag die niet meer op dit ${this.#soort} staat: zie "Antwoorden zonder vraag".`
						: 'Je eerder ingevulde antwoorden staan weer klaar.'
				);
			}
		}
		this.dataset['klaar'] = '';
	}

	get #sleutel(): string {
		return `${this.#soort}:${this.#werkvorm}`;
	}

	async #valideer(data: unknown): Promise<Gelezen<Pick<WerkbladBestand, 'antwoorden' | 'vragen'>>> {
		if (this.#soort === 'sjabloon')
			return (await sjabloonValidatie()).leesSjabloon(data, this.#werkvorm);
		return (await validatie()).leesWerkblad(data, this.#werkvorm, this.#velden);
	}

	#invoer(index: number): (HTMLInputElement | HTMLTextAreaElement)[] {
		return [
			...this.#form!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
				`[name="${this.#werkvorm}-veld-${index}"]`
			),
		];
	}

	/** The answers in the form, by field id. */
	#lees(): Antwoorden {
		const antwoorden: Antwoorden = {};
		this.#velden.forEach((veld, i) => {
			const invoer = this.#invoer(i);
			// A field with text filled in beforehand (templates) keeps an emptied answer, or a reload would bring the text back.
			const vooraf = invoer.some((el) => el.defaultValue);
			if (veld.type === 'tekst') {
				const waarde = invoer[0]?.value ?? '';
				if (waarde || vooraf) antwoorden[veld.id] = waarde;
			} else if (veld.type === 'schaal') {
				const gekozen = invoer.find((el) => (el as HTMLInputElement).checked);
				if (gekozen) antwoorden[veld.id] = Number(gekozen.value);
			} else if (veld.type === 'keuze') {
				const gekozen = invoer
					.filter((el) => (el as HTMLInputElement).checked)
					.map((el) => el.value);
				if (gekozen.length) antwoorden[veld.id] = gekozen;
			} else {
				const waarden = invoer.map((el) => el.value);
				if (waarden.some(Boolean) || vooraf) antwoorden[veld.id] = waarden;
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
			} else if (veld.type === 'keuze') {
				for (const el of invoer)
					(el as HTMLInputElement).checked = Array.isArray(waarde) && waarde.includes(el.value);
			} else if (Array.isArray(waarde)) {
				invoer.forEach((el, j) => (el.value = waarde[j] ?? ''));
			} else if (invoer[0]) {
				invoer[0].value = String(waarde);
			}
		});
	}

	/** What is saved and exported: the form's answers and the kept answers without a field, each with its question. */
	#bestand(): WerkbladBestand | SjabloonBestand {
		const antwoorden: Antwoorden = {};
		const vragen: Record<string, string> = {};
		const ingevuld = this.#lees();
		for (const veld of this.#velden) {
			if (ingevuld[veld.id] === undefined) continue;
			antwoorden[veld.id] = ingevuld[veld.id]!;
			vragen[veld.id] = veld.label;
		}
		// A kept answer whose field still exists in another kind (or a shorter list) must not be
		// overwritten by what is typed in that field now: it is stored under a key of its own,
		// which no field has, so it is read back as an answer without a field again.
		this.#zonderVraag.forEach((oud, i) => {
			const sleutel =
				oud.id in antwoorden || this.#velden.some((v) => v.id === oud.id)
					? `oud-${i + 1}-${oud.id}`.slice(0, 60).replace(/-+$/, '')
					: oud.id;
			antwoorden[sleutel] = oud.waarde;
			if (oud.vraag) vragen[sleutel] = oud.vraag;
		});
		const opgeslagen = new Date().toISOString();
		if (this.#soort === 'sjabloon')
			return {
				formaat: SJABLOON_FORMAAT,
				versie: SJABLOON_VERSIE,
				sjabloon: this.#werkvorm,
				opgeslagen,
				antwoorden,
				vragen,
			};
		return {
			formaat: WERKBLAD_FORMAAT,
			versie: WERKBLAD_VERSIE,
			werkvorm: this.#werkvorm,
			opgeslagen,
			antwoorden,
			vragen,
		};
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
			// Cleared or replaced while the module loaded: show nothing stale.
			if (this.#zonderVraag !== lijst) return;
			const kopId = `${this.#werkvorm}-zonder-vraag`;
			const verwijder = h('button', 'Verwijder de antwoorden zonder vraag', {
				type: 'button',
				class: 'hulpmiddel-knop niet-printen',
			});
			const sectie = h(
				'section',
				[
					h('h3', 'Antwoorden zonder vraag', { id: kopId }),
					h(
						'p',
						`Dit ${this.#soort} is bijgewerkt. Deze antwoorden horen bij een vraag die er niet meer, of niet meer in deze vorm, op staat. Ze blijven op dit apparaat bewaard en gaan mee als je exporteert.`,
						{ class: 'hulpmiddel-uitleg' }
					),
					h(
						'dl',
						lijst.flatMap((a) => [
							h('dt', a.vraag ?? `Een vraag uit een eerdere versie van dit ${this.#soort}`),
							h('dd', antwoordTekst(a.waarde)),
						]),
						{ class: 'werkblad-zonder-vraag' }
					),
					verwijder,
				],
				{ 'data-zonder-vraag': '', 'aria-labelledby': kopId }
			);
			verwijder.addEventListener('click', () => {
				if (
					!confirm('Wil je de antwoorden zonder vraag verwijderen? Dit kun je niet ongedaan maken.')
				)
					return;
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
		else if (this.#meldingen.heeftFout || !this.dataset['bewaard'])
			this.#meldingen.goed('Je antwoorden worden op dit apparaat bewaard.');
		if (resultaat.ok) this.dataset['bewaard'] = 'ja';
	}

	#exporteer(): void {
		bewaarBestand(`${this.#soort}-${this.#werkvorm}-${datum()}.json`, this.#bestand());
		this.#meldingen.goed(`Je antwoorden zijn als bestand bewaard ${tijdstip()}.`);
	}

	async #importeer(bestand: File): Promise<void> {
		const json = await leesBestand(bestand);
		const { isLeeg, verdeel } = await validatie();
		const gelezen = json.ok ? await this.#valideer(json.data) : json;
		if (!gelezen.ok) {
			this.#meldingen.fout(gelezen.melding);
			return;
		}
		if (
			(!isLeeg(this.#lees()) || this.#zonderVraag.length) &&
			!confirm('Je huidige antwoorden worden vervangen door die uit het bestand. Doorgaan?')
		) {
			this.#meldingen.goed('Importeren afgebroken. Je antwoorden zijn niet veranderd.');
			return;
		}
		const { passend, zonderVraag } = verdeel(gelezen.data, this.#velden);
		this.#vul(passend);
		this.#zetZonderVraag(zonderVraag);
		const resultaat = this.#opslag.schrijf(this.#sleutel, this.#bestand());
		if (resultaat.ok) {
			this.#meldingen.goed(
				`De antwoorden uit "${bestand.name}" staan in het ${this.#soort}.` +
					(zonderVraag.length
						? ` ${zonderVraag.length === 1 ? 'Eén antwoord hoort' : `${zonderVraag.length} antwoorden horen`} bij een vraag die niet meer op dit ${this.#soort} staat: zie "Antwoorden zonder vraag".`
						: '')
			);
		} else this.#meldingen.fout(resultaat.melding);
	}

	#wis(): void {
		if (
			!confirm(
				`Weet je zeker dat je al je antwoorden op dit ${this.#soort} wilt wissen? Dit kun je niet ongedaan maken.`
			)
		)
			return;
		this.#form!.reset();
		this.#zetZonderVraag([]);
		const resultaat = this.#opslag.wis(this.#sleutel);
		if (resultaat.ok) this.#meldingen.goed('Je antwoorden zijn gewist.');
		else this.#meldingen.fout(resultaat.melding);
	}
}

customElements.define('werkblad-invullen', WerkbladInvullen);
