/**
 * <balans-meter>: saves the Balansmeter form on this device, draws the chart and the table,
 * and handles export, import, print and clearing.
 */
import { BALANCEERACTS } from '../schemas/balanceeracts.ts';
import {
	BALANSMETER_FORMAAT,
	BALANSMETER_VERSIE,
	BELANGHEBBENDE_IDS,
	verschuivingTekst,
	type BelanghebbendeId,
} from '../hulpmiddelen/formaten.ts';
import type { ActPositie, BalansmeterBestand } from '../hulpmiddelen/balansmeter.ts';
// The result code is made once something is filled in; its module is loaded then.
const resultaatcode = () => import('../hulpmiddelen/resultaatcode.ts');

// Validation (zod) is loaded only when there is something to read: a stored meter or an imported file.
const validatie = () => import('../hulpmiddelen/balansmeter.ts');
import {
	bewaarBestand,
	datum,
	kiesBestanden,
	leesBestand,
	Meldingen,
	siteOpslag,
	tijdstip,
	toonScriptDelen,
} from './gedeeld.ts';
import { tekenGrafiek } from './grafiek.ts';
import { tekenQr } from './qr.ts';

const SLEUTEL = 'balansmeter';

class BalansMeter extends HTMLElement {
	#opslag = siteOpslag();
	#meldingen!: Meldingen;
	#form!: HTMLFormElement;

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (!form) return;
		this.#form = form;
		this.#meldingen = new Meldingen(this);
		toonScriptDelen(this);

		this.#teken();
		void this.#herstel();

		const bijWijziging = () => {
			this.#bewaar();
			this.#teken();
		};
		form.addEventListener('input', bijWijziging);
		form.addEventListener('change', bijWijziging);
		form.addEventListener('submit', (e) => e.preventDefault());
		this.querySelector('[data-actie="exporteer"]')?.addEventListener('click', () => {
			bewaarBestand(`balansmeter-${datum()}.json`, this.#lees());
			this.#meldingen.goed(`Je balansmeter is als bestand bewaard ${tijdstip()}.`);
		});
		this.querySelector('[data-actie="druk"]')?.addEventListener('click', () => print());
		this.querySelector('[data-actie="kopieer"]')?.addEventListener(
			'click',
			() => void this.#kopieer()
		);
		this.querySelector('[data-qr-extra]')?.addEventListener('change', () => void this.#toonCode());
		this.querySelector('[data-actie="wis"]')?.addEventListener('click', () => this.#wis());
		kiesBestanden(
			this.querySelector('[data-actie="importeer"]'),
			this.querySelector('[data-invoer="importeer"]'),
			([bestand]) => {
				if (bestand) void this.#importeer(bestand);
			}
		);
	}

	/** Restores a stored meter, then marks the element ready (`data-klaar`). */
	async #herstel(): Promise<void> {
		const bewaard = this.#opslag.lees(SLEUTEL);
		if (bewaard !== undefined) {
			const gelezen = (await validatie()).leesBalansmeter(bewaard);
			if (gelezen.ok && !this.dataset['bewaard']) {
				this.#vul(gelezen.data);
				this.#teken();
				this.#meldingen.goed('Je eerder ingevulde balansmeter staat weer klaar.');
			}
		}
		this.dataset['klaar'] = '';
	}

	#lees(): BalansmeterBestand {
		const data = new FormData(this.#form);
		const naam = String(data.get('naam') ?? '').trim();
		const groep = String(data.get('groep') ?? '');
		const acts: BalansmeterBestand['acts'] = {};
		for (const act of BALANCEERACTS) {
			const p: ActPositie = {};
			const nu = data.get(`nu-${act.id}`);
			const straks = data.get(`straks-${act.id}`);
			const notitie = String(data.get(`notitie-${act.id}`) ?? '');
			if (nu) p.nu = Number(nu);
			if (straks) p.straks = Number(straks);
			if (notitie) p.notitie = notitie;
			if (Object.keys(p).length) acts[act.id] = p;
		}
		return {
			formaat: BALANSMETER_FORMAAT,
			versie: BALANSMETER_VERSIE,
			...(naam ? { naam } : {}),
			...((BELANGHEBBENDE_IDS as readonly string[]).includes(groep)
				? { groep: groep as BelanghebbendeId }
				: {}),
			opgeslagen: new Date().toISOString(),
			acts,
		};
	}

	#vul(meter: BalansmeterBestand): void {
		this.#form.reset();
		const veld = (naam: string) => this.#form.elements.namedItem(naam);
		(veld('naam') as HTMLInputElement).value = meter.naam ?? '';
		(veld('groep') as HTMLSelectElement).value = meter.groep ?? '';
		for (const act of BALANCEERACTS) {
			const p = meter.acts[act.id] ?? {};
			for (const soort of ['nu', 'straks'] as const) {
				const groep = veld(`${soort}-${act.id}`) as RadioNodeList;
				groep.value = p[soort] === undefined ? '' : String(p[soort]);
			}
			(veld(`notitie-${act.id}`) as HTMLTextAreaElement).value = p.notitie ?? '';
		}
	}

