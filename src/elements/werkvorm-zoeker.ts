/** <werkvorm-zoeker>: filters the server-rendered list of working methods and says how many match. */
import { past } from '../hulpmiddelen/sessieplan.ts';
import { toonScriptDelen } from './gedeeld.ts';
import { leesFilter, leesWerkvormen } from './filters.ts';

class WerkvormZoeker extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLFormElement>('[data-filters]');
		const status = this.querySelector('[data-status]');
		if (!form) return;
		toonScriptDelen(this);
		const werkvormen = new Map(leesWerkvormen(this).map((w) => [w.slug, w]));
		const filter = () => {
			const f = leesFilter(form);
			let aantal = 0;
			for (const li of this.querySelectorAll<HTMLLIElement>('[data-lijst] > li')) {
				const w = werkvormen.get(li.dataset['slug'] ?? '');
				li.hidden = !w || !past(w, f);
				if (!li.hidden) aantal++;
			}
			if (status) {
				status.textContent =
					aantal === 0
						? 'Geen werkvormen gevonden. Kies minder filters.'
						: `${aantal === 1 ? '1 werkvorm' : `${aantal} werkvormen`} van de ${werkvormen.size} gevonden.`;
			}
		};
		form.addEventListener('input', filter);
		form.addEventListener('change', filter);
		form.addEventListener('submit', (e) => e.preventDefault());
	}
}

customElements.define('werkvorm-zoeker', WerkvormZoeker);
