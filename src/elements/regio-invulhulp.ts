/**
 * <regio-invulhulp>: the region wizard on /regio-maken/. Reads the form into a `Formulier`,
 * validates it with the build's own schema and Dutch messages (src/regio/invulhulp.ts), shows each
 * error next to its field and in a summary at the top (linked to the field), draws the header and
 * the network map as the build does, keeps everything in localStorage and downloads regio.yaml and
 * the logo. Two parts load on demand, to keep the page's own script small (the tools' budget,
 * tests/tools/gewicht.test.ts): the validator (zod and the schema, about 27 KB gzip) in a Web Worker
 * as soon as there is something to check (src/regio/invulhulp-worker.ts says why a worker), and the
 * `yaml` package (about 30 KB gzip) when a file is opened, a start is chosen or a file is
 * downloaded. The form, the storage and the preview work without them.
 */
import {
	leegFormulier,
	leegNetwerk,
	leegePartner,
	maakId,
	voorKaart,
	type Formulier,
	type VeldFout,
} from '../regio/invulhulp.ts';
import { MAX_BESTAND_BYTES } from '../hulpmiddelen/bestand.ts';
import {
	accentPalet,
	contrast,
	MIN_CONTRAST,
	verhouding,
	voorstelAccent,
	WIT,
} from '../utils/color.ts';
import { EXTENSIES, SOORTNAAM, imageKind, kindFromName } from '../utils/image.ts';
import { kaartSvg } from '../utils/netwerkkaart.ts';
import { h, Meldingen, siteOpslag, toonScriptDelen } from './gedeeld.ts';

const OPSLAG = 'invulhulp';
const VERSIE = 1;

interface Keuzes {
	partnerSoorten: [string, string][];
	schalen: string[];
	kaders: string[];
	hoofdstukken: string[];
	/** Parts of the menu with their chapters: [label, [slug, title][]]. */
	delen: [string, [string, string][]][];
}

interface Bewaard {
	versie: number;
	formulier: Formulier;
	/** The chosen logo as a data: URL (kept on this device only). */
	logoData?: string;
	aangeraakt: string[];
	alles: boolean;
}

