/**
 * <sessie-planner>: choose working methods, order them with buttons (keyboard too), add breaks,
 * set a start time; the agenda, total and materials follow. The plan is kept in the URL fragment
 * (history.replaceState), so it can be bookmarked and shared and never reaches a server.
 */
import {
	duurTekst,
	klok,
	maakAgenda,
	materialenLijst,
	past,
	planNaarHash,
	planUitHash,
	planVanVoorstel,
	verplaats,
	voorstelUitHash,
	MAX_ITEMS,
	VOORSTELLEN,
	type Plan,
	type PlanItem,
	type Voorstel,
	type WerkvormKort,
} from '../hulpmiddelen/sessieplan.ts';
import { Meldingen, h, toonScriptDelen } from './gedeeld.ts';
import { leesFilter, leesWerkvormen } from './filters.ts';

function knop(tekst: string, attrs: Record<string, string>, label?: string): HTMLButtonElement {
	const b = h('button', tekst, { type: 'button', class: 'hulpmiddel-knop', ...attrs });
	if (label) b.setAttribute('aria-label', label);
	return b;
}

type PrintRoutes = { werkblad?: string; kaart?: string };

class SessiePlanner extends HTMLElement {
	#werkvormen = new Map<string, WerkvormKort>();
	#plan: Plan = { start: '09:30', items: [] };
	#meldingen!: Meldingen;
	#base = '';
	#printroutes: PrintRoutes = {};

	connectedCallback(): void {
		this.#meldingen = new Meldingen(this);
		this.#base = this.dataset['base'] ?? '';
		this.#printroutes = JSON.parse(this.dataset['printroutes'] ?? '{}') as PrintRoutes;
		this.#werkvormen = new Map(leesWerkvormen(this).map((w) => [w.slug, w]));
		toonScriptDelen(this);
		this.#leesHash();
		this.#toonKeuze();
		this.#toon();

		const filters = this.querySelector<HTMLFormElement>('[data-filters]');
		filters?.addEventListener('input', () => this.#toonKeuze());
		filters?.addEventListener('change', () => this.#toonKeuze());
		filters?.addEventListener('submit', (e) => e.preventDefault());
		this.querySelector<HTMLInputElement>('[data-start]')?.addEventListener('change', (e) => {
			const waarde = (e.target as HTMLInputElement).value;
			if (/^\d{2}:\d{2}$/.test(waarde)) this.#wijzig({ ...this.#plan, start: waarde });
		});
		this.querySelector('[data-actie="pauze"]')?.addEventListener('click', () => {
			const minuten = Number(this.querySelector<HTMLInputElement>('[data-pauze]')?.value);
			if (!Number.isInteger(minuten) || minuten < 1 || minuten > 240) {
				this.#meldingen.fout('Geef de pauze in hele minuten, van 1 tot 240.');
				return;
			}
			this.#voegToe({ soort: 'pauze', minuten });
		});
		this.querySelector('[data-actie="druk"]')?.addEventListener('click', () => print());
		this.querySelector('[data-actie="leeg"]')?.addEventListener('click', () => {
			if (!this.#plan.items.length || confirm('Wil je alle onderdelen uit deze planning halen?')) {
				this.#wijzig({ ...this.#plan, items: [] });
				this.#meldingen.goed('De planning is leeg.');
			}
		});
		this.querySelector('[data-actie="deel"]')?.addEventListener('click', () => {
			navigator.clipboard.writeText(location.href).then(
				() => this.#meldingen.goed('De link naar deze planning is gekopieerd.'),
				() =>
					this.#meldingen.fout(
						'Kopiëren lukte niet. Kopieer het webadres uit de adresbalk van je browser.'
					)
			);
		});
		// A pasted or bookmarked link opened in the same tab.
		addEventListener('hashchange', () => {
			this.#leesHash();
			this.#toon();
		});
		this.querySelector('[data-voorstellen]')?.addEventListener('click', (e) => {
			const id = (e.target as HTMLElement).closest<HTMLElement>('[data-voorstel]')?.dataset[
				'voorstel'
			];
			const voorstel = VOORSTELLEN.find((v) => v.id === id);
			if (!voorstel) return;
			if (
				this.#plan.items.length &&
				!confirm(`Wil je de huidige planning vervangen door het voorstel "${voorstel.titel}"?`)
			)
				return;
			this.#laadVoorstel(voorstel);
		});
		this.querySelector('[data-keuze]')?.addEventListener('click', (e) => {
			const slug = (e.target as HTMLElement).closest<HTMLElement>('[data-voeg-toe]')?.dataset[
				'voegToe'
			];
			if (slug) this.#voegToe({ soort: 'werkvorm', slug });
		});
		this.querySelector('[data-plan]')?.addEventListener('click', (e) => {
			const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-index]');
			if (b) this.#bewerk(Number(b.dataset['index']), b.dataset['doe'] ?? '');
		});
	}

