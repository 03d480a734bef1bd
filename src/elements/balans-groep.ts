/**
 * <balans-groep>: reads several exported Balansmeter files (file picker with `multiple`, or
 * drag-and-drop), refuses bad ones with a Dutch message per file, and shows the group picture.
 * Nothing is stored or sent: the files stay in this page's memory.
 */
import { BALANCEERACTS } from '../schemas/balanceeracts.ts';
import { getal, groepsbeeld, grootsteVerschillen, leesBalansmeter, type ActGroep, type Deelnemer } from '../hulpmiddelen/balansmeter.ts';
import { kiesBestanden, leesBestand, Meldingen, h, toonScriptDelen } from './gedeeld.ts';
import { tekenGrafiek } from './grafiek.ts';


const actVan = (id: string) => BALANCEERACTS.find((a) => a.id === id)!;

class BalansGroep extends HTMLElement {
	#deelnemers: Deelnemer[] = [];
	#meldingen!: Meldingen;

	connectedCallback(): void {
		this.#meldingen = new Meldingen(this);
		toonScriptDelen(this);
		kiesBestanden(this.querySelector('[data-actie="kies"]'), this.querySelector('[data-invoer="kies"]'), (bestanden) => void this.#voegToe(bestanden));
		this.querySelector('[data-actie="druk"]')?.addEventListener('click', () => print());
		this.querySelector('[data-actie="leeg"]')?.addEventListener('click', () => {
			this.#deelnemers = [];
			this.#toon();
			this.#meldingen.goed('Alle bestanden zijn weggehaald.');
		});
		const sleep = this.querySelector<HTMLElement>('[data-sleep]');
		sleep?.addEventListener('dragover', (e) => {
			e.preventDefault();
			sleep.dataset['actief'] = '';
		});
		sleep?.addEventListener('dragleave', () => delete sleep.dataset['actief']);
		sleep?.addEventListener('drop', (e) => {
			e.preventDefault();
			delete sleep.dataset['actief'];
			void this.#voegToe([...(e.dataTransfer?.files ?? [])]);
		});
	}

	async #voegToe(bestanden: File[]): Promise<void> {
		const fouten: string[] = [];
		let erbij = 0;
		for (const bestand of bestanden) {
			const json = await leesBestand(bestand);
			const gelezen = json.ok ? leesBalansmeter(json.data) : json;
			if (!gelezen.ok) {
				// The shared message ends with "answers unchanged", which fits here too: the group view is unchanged.
				fouten.push(`${bestand.name}: ${gelezen.melding.replace('Je huidige antwoorden zijn niet veranderd.', 'Dit bestand is overgeslagen.')}`);
				continue;
			}
			this.#deelnemers.push({ naam: gelezen.data.naam || bestand.name.replace(/\.json$/i, ''), meter: gelezen.data });
			erbij++;
		}
		this.#toon();
		const goed = `${erbij === 1 ? '1 bestand' : `${erbij} bestanden`} toegevoegd; nu ${this.#deelnemers.length} ${this.#deelnemers.length === 1 ? 'deelnemer' : 'deelnemers'}.`;
		if (fouten.length) {
			this.#meldingen.fout('');
			const fout = this.querySelector('[data-fout]')!;
			fout.replaceChildren(h('p', `${goed} Niet alle bestanden konden worden gelezen:`), h('ul', fouten.map((f) => h('li', f))));
		} else {
			this.#meldingen.goed(goed);
		}
	}

	#toon(): void {
		const uitkomst = this.querySelector<HTMLElement>('[data-uitkomst]')!;
		uitkomst.hidden = this.#deelnemers.length === 0;
		const groepen = groepsbeeld(this.#deelnemers);
		this.querySelector('[data-deelnemers]')!.replaceChildren(...this.#deelnemers.map((d) => h('li', d.naam)));
		this.querySelector('[data-verschillen]')!.replaceChildren(
			...grootsteVerschillen(groepen).map((g) => {
				const act = actVan(g.act);
				const richting = (g.gemiddeldeVerschuiving ?? 0) === 0 ? '' : `, gemiddeld richting ${(g.gemiddeldeVerschuiving ?? 0) > 0 ? act.poolB : act.poolA}`;
				return h('li', `${act.titel}: ${getal(g.gemiddeldeAfstand)} stappen${richting}`);
			}),
		);
		const svg = this.querySelector<SVGSVGElement>('[data-grafiek]');
		if (svg) {
			const samenvatting = groepen.map((g) => `${actVan(g.act).titel}: gemiddeld nu ${getal(g.nu.gemiddelde)}, naartoe ${getal(g.straks.gemiddelde)}`);
			tekenGrafiek(
				svg,
				Object.fromEntries(groepen.map((g) => [g.act, g.posities])),
				`Groepsbeeld van ${this.#deelnemers.length} deelnemers op een schaal van 1 tot 7. ${samenvatting.join('. ')}. De tabellen hieronder geven alle posities.`,
				Object.fromEntries(groepen.map((g) => [g.act, { nu: g.nu.gemiddelde, straks: g.straks.gemiddelde }])),
			);
		}
		this.querySelector('[data-acts]')!.replaceChildren(...groepen.map((g) => this.#act(g)));
	}

	#act(g: ActGroep): HTMLElement {
		const act = actVan(g.act);
		const kolommen = ['Deelnemer', 'Nu', 'Naartoe', 'Notitie'];
		const tabel = h('table', [
			h('caption', `Posities bij ${act.titel} (1 = ${act.poolA}, 7 = ${act.poolB})`),
			h('thead', [h('tr', kolommen.map((k) => h('th', k, { scope: 'col' })))]),
			h(
				'tbody',
				g.posities.map((p) => h('tr', [h('th', p.naam, { scope: 'row' }), h('td', String(p.nu ?? '–')), h('td', String(p.straks ?? '–')), h('td', p.notitie ?? '')])),
			),
		], { class: 'hulpmiddel-tabel' });
		const feit = (term: string, waarde: string) => [h('dt', term), h('dd', waarde)];
		const bereik = (s: ActGroep['nu']) => (s.aantal ? `${s.min} tot ${s.max} (${s.bereik} stappen)` : '–');
		return h('section', [
			h('h3', `${act.nummer}. ${act.titel}`),
			h('dl', [
				...feit('Gemiddeld nu', getal(g.nu.gemiddelde)),
				...feit('Gemiddeld naartoe', getal(g.straks.gemiddelde)),
				...feit('Spreiding nu', bereik(g.nu)),
				...feit('Spreiding naartoe', bereik(g.straks)),
				...feit('Gemiddelde afstand nu–naartoe', g.gemiddeldeAfstand === undefined ? '–' : `${getal(g.gemiddeldeAfstand)} stappen`),
				...feit(
					'Grootste afstand',
					g.grootsteAfstand ? `${g.grootsteAfstand.afstand} ${g.grootsteAfstand.afstand === 1 ? 'stap' : 'stappen'} (${g.grootsteAfstand.namen.join(', ')})` : '–',
				),
			]),
			tabel,
		], { 'aria-label': act.titel });
	}
}

customElements.define('balans-groep', BalansGroep);