	#teken(): void {
		const meter = this.#lees();
		const svg = this.querySelector<SVGSVGElement>('[data-grafiek]');
		const tabel = this.querySelector('[data-tabel]');
		const samenvatting = BALANCEERACTS.map((act) => {
			const p = meter.acts[act.id] ?? {};
			return `${act.titel}: nu ${p.nu ?? 'niet ingevuld'}, naartoe ${p.straks ?? 'niet ingevuld'}`;
		});
		if (svg) {
			tekenGrafiek(
				svg,
				Object.fromEntries(BALANCEERACTS.map((act) => [act.id, [meter.acts[act.id] ?? {}]])),
				`Grafiek van je balansmeter op een schaal van 1 tot 7. ${samenvatting.join('. ')}.`
			);
		}
		void this.#toonCode(meter);
		tabel?.replaceChildren(
			...BALANCEERACTS.map((act) => {
				const p = meter.acts[act.id] ?? {};
				const rij = document.createElement('tr');
				const kop = document.createElement('th');
				kop.scope = 'row';
				kop.textContent = `${act.nummer}. ${act.titel}`;
				rij.append(kop);
				for (const inhoud of [
					p.nu ?? '–',
					p.straks ?? '–',
					verschuivingTekst(p, act.poolA, act.poolB),
				]) {
					const cel = document.createElement('td');
					cel.textContent = String(inhoud);
					rij.append(cel);
				}
				return rij;
			})
		);
	}

	/** The result code and its QR code; shown once at least one position is filled in. */
	async #toonCode(meter = this.#lees()): Promise<void> {
		const leeg = this.querySelector<HTMLElement>('[data-code-leeg]');
		const vol = this.querySelector<HTMLElement>('[data-code-vol]');
		const ingevuld = Object.values(meter.acts).some(
			(p) => p.nu !== undefined || p.straks !== undefined
		);
		if (leeg) leeg.hidden = ingevuld;
		if (vol) vol.hidden = !ingevuld;
		if (!ingevuld) return;
		const { maakCode, qrTekst } = await resultaatcode();
		const code = maakCode(meter);
		const uitvoer = this.querySelector('[data-code]');
		if (uitvoer) uitvoer.textContent = code;
		const extra = this.querySelector<HTMLInputElement>('[data-qr-extra]')?.checked ?? false;
		const notities = Object.fromEntries(
			Object.entries(meter.acts).flatMap(([id, p]) => (p.notitie ? [[id, p.notitie]] : []))
		);
		const qr = qrTekst(code, extra ? { naam: meter.naam, notities } : undefined);
		const uitleg = this.querySelector('[data-qr-uitleg]');
		if (uitleg) {
			uitleg.textContent = qr.weggelaten
				? 'Je notities zijn te lang voor een QR-code. De QR-code bevat nu alleen je keuzes en je groep; geef je notities apart door.'
				: qr.tekst === code
					? 'De QR-code bevat hetzelfde als de code.'
					: 'De QR-code bevat de code, je naam en je notities.';
		}
		const svg = this.querySelector<SVGSVGElement>('[data-qr]');
		if (svg) void tekenQr(svg, qr.tekst);
	}

	async #kopieer(): Promise<void> {
		const code = this.querySelector('[data-code]')?.textContent ?? '';
		try {
			await navigator.clipboard.writeText(code);
			this.#meldingen.goed(
				`De code ${code} is gekopieerd. Plak hem in de chat of stuur hem naar de begeleider.`
			);
		} catch {
			this.#meldingen.fout(
				'Kopiëren lukte niet in deze browser. Selecteer de code en kopieer hem met de hand.'
			);
		}
	}

	#bewaar(): void {
		const resultaat = this.#opslag.schrijf(SLEUTEL, this.#lees());
		if (!resultaat.ok) this.#meldingen.fout(resultaat.melding);
		else if (this.#meldingen.heeftFout || !this.dataset['bewaard'])
			this.#meldingen.goed('Je balansmeter wordt op dit apparaat bewaard.');
		if (resultaat.ok) this.dataset['bewaard'] = 'ja';
	}

	async #importeer(bestand: File): Promise<void> {
		const json = await leesBestand(bestand);
		const gelezen = json.ok ? (await validatie()).leesBalansmeter(json.data) : json;
		if (!gelezen.ok) {
			this.#meldingen.fout(gelezen.melding);
			return;
		}
		if (
			Object.keys(this.#lees().acts).length &&
			!confirm('Je huidige balansmeter wordt vervangen door die uit het bestand. Doorgaan?')
		) {
			this.#meldingen.goed('Importeren afgebroken. Je antwoorden zijn niet veranderd.');
			return;
		}
		this.#vul(gelezen.data);
		this.#teken();
		const resultaat = this.#opslag.schrijf(SLEUTEL, this.#lees());
		if (resultaat.ok) this.#meldingen.goed(`De balansmeter uit "${bestand.name}" staat klaar.`);
		else this.#meldingen.fout(resultaat.melding);
	}

	#wis(): void {
		if (
			!confirm('Weet je zeker dat je je balansmeter wilt wissen? Dit kun je niet ongedaan maken.')
		)
			return;
		this.#form.reset();
		this.#teken();
		const resultaat = this.#opslag.wis(SLEUTEL);
		if (resultaat.ok) this.#meldingen.goed('Je balansmeter is gewist.');
		else this.#meldingen.fout(resultaat.melding);
	}
}

customElements.define('balans-meter', BalansMeter);