	/**
	 * The plan from the address: a preset (`#voorstel=sessie-1`) is loaded and then written back as
	 * an ordinary plan, so the facilitator's changes round-trip through the URL like any plan.
	 */
	#leesHash(): void {
		const voorstel = voorstelUitHash(location.hash);
		if (voorstel) this.#laadVoorstel(voorstel, false);
		else this.#plan = planUitHash(location.hash, new Set(this.#werkvormen.keys()));
	}

	#laadVoorstel(voorstel: Voorstel, tonen = true): void {
		this.#plan = planVanVoorstel(voorstel, new Set(this.#werkvormen.keys()));
		history.replaceState(null, '', `#${planNaarHash(this.#plan)}`);
		if (tonen) this.#toon();
		// Where the plan goes next, when this build has that session's agenda template.
		const sjabloon = this.querySelector(
			`a[data-agenda-sjabloon="agenda-${voorstel.id}"]`
		)?.textContent;
		this.#meldingen.goed(
			`Het voorstel "${voorstel.titel}" staat in de planning. Pas het aan zoals het bij jullie past.` +
				(sjabloon ? ` Met "${sjabloon}" onderaan zet je de agenda daarna in het sjabloon.` : '')
		);
	}

	#titel(item: PlanItem): string {
		return item.soort === 'pauze'
			? `Pauze van ${item.minuten} minuten`
			: (this.#werkvormen.get(item.slug)?.titel ?? item.slug);
	}

	#wijzig(plan: Plan): void {
		this.#plan = plan;
		history.replaceState(null, '', `#${planNaarHash(plan)}`);
		this.#toon();
	}

	#voegToe(item: PlanItem): void {
		if (this.#plan.items.length >= MAX_ITEMS) {
			this.#meldingen.fout(`Een planning heeft hoogstens ${MAX_ITEMS} onderdelen.`);
			return;
		}
		this.#wijzig({ ...this.#plan, items: [...this.#plan.items, item] });
		this.#meldingen.goed(
			`${this.#titel(item)} staat nu op plaats ${this.#plan.items.length} van de sessie.`
		);
	}

	/** Moves or removes an item and keeps keyboard focus on the moved item's button. */
	#bewerk(index: number, doe: string): void {
		const item = this.#plan.items[index];
		if (!item) return;
		if (doe === 'weg') {
			this.#wijzig({ ...this.#plan, items: this.#plan.items.filter((_, i) => i !== index) });
			this.#meldingen.goed(`${this.#titel(item)} is uit de planning gehaald.`);
			const volgende = this.querySelector<HTMLElement>(
				`[data-plan] button[data-index="${Math.min(index, this.#plan.items.length - 1)}"][data-doe="weg"]`
			);
			(volgende ?? this.querySelector<HTMLElement>('[data-actie="pauze"]'))?.focus();
			return;
		}
		const richting = doe === 'op' ? -1 : 1;
		const doel = index + richting;
		if (doel < 0 || doel >= this.#plan.items.length) return;
		this.#wijzig({ ...this.#plan, items: verplaats(this.#plan.items, index, richting) });
		this.#meldingen.goed(
			`${this.#titel(item)} staat nu op plaats ${doel + 1} van ${this.#plan.items.length}.`
		);
		const zelfde = this.querySelector<HTMLButtonElement>(
			`[data-plan] button[data-index="${doel}"][data-doe="${doe}"]`
		);
		const ander = this.querySelector<HTMLButtonElement>(
			`[data-plan] button[data-index="${doel}"][data-doe="${doe === 'op' ? 'neer' : 'op'}"]`
		);
		(zelfde && !zelfde.disabled ? zelfde : ander)?.focus();
	}

	#toonKeuze(): void {
		const form = this.querySelector<HTMLFormElement>('[data-filters]');
		const f = form ? leesFilter(form) : {};
		const passend = [...this.#werkvormen.values()].filter((w) => past(w, f));
		this.querySelector('[data-keuze]')?.replaceChildren(
			...passend.map((w) =>
				h(
					'li',
					[
						h('div', [
							h('a', w.titel, { href: `${this.#base}/werkvormen/${w.slug}/` }),
							h('p', `${duurTekst(w.duur)} · ${w.groep.min} tot ${w.groep.max} deelnemers`, {
								class: 'hulpmiddel-feiten',
							}),
						]),
						knop('Voeg toe', { 'data-voeg-toe': w.slug }, `Voeg toe: ${w.titel}`),
					],
					{ class: 'hulpmiddel-regel' }
				)
			)
		);
		const aantal = this.querySelector('[data-aantal]');
		if (aantal)
			aantal.textContent = `${passend.length} van de ${this.#werkvormen.size} werkvormen passen bij je keuze.`;
	}

	#toon(): void {
		const { items } = this.#plan;
		const start = this.querySelector<HTMLInputElement>('[data-start]');
		if (start && start.value !== this.#plan.start) start.value = this.#plan.start;
		// Nothing planned yet: a sentence instead of an empty list and an empty table.
		for (const el of this.querySelectorAll<HTMLElement>('[data-leeg]'))
			el.hidden = items.length > 0;
		for (const el of this.querySelectorAll<HTMLElement>(
			'[data-plan], [data-agenda-tabel], [data-bundel]'
		))
			el.hidden = items.length === 0;

		const agenda = maakAgenda(this.#plan, this.#werkvormen);
		this.querySelector('[data-plan]')?.replaceChildren(
			...items.map((item, i) => {
				const titel = this.#titel(item);
				const regel = agenda.regels[i];
				const op = knop(
					'Omhoog',
					{ 'data-index': String(i), 'data-doe': 'op' },
					`Omhoog: ${titel}`
				);
				const neer = knop(
					'Omlaag',
					{ 'data-index': String(i), 'data-doe': 'neer' },
					`Omlaag: ${titel}`
				);
				op.disabled = i === 0;
				neer.disabled = i === items.length - 1;
				return h(
					'li',
					[
						h('span', regel ? `${klok(regel.begin)} · ${titel} (${regel.minuten} min.)` : titel),
						// The three buttons stay together on one line, also when the row wraps on a phone.
						h(
							'span',
							[
								op,
								neer,
								knop(
									'Verwijder',
									{ 'data-index': String(i), 'data-doe': 'weg' },
									`Verwijder: ${titel}`
								),
							],
							{ class: 'hulpmiddel-regel-knoppen' }
						),
					],
					{ class: 'hulpmiddel-regel' }
				);
			})
		);

		this.querySelector('[data-agenda]')?.replaceChildren(
			...agenda.regels.map((r) =>
				h('tr', [
					h('td', `${klok(r.begin)}–${klok(r.eind)}`),
					h('td', r.titel),
					h('td', String(r.minuten)),
				])
			)
		);
		const samenvatting = this.querySelector('[data-samenvatting]');
		if (samenvatting) {
			samenvatting.textContent = agenda.regels.length
				? `Sessie van ${klok(agenda.begin)} tot ${klok(agenda.eind)}: ${duurTekst(agenda.totaal)} in totaal.`
				: 'Nog geen onderdelen.';
		}
		const materialen = materialenLijst(this.#plan, this.#werkvormen);
		this.querySelector('[data-materialen]')?.replaceChildren(
			...(materialen.length
				? materialen.map((m) => h('li', `${m.materiaal} (${m.voor.join(', ')})`))
				: [h('li', 'Nog geen materialen.')])
		);
		const gekozen = [...new Set(items.flatMap((i) => (i.soort === 'werkvorm' ? [i.slug] : [])))];
		const printUrl = (patroon: string | undefined, slug: string) =>
			patroon
				? `${this.#base}/${patroon.replace(/^\//, '').replace('[slug]', slug).replace(/\/?$/, '/')}`
				: undefined;
		// The agenda templates take the plan from the address, in the same encoding.
		for (const el of this.querySelectorAll<HTMLElement>('[data-agenda-sjablonen]'))
			el.hidden = items.length === 0;
		for (const a of this.querySelectorAll<HTMLAnchorElement>('a[data-agenda-sjabloon]'))
			a.href = `${this.#base}/sjablonen/${a.dataset['agendaSjabloon']}/#${planNaarHash(this.#plan)}`;
		const bundel = this.querySelector<HTMLAnchorElement>('[data-sessiebundel]');
		if (bundel) bundel.href = `${this.#base}/print/sessie/#${planNaarHash(this.#plan)}`;
		this.querySelector('[data-bundel]')?.replaceChildren(
			...gekozen.map((slug) => {
				const w = this.#werkvormen.get(slug)!;
				const links: (Node | string)[] = [
					h('a', w.titel, { href: `${this.#base}/werkvormen/${slug}/` }),
				];
				const kaart = printUrl(this.#printroutes.kaart, slug);
				const werkblad = w.werkblad ? printUrl(this.#printroutes.werkblad, slug) : undefined;
				if (kaart) links.push(' · ', h('a', `begeleiderskaart ${w.titel}`, { href: kaart }));
				if (werkblad) links.push(' · ', h('a', `werkblad ${w.titel}`, { href: werkblad }));
				return h('li', links);
			})
		);
	}
}

customElements.define('sessie-planner', SessiePlanner);