const isHex = (tekst: string) => /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(tekst.trim());
const lang = (hex: string) =>
	(hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();
const veldId = (pad: string) => `ih-${pad.replace(/\./g, '-')}`;
const laadYaml = () => import('../regio/invulhulp-yaml.ts');
type Uitslag = import('../regio/invulhulp-validatie.ts').Uitslag;

/** Sets `waarde` at a dotted path (`partners.1.naam`) in the form. */
function zet(f: Formulier, pad: string, waarde: string): void {
	const delen = pad.split('.');
	let doel: Record<string, unknown> = f as unknown as Record<string, unknown>;
	for (const deel of delen.slice(0, -1)) doel = doel[deel] as Record<string, unknown>;
	if (doel) doel[delen.at(-1)!] = waarde;
}

class RegioInvulhulp extends HTMLElement {
	#f: Formulier = leegFormulier();
	#logoData: string | undefined;
	#logoFout: string | undefined;
	/** Fields the reader has left (change/blur): their errors show; all of them after a download attempt. */
	#aangeraakt = new Set<string>();
	#alles = false;
	#keuzes!: Keuzes;
	#meldingen!: Meldingen;
	#form!: HTMLFormElement;
	#worker: Worker | undefined;
	/** The schema's verdict on the latest form checked; undefined before the first check. */
	#uitslag: Uitslag | undefined;
	#teller = 0;
	#knopIngedrukt = false;
	#naKlik = false;
	#wachtend = new Map<number, (uitslag: Uitslag) => void>();

	/** Starts the validator (src/regio/invulhulp-worker.ts) once. */
	#validator(): Worker {
		if (!this.#worker) {
			this.#worker = new Worker(new URL('../regio/invulhulp-worker.ts', import.meta.url), {
				type: 'module',
			});
			this.#worker.addEventListener(
				'message',
				(e: MessageEvent<{ id: number; uitslag: Uitslag }>) => {
					this.#wachtend.get(e.data.id)?.(e.data.uitslag);
					this.#wachtend.delete(e.data.id);
				}
			);
		}
		return this.#worker;
	}

	/** Checks the current form with the schema; the result is shown when no newer check was asked meanwhile. */
	#controleer(): Promise<Uitslag> {
		const id = ++this.#teller;
		const worker = this.#validator();
		return new Promise((resolve) => {
			this.#wachtend.set(id, (uitslag) => {
				if (id === this.#teller) {
					this.#uitslag = uitslag;
					this.#toon();
				}
				resolve(uitslag);
			});
			worker.postMessage({ id, formulier: this.#f });
		});
	}

	connectedCallback(): void {
		this.#keuzes = JSON.parse(this.dataset['keuzes'] ?? '{}') as Keuzes;
		this.#form = this.querySelector('form')!;
		this.querySelector('[data-hoofdstukken]')!.replaceChildren(
			...this.#keuzes.delen.map(([label, hoofdstukken]) =>
				h(
					'div',
					[
						h('p', label, { class: 'ih-deel-kop' }),
						...hoofdstukken.map(([slug, titel]) =>
							h(
								'label',
								[h('input', [], { type: 'checkbox', name: 'verbergen', value: slug }), ` ${titel}`],
								{ class: 'ih-vinkje' }
							)
						),
					],
					{ class: 'ih-deel' }
				)
			)
		);
		this.#meldingen = new Meldingen(this);
		toonScriptDelen(document);
		const bewaard = siteOpslag().lees(OPSLAG) as Bewaard | undefined;
		if (bewaard?.versie === VERSIE && bewaard.formulier) {
			this.#f = { ...leegFormulier(), ...bewaard.formulier };
			this.#logoData = bewaard.logoData;
			this.#aangeraakt = new Set(bewaard.aangeraakt ?? []);
			this.#alles = Boolean(bewaard.alles);
			if (this.#f.naam || this.#f.partners.length)
				this.#meldingen.goed(
					'Je gaat verder waar je was. Wat je invulde, stond nog op dit apparaat.'
				);
		}
		this.#vulFormulier();
		this.#bijwerken(false);
		// Something to check already (a stored form): start the validator now; else on the first focus.
		if (bewaard) void this.#controleer();
		this.#form.addEventListener('focusin', () => void (this.#worker || this.#controleer()), {
			once: true,
		});

		this.addEventListener('pointerdown', () => (this.#knopIngedrukt = true));
		window.addEventListener('pointerup', () => setTimeout(() => (this.#knopIngedrukt = false)), {
			capture: true,
		});
		this.#form.addEventListener('input', (e) => this.#bijInvoer(e));
		this.#form.addEventListener('change', (e) => this.#bijVerlaten(e));
		this.#form.addEventListener('focusout', (e) => this.#bijVerlaten(e));
		this.#form.addEventListener('submit', (e) => e.preventDefault());
		this.#form.addEventListener('click', (e) => this.#bijKlik(e));
		this.querySelector('[data-kiezer]')!.addEventListener('input', (e) => {
			const accent = this.#form.querySelector<HTMLInputElement>('#ih-accent')!;
			accent.value = (e.target as HTMLInputElement).value;
			this.#aangeraakt.add('kleuren.accent');
			this.#bijwerken();
		});
		this.#form
			.querySelector<HTMLInputElement>('#ih-logo')!
			.addEventListener('change', (e) => void this.#kiesLogo(e.target as HTMLInputElement));
		this.querySelector('[data-actie="leeg"]')!.addEventListener('click', () => this.#begin('leeg'));
		this.querySelector('[data-actie="starter"]')!.addEventListener(
			'click',
			() => void this.#begin('starter')
		);
		const open = this.querySelector<HTMLInputElement>('[data-invoer="open"]')!;
		this.querySelector('[data-actie="open"]')!.addEventListener('click', () => open.click());
		open.addEventListener('change', () => {
			const bestanden = [...(open.files ?? [])];
			open.value = '';
			if (bestanden.length) void this.#open(bestanden);
		});
		this.querySelector('[data-actie="download"]')!.addEventListener(
			'click',
			() => void this.#download()
		);
		this.querySelector('[data-actie="download-logo"]')!.addEventListener('click', () =>
			this.#downloadLogo()
		);
		this.setAttribute('data-klaar', '');
	}

	// ---- Form ↔ state -------------------------------------------------------------------------

	/** Reads every field into a new Formulier (lists by their items in the page). */
	#lees(): Formulier {
		const f = leegFormulier();
		f.logo = this.#f.logo;
		f.overig = this.#f.overig;
		const aantal = (lijst: string) =>
			this.#form.querySelectorAll(`[data-lijst="${lijst}"] > li`).length;
		f.opgaven = Array.from({ length: aantal('opgaven') }, () => ({ titel: '', beschrijving: '' }));
		f.partners = Array.from({ length: aantal('partners') }, leegePartner);
		f.netwerken = Array.from({ length: aantal('netwerken') }, leegNetwerk);
		for (const el of this.#form.querySelectorAll<
			HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
		>('[name]')) {
			if (el instanceof HTMLInputElement && el.type === 'checkbox') {
				if (!el.checked) continue;
				if (el.name === 'verbergen') f.verbergen.push(el.value);
				else (f.netwerken[Number(el.name.split('.')[1])]?.partners ?? []).push(el.value);
				continue;
			}
			zet(f, el.name === 'kleuren.accent' ? 'accent' : el.name, el.value);
		}
		return f;
	}

	/** Puts the state into the form: rebuilds the lists, sets every value. */
	#vulFormulier(): void {
		const f = this.#f;
		for (const [pad, waarde] of [
			['naam', f.naam],
			['korteNaam', f.korteNaam],
			['website', f.website],
			['contact.naam', f.contact.naam],
			['contact.email', f.contact.email],
			['contact.telefoon', f.contact.telefoon],
			['kleuren.accent', f.accent],
		] as const) {
			const el = this.#form.querySelector<HTMLInputElement>(`[name="${pad}"]`);
			if (el) el.value = waarde;
		}
		this.#tekenLijsten();
		const bekend = new Set(this.#keuzes.hoofdstukken);
		for (const el of this.#form.querySelectorAll<HTMLInputElement>('input[name="verbergen"]'))
			el.checked = f.verbergen.includes(el.value);
		// Chapters an opened file hides that this workbook does not have: shown, so the reader can untick them.
		const onbekend = this.#form.querySelector('[data-onbekende-hoofdstukken]')!;
		onbekend.replaceChildren(
			...f.verbergen
				.filter((slug) => !bekend.has(slug))
				.map((slug) =>
					h(
						'label',
						[
							h('input', [], { type: 'checkbox', name: 'verbergen', value: slug, checked: '' }),
							` ${slug} (bestaat niet in dit werkboek)`,
						],
						{ class: 'ih-vinkje' }
					)
				)
		);
	}

	#tekenLijsten(): void {
		const f = this.#f;
		const lijst = (naam: string) => this.#form.querySelector(`[data-lijst="${naam}"]`)!;
		lijst('opgaven').replaceChildren(
			...f.opgaven.map((o, i) =>
				this.#item(`opgaven.${i}`, `Opgave ${i + 1}`, [
					this.#tekstveld(`opgaven.${i}.titel`, 'Titel', o.titel, `Opgave ${i + 1}: titel`),
					this.#tekstveld(
						`opgaven.${i}.beschrijving`,
						'Beschrijving (een of twee zinnen)',
						o.beschrijving,
						`Opgave ${i + 1}: beschrijving`,
						true
					),
				])
			)
		);
		lijst('partners').replaceChildren(
			...f.partners.map((p, i) =>
				this.#item(`partners.${i}`, `Partner ${i + 1}`, [
					this.#tekstveld(`partners.${i}.naam`, 'Naam', p.naam, `Partner ${i + 1}: naam`),
					this.#tekstveld(
						`partners.${i}.id`,
						'Id (kleine letters, cijfers en streepjes)',
						p.id,
						`Partner ${i + 1}: id`
					),
					this.#keuzeveld(
						`partners.${i}.soort`,
						'Soort organisatie',
						p.soort,
						this.#keuzes.partnerSoorten,
						`Partner ${i + 1}: soort`
					),
					this.#tekstveld(
						`partners.${i}.website`,
						'Website (niet verplicht)',
						p.website,
						`Partner ${i + 1}: website`,
						false,
						'url'
					),
				])
			)
		);
		lijst('netwerken').replaceChildren(
			...f.netwerken.map((n, i) =>
				this.#item(`netwerken.${i}`, `Netwerk ${i + 1}`, [
					this.#tekstveld(`netwerken.${i}.naam`, 'Naam', n.naam, `Netwerk ${i + 1}: naam`),
					this.#keuzeveld(
						`netwerken.${i}.soort`,
						'Soort',
						n.soort,
						[
							['monodisciplinair', 'Monodisciplinair (één vakgebied)'],
							['multidisciplinair', 'Multidisciplinair (meer vakgebieden)'],
						],
						`Netwerk ${i + 1}: soort`
					),
					this.#tekstveld(
						`netwerken.${i}.doelgroep`,
						'Doelgroep',
						n.doelgroep,
						`Netwerk ${i + 1}: doelgroep`
					),
					this.#keuzeveld(
						`netwerken.${i}.schaal`,
						'Schaal',
						n.schaal,
						this.#keuzes.schalen.map((s) => [s, s]),
						`Netwerk ${i + 1}: schaal`
					),
					this.#keuzeveld(
						`netwerken.${i}.kader`,
						'Kader',
						n.kader,
						this.#keuzes.kaders.map((s) => [s, s]),
						`Netwerk ${i + 1}: kader`
					),
					this.#partnerKiezer(i, n.partners),
				])
			)
		);
	}

	#item(pad: string, titel: string, velden: HTMLElement[]): HTMLLIElement {
		return h(
			'li',
			[
				h(
					'fieldset',
					[
						h('legend', titel),
						...velden,
						h('button', `Haal ${titel.toLowerCase()} weg`, {
							type: 'button',
							class: 'hulpmiddel-knop',
							'data-weg': pad,
						}),
					],
					{ class: 'ih-groep' }
				),
			],
			{ 'data-item': pad }
		);
	}

	#tekstveld(
		pad: string,
		label: string,
		waarde: string,
		samenvatting: string,
		groot = false,
		type = 'text'
	): HTMLElement {
		const id = veldId(pad);
		const invoer = groot
			? h('textarea', [], { id, name: pad, rows: '2' })
			: h('input', [], { id, name: pad, type, autocomplete: 'off' });
		invoer.value = waarde;
		return h('div', [h('label', label, { for: id }), invoer], {
			class: 'hulpmiddel-veld ih-veld',
			'data-veld': pad,
			'data-label': samenvatting,
		});
	}

	#keuzeveld(
		pad: string,
		label: string,
		waarde: string,
		opties: [string, string][],
		samenvatting: string
	): HTMLElement {
		const id = veldId(pad);
		const select = h(
			'select',
			[
				h('option', 'Kies…', { value: '' }),
				...opties.map(([w, t]) => h('option', t, { value: w })),
			],
			{ id, name: pad }
		);
		// A value an opened file has that is not allowed: kept as an option, so the schema names it.
		if (waarde && !opties.some(([w]) => w === waarde))
			select.append(h('option', `${waarde} (niet toegestaan)`, { value: waarde }));
		select.value = waarde;
		return h('div', [h('label', label, { for: id }), select], {
			class: 'hulpmiddel-veld ih-veld',
			'data-veld': pad,
			'data-label': samenvatting,
		});
	}

	#partnerKiezer(n: number, gekozen: string[]): HTMLElement {
		const pad = `netwerken.${n}.partners`;
		const partners = this.#f.partners.filter((p) => p.id.trim());
		const ids = new Set(partners.map((p) => p.id.trim()));
		const vinkjes = [
			...partners.map((p) =>
				h(
					'label',
					[
						h('input', [], {
							type: 'checkbox',
							name: pad,
							value: p.id.trim(),
							...(gekozen.includes(p.id.trim()) ? { checked: '' } : {}),
						}),
						` ${p.naam.trim() || p.id.trim()}`,
					],
					{ class: 'ih-vinkje' }
				)
			),
			// Ids an opened file names that are no partner: shown ticked, so the error can be fixed here.
			...gekozen
				.filter((id) => !ids.has(id))
				.map((id) =>
					h(
						'label',
						[
							h('input', [], { type: 'checkbox', name: pad, value: id, checked: '' }),
							` ${id} (geen partner met dit id)`,
						],
						{ class: 'ih-vinkje' }
					)
				),
		];
		return h(
			'fieldset',
			[
				h('legend', `Welke partners doen mee aan netwerk ${n + 1}?`),
				...(vinkjes.length
					? vinkjes
					: [
							h('p', 'Voeg eerst partners toe; dan kun je ze hier aanvinken.', {
								class: 'ih-hint',
							}),
						]),
			],
			{
				class: 'ih-groep ih-partnerkiezer',
				'data-veld': pad,
				'data-label': `Netwerk ${n + 1}: partners`,
			}
		);
	}

	// ---- Events -------------------------------------------------------------------------------

	#bijInvoer(e: Event): void {
		const el = e.target as HTMLInputElement;
		if (el.type === 'file') return;
		this.#bijwerken();
	}

	#bijVerlaten(e: Event): void {
		const el = e.target as HTMLInputElement;
		if (!el.name || el.type === 'file') return;
		// Leaving a field by pressing a button: an error shown now would move the button away from
		// under the pointer before the click lands. Show it right after the click instead.
		if (this.#knopIngedrukt) {
			if (!this.#naKlik) {
				this.#naKlik = true;
				window.addEventListener(
					'click',
					() => setTimeout(() => ((this.#naKlik = false), this.#bijVerlaten(e))),
					{ once: true, capture: true }
				);
			}
			return;
		}
		const wrapper = el.closest<HTMLElement>('[data-veld]');
		if (wrapper) this.#aangeraakt.add(wrapper.dataset['veld']!);
		// A partner's id follows from its name, as long as the reader has not typed one.
		const naam = /^partners\.(\d+)\.naam$/.exec(el.name);
		if (naam && e.type === 'change') {
			const id = this.#form.querySelector<HTMLInputElement>(`[name="partners.${naam[1]}.id"]`);
			if (id && !id.value.trim()) id.value = maakId(el.value);
		}
		const wasPartner = el.name.startsWith('partners.');
		this.#bijwerken();
		// The networks' partner pickers list the partners: redraw them when a partner changed.
		if (wasPartner && e.type === 'change') this.#tekenKiezers();
	}

	#tekenKiezers(): void {
		this.#f.netwerken.forEach((n, i) => {
			const oud = this.#form.querySelector(`[data-veld="netwerken.${i}.partners"]`);
			oud?.replaceWith(this.#partnerKiezer(i, n.partners));
		});
		this.#bijwerken(false);
	}

	#bijKlik(e: Event): void {
		const knop = (e.target as HTMLElement).closest<HTMLButtonElement>('button');
		if (!knop) return;
		const soort = knop.dataset['voeg'] as 'opgaven' | 'partners' | 'netwerken' | undefined;
		if (soort) {
			this.#f = this.#lees();
			if (soort === 'opgaven') this.#f.opgaven.push({ titel: '', beschrijving: '' });
			if (soort === 'partners') this.#f.partners.push(leegePartner());
			if (soort === 'netwerken') this.#f.netwerken.push(leegNetwerk());
			this.#tekenLijsten();
			this.#bijwerken();
			const items = this.#form.querySelectorAll<HTMLElement>(`[data-lijst="${soort}"] > li`);
			items[items.length - 1]?.querySelector<HTMLElement>('input, select, textarea')?.focus();
			return;
		}
		const weg = knop.dataset['weg'];
		if (weg) {
			const [lijst, index] = weg.split('.') as ['opgaven' | 'partners' | 'netwerken', string];
			this.#f = this.#lees();
			const weggehaald = this.#f[lijst].splice(Number(index), 1)[0];
			if (lijst === 'partners' && weggehaald && 'id' in weggehaald) {
				for (const n of this.#f.netwerken)
					n.partners = n.partners.filter((id) => id !== weggehaald.id);
			}
			// Paths after the removed item move up: forget what was touched in this list.
			for (const pad of [...this.#aangeraakt])
				if (pad.startsWith(`${lijst}.`)) this.#aangeraakt.delete(pad);
			this.#tekenLijsten();
			this.#bijwerken();
			this.#meldingen.goed(
				`${weg.startsWith('opgaven') ? 'Opgave' : weg.startsWith('partners') ? 'Partner' : 'Netwerk'} ${Number(index) + 1} is weggehaald.`
			);
			this.querySelector<HTMLElement>(`[data-voeg="${lijst}"]`)?.focus();
			return;
		}
		if (knop.dataset['actie'] === 'voorstel') {
			const accent = this.#form.querySelector<HTMLInputElement>('#ih-accent')!;
			accent.value = knop.dataset['kleur']!;
			this.#bijwerken();
			accent.focus();
			this.#meldingen.goed(`De accentkleur is nu ${knop.dataset['kleur']}.`);
		}
		if (knop.dataset['actie'] === 'geen-logo') {
			this.#f.logo = '';
			this.#logoData = undefined;
			this.#logoFout = undefined;
			this.#bijwerken();
			this.#form.querySelector<HTMLElement>('#ih-logo')?.focus();
		}
	}

	// ---- Validation, preview, storage ---------------------------------------------------------

	/** The form's errors: the schema's latest verdict, the logo and the hidden chapters. */
	#fouten(): VeldFout[] {
		const fouten = [...(this.#uitslag?.fouten ?? [])];
		if (this.#logoFout) fouten.unshift({ pad: 'logo', bericht: this.#logoFout });
		// As the build checks it (src/regio/load.ts): hidden chapters must exist.
		this.#f.verbergen.forEach((slug, i) => {
			if (!this.#keuzes.hoofdstukken.includes(slug)) {
				fouten.push({
					pad: `hoofdstukken.verbergen.${i}`,
					bericht: `Er is geen hoofdstuk "${slug}". Haal het vinkje weg.`,
				});
			}
		});
		return fouten;
	}

	/** The field wrapper of an error path: the path itself, else its nearest parent in the form. */
	#wrapper(pad: string): HTMLElement | undefined {
		const delen = pad.split('.');
		for (let n = delen.length; n > 0; n--) {
			const el = this.#form.querySelector<HTMLElement>(
				`[data-veld="${delen.slice(0, n).join('.')}"]`
			);
			if (el) return el;
		}
		return undefined;
	}

	/** Reads the form, shows it, stores it and has it checked (shown again when the verdict is in). */
	#bijwerken(bewaar = true): void {
		this.#f = this.#lees();
		this.#toon();
		if (bewaar) this.#bewaar();
		if (this.#worker) void this.#controleer();
	}

	#toon(): void {
		const fouten = this.#fouten();
		this.#toonFouten(fouten);
		this.#toonKleur();
		this.#toonLogo();
		this.#toonKop();
		this.#toonKaart();
	}

	#toonFouten(fouten: VeldFout[]): void {
		for (const oud of this.#form.querySelectorAll('.ih-fout')) oud.remove();
		for (const el of this.#form.querySelectorAll('[aria-invalid]')) {
			el.removeAttribute('aria-invalid');
			const rest = (el.getAttribute('aria-describedby') ?? '')
				.split(' ')
				.filter((id) => id && !id.endsWith('-fout'));
			if (rest.length) el.setAttribute('aria-describedby', rest.join(' '));
			else el.removeAttribute('aria-describedby');
		}
		for (const el of this.#form.querySelectorAll('.ih-veld-fout'))
			el.classList.remove('ih-veld-fout');
		const zichtbaar: { fout: VeldFout; wrapper: HTMLElement | undefined }[] = [];
		for (const fout of fouten) {
			const wrapper = this.#wrapper(fout.pad);
			const pad = wrapper?.dataset['veld'] ?? fout.pad;
			if (!this.#alles && !this.#aangeraakt.has(pad)) continue;
			zichtbaar.push({ fout, wrapper });
			if (!wrapper) continue;
			wrapper.classList.add('ih-veld-fout');
			const id = `${veldId(pad)}-fout`;
			let melding = wrapper.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
			if (!melding) {
				melding = h('p', [h('span', 'Fout: ', { class: 'sr-only' })], { class: 'ih-fout', id });
				const kop = wrapper.querySelector(':scope > label, :scope > legend');
				const hint = wrapper.querySelector(':scope > .ih-hint');
				(hint ?? kop)?.after(melding);
			}
			melding.append(h('span', fout.bericht + ' '));
			for (const invoer of wrapper.querySelectorAll<HTMLElement>(
				'input:not([type="color"]), select, textarea'
			)) {
				if (invoer.getAttribute('name')?.startsWith(pad) === false && invoer.id !== veldId(pad))
					continue;
				invoer.setAttribute('aria-invalid', 'true');
				const ids = new Set(
					(invoer.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
				);
				ids.add(id);
				invoer.setAttribute('aria-describedby', [...ids].join(' '));
			}
		}
		const samenvatting = this.querySelector<HTMLElement>('[data-samenvatting]')!;
		const lijst = samenvatting.querySelector('[data-samenvatting-lijst]')!;
		lijst.replaceChildren(
			...zichtbaar.map(({ fout, wrapper }) => {
				const label = wrapper?.dataset['label'];
				const doel = wrapper?.querySelector<HTMLElement>(
					'input:not([type="color"]), select, textarea'
				);
				if (!doel)
					return h(
						'li',
						`${fout.pad}: ${fout.bericht} Dit veld staat niet in de invulhulp; pas het aan in het bestand zelf.`
					);
				const link = h('a', `${label}: ${fout.bericht}`, {
					href: `#${doel.id || veldId(fout.pad)}`,
					'data-naar': doel.id,
				});
				link.addEventListener('click', (e) => {
					e.preventDefault();
					doel.focus();
					doel.scrollIntoView({ block: 'center' });
				});
				return h('li', [link]);
			})
		);
		samenvatting.hidden = zichtbaar.length === 0;
	}

	#toonKleur(): void {
		const accent = this.#f.accent.trim();
		const uit = this.querySelector<HTMLElement>('[data-contrast]')!;
		const knop = this.querySelector<HTMLButtonElement>('[data-actie="voorstel"]')!;
		const kiezer = this.querySelector<HTMLInputElement>('[data-kiezer]')!;
		knop.hidden = true;
		if (!isHex(accent)) {
			uit.textContent = accent ? '' : 'Geen accentkleur: het werkboek gebruikt de standaardkleur.';
			return;
		}
		kiezer.value = lang(accent);
		const ratio = contrast(accent, WIT);
		if (ratio >= MIN_CONTRAST) {
			uit.textContent = `Contrast met wit: ${verhouding(ratio)}. Dat is genoeg voor leesbare tekst (minstens ${verhouding(MIN_CONTRAST)}).`;
		} else {
			const voorstel = voorstelAccent(accent);
			uit.textContent = `Contrast met wit: ${verhouding(ratio)}. Dat is te weinig; nodig is minstens ${verhouding(MIN_CONTRAST)}. Een donkerdere tint die wel genoeg contrast heeft: ${voorstel} (${verhouding(contrast(voorstel, WIT))}).`;
			knop.textContent = `Gebruik ${voorstel}`;
			knop.dataset['kleur'] = voorstel;
			knop.hidden = false;
		}
	}

	#toonLogo(): void {
		const nu = this.querySelector<HTMLElement>('[data-logo-nu]')!;
		const weg = this.querySelector<HTMLButtonElement>('[data-actie="geen-logo"]')!;
		const download = this.querySelector<HTMLButtonElement>('[data-actie="download-logo"]')!;
		weg.hidden = !this.#f.logo;
		download.hidden = !this.#logoData;
		download.textContent = `Download het logo (${this.#f.logo})`;
		if (!this.#f.logo) nu.textContent = 'Nog geen logo gekozen.';
		else if (this.#logoData) nu.textContent = `Gekozen logo: ${this.#f.logo}.`;
		else
			nu.textContent = `In het bestand staat het logo "${this.#f.logo}", maar dat bestand heb je hier niet gekozen. Laat het in de map content/regio/ staan, of kies het logo opnieuw.`;
	}

	#toonKop(): void {
		const naam = this.#f.naam.trim() || 'jullie regio';
		this.querySelector('[data-kop-titel]')!.textContent = `Werkboek ${naam}`;
		// The image only exists while there is a logo (an <img> without src is not valid HTML).
		const plek = this.querySelector<HTMLElement>('[data-kop-logo]')!;
		const img = plek.querySelector('img');
		if (!this.#logoData) img?.remove();
		else if (img?.getAttribute('src') !== this.#logoData || img.alt !== `Logo ${naam}`)
			plek.replaceChildren(h('img', [], { src: this.#logoData, alt: `Logo ${naam}` }));
		const kop = this.querySelector<HTMLElement>('[data-kop]')!;
		const accent = isHex(this.#f.accent) ? lang(this.#f.accent.trim()) : '';
		// The shade the build would use for links: the accent itself when it has enough contrast.
		const palet = accent
			? accentPalet(contrast(accent, WIT) >= MIN_CONTRAST ? accent : voorstelAccent(accent))
			: undefined;
		kop.style.setProperty('--ih-accent', palet?.licht.accent ?? '');
		kop.style.setProperty('--ih-accent-donker', palet?.donker.high ?? '');
	}

	#toonKaart(): void {
		const figuur = this.querySelector<HTMLElement>('[data-kaart]')!;
		const leeg = this.querySelector<HTMLElement>('[data-kaart-leeg]')!;
		// A valid form: the regio exactly as the build gets it; else what can be drawn already.
		const uitslag = this.#uitslag;
		const data = uitslag?.ok
			? uitslag.regio
			: voorKaart(
					this.#f,
					this.#keuzes.partnerSoorten.map(([w]) => w)
				);
		const teken = data.partners.length > 0 && data.netwerken.length > 0;
		figuur.hidden = !teken;
		leeg.hidden = teken;
		const doel = this.querySelector<HTMLElement>('[data-kaart-svg]')!;
		const svg = teken ? kaartSvg(data) : '';
		if (doel.dataset['svg'] !== svg) {
			// kaartSvg escapes every text it draws; parsed as SVG, never as script.
			doel.replaceChildren();
			if (svg) doel.append(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement);
			doel.dataset['svg'] = svg;
			// The legend as in the chapter: number, name, scale, frame, kind.
			this.querySelector('[data-kaart-legenda]')!.replaceChildren(
				...data.netwerken.map((n) =>
					h('li', [h('strong', n.naam), ` · ${n.schaal} · ${n.kader} · ${n.soort}`])
				)
			);
		}
	}

	#bewaar(): void {
		const bewaard: Bewaard = {
			versie: VERSIE,
			formulier: this.#f,
			...(this.#logoData ? { logoData: this.#logoData } : {}),
			aangeraakt: [...this.#aangeraakt],
			alles: this.#alles,
		};
		const resultaat = siteOpslag().schrijf(OPSLAG, bewaard);
		if (!resultaat.ok) this.#meldingen.fout(resultaat.melding);
	}

	// ---- Start, open, logo, download ----------------------------------------------------------

	async #begin(hoe: 'leeg' | 'starter'): Promise<void> {
		const heeftIets =
			this.#f.naam || this.#f.partners.length || this.#f.netwerken.length || this.#f.opgaven.length;
		if (heeftIets && !confirm('Alles wat je nu hebt ingevuld, gaat weg. Weet je het zeker?'))
			return;
		this.#aangeraakt.clear();
		this.#alles = false;
		this.#logoFout = undefined;
		if (hoe === 'leeg') {
			this.#f = leegFormulier();
			this.#logoData = undefined;
			this.#meldingen.goed('Je begint met een leeg formulier.');
		} else {
			const [{ leesRegioYaml }, { starterYaml, starterLogo }] = await Promise.all([
				laadYaml(),
				import('../regio/invulhulp-starter.ts'),
			]);
			const geopend = leesRegioYaml(starterYaml);
			if (!geopend.ok) return this.#meldingen.fout(geopend.meldingen.join(' '));
			this.#f = geopend.formulier;
			this.#logoData = starterLogo;
			this.#meldingen.goed(
				'De voorbeeldregio staat in het formulier. Pas de gegevens aan jullie eigen regio aan.'
			);
		}
		this.#vulFormulier();
		this.#bijwerken();
		this.#form.querySelector<HTMLElement>('#ih-naam')?.focus();
	}

	async #open(bestanden: File[]): Promise<void> {
		const yamlBestand = bestanden.find((b) => /\.ya?ml$/i.test(b.name));
		const afbeeldingen = bestanden.filter((b) => kindFromName(b.name));
		if (!yamlBestand) {
			return this.#meldingen.fout(
				'Je hebt geen regio.yaml gekozen. Kies het bestand regio.yaml (en eventueel het logo). Er is niets veranderd.'
			);
		}
		if (yamlBestand.size > MAX_BESTAND_BYTES) {
			return this.#meldingen.fout(
				`${yamlBestand.name} is groter dan 1 MB; dat is geen regio.yaml. Er is niets veranderd.`
			);
		}
		const tekst = await yamlBestand.text();
		const { leesRegioYaml, regelVan } = await laadYaml();
		const geopend = leesRegioYaml(tekst, yamlBestand.name);
		if (!geopend.ok)
			return this.#meldingen.fout(`${geopend.meldingen.join(' ')} Er is niets veranderd.`);
		this.#f = geopend.formulier;
		this.#logoData = undefined;
		this.#logoFout = undefined;
		const logo = afbeeldingen.find((b) => b.name === this.#f.logo) ?? afbeeldingen[0];
		if (logo) await this.#leesLogo(logo);
		this.#aangeraakt.clear();
		this.#alles = true;
		this.#vulFormulier();
		this.#bijwerken();
		await this.#controleer();
		const fouten = this.#fouten();
		if (fouten.length) {
			const regels = fouten.map((f) => {
				const regel = regelVan(tekst, f.pad);
				return `${regel ? `regel ${regel}` : f.pad}: ${f.bericht}`;
			});
			this.#meldingen.fout(
				`${yamlBestand.name} is geopend, maar er ${fouten.length === 1 ? 'is 1 punt' : `zijn ${fouten.length} punten`} om te verbeteren: ${regels.join(' ')}`
			);
		} else {
			this.#meldingen.goed(
				`${yamlBestand.name} is geopend: ${this.#f.partners.length} partners en ${this.#f.netwerken.length} netwerken. Alles klopt.`
			);
		}
	}

	async #kiesLogo(invoer: HTMLInputElement): Promise<void> {
		const bestand = invoer.files?.[0];
		invoer.value = '';
		if (!bestand) return;
		this.#aangeraakt.add('logo');
		await this.#leesLogo(bestand);
		this.#bijwerken();
	}

	/** Reads a logo by its bytes (never its name): refused unless it really is an SVG, PNG, JPG or WebP. */
	async #leesLogo(bestand: File): Promise<void> {
		if (bestand.size > MAX_BESTAND_BYTES) {
			this.#logoFout = `Het logo "${bestand.name}" is groter dan 1 MB. Maak het kleiner (een logo is meestal minder dan 100 kB) en kies het opnieuw.`;
			return;
		}
		const bytes = new Uint8Array(await bestand.arrayBuffer());
		const soort = imageKind(bytes);
		if (!soort) {
			this.#logoFout = `Het bestand "${bestand.name}" is geen afbeelding die het werkboek kan lezen. Kies een SVG-, PNG-, JPG- of WebP-bestand.`;
			return;
		}
		this.#logoFout = undefined;
		const naam = `logo.${EXTENSIES[soort][0]}`;
		const mime = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' }[
			soort
		];
		let binair = '';
		for (let i = 0; i < bytes.length; i += 0x8000)
			binair += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		this.#logoData = `data:${mime};base64,${btoa(binair)}`;
		this.#f.logo = naam;
		const beloofd = kindFromName(bestand.name);
		this.#meldingen.goed(
			beloofd && beloofd !== soort
				? `"${bestand.name}" is eigenlijk een ${SOORTNAAM[soort]}-afbeelding. Het logo heet daarom ${naam}.`
				: `Logo gekozen. Het heet in de download ${naam}.`
		);
	}

	async #download(): Promise<void> {
		const status = this.querySelector<HTMLElement>('[data-download-status]')!;
		this.#alles = true;
		this.#f = this.#lees();
		await this.#controleer();
		const fouten = this.#fouten();
		if (fouten.length) {
			status.textContent = `Nog niet gedownload: ${fouten.length === 1 ? 'er is 1 punt' : `er zijn ${fouten.length} punten`} om te verbeteren. Ze staan bovenaan.`;
			this.querySelector<HTMLElement>('[data-samenvatting]')!.focus();
			return;
		}
		const { schrijfRegioYaml } = await laadYaml();
		this.#bewaarBestand(
			'regio.yaml',
			new Blob([schrijfRegioYaml(this.#f)], { type: 'application/yaml' })
		);
		status.textContent = this.#logoData
			? `regio.yaml is gedownload. Download ook het logo (${this.#f.logo}) en zet beide bestanden in content/regio/.`
			: 'regio.yaml is gedownload. Zet het bestand in content/regio/.';
	}

	#downloadLogo(): void {
		if (!this.#logoData) return;
		const [kop, data] = this.#logoData.split(',') as [string, string];
		const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
		this.#bewaarBestand(this.#f.logo, new Blob([bytes], { type: kop.slice(5, kop.indexOf(';')) }));
		this.querySelector<HTMLElement>('[data-download-status]')!.textContent =
			`${this.#f.logo} is gedownload.`;
	}

	#bewaarBestand(naam: string, blob: Blob): void {
		const url = URL.createObjectURL(blob);
		const a = h('a', [], { href: url, download: naam });
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	}
}

customElements.define('regio-invulhulp', RegioInvulhulp);
