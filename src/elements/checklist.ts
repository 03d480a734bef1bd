/**
 * The checklists of the trajectory's step pages are Markdown task lists: on paper and without
 * JavaScript, boxes to tick by hand (disabled in the HTML). This makes them usable on screen: a tick
 * is kept in this browser only (localStorage, with the tools' storage rules), per page, so the
 * facilitator sees next week what is done. Nothing is sent anywhere.
 */
import { Opslag, OPSLAG_VOL, opslagPrefix } from '../hulpmiddelen/opslag.ts';
import { normalizeBase } from '../utils/base-path.ts';

const NIET_BEWAARD_VOL =
	'Wat je afvinkt, is niet bewaard: de opslag van je browser is vol. Print de pagina als je het wilt bewaren.';
const NIET_BEWAARD_UIT =
	'Wat je afvinkt, kan niet worden bewaard: je browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Print de pagina als je het wilt bewaren.';

export function bewaarChecklists(): void {
	const vakjes = [
		...document.querySelectorAll<HTMLInputElement>(
			'.contains-task-list > .task-list-item input[type="checkbox"]'
		),
	];
	if (!vakjes.length) return;
	const base = normalizeBase(import.meta.env.BASE_URL);
	const opslag = new Opslag(opslagPrefix(location.origin, base));
	const naam = `checklist:${location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname}`;
	const opgeslagen = opslag.lees(naam);
	const aan = new Set(
		Array.isArray(opgeslagen) ? opgeslagen.filter((i): i is number => Number.isInteger(i)) : []
	);
	let melding: HTMLElement | undefined;
	const bewaar = () => {
		const resultaat = opslag.schrijf(
			naam,
			vakjes.flatMap((vakje, i) => (vakje.checked ? [i] : []))
		);
		if (resultaat.ok) {
			melding?.remove();
			melding = undefined;
			return;
		}
		if (!melding) {
			melding = document.createElement('p');
			melding.className = 'hulpmiddel-fout';
			melding.setAttribute('role', 'alert');
			vakjes[0]!.closest('.contains-task-list')!.after(melding);
		}
		melding.textContent = resultaat.melding === OPSLAG_VOL ? NIET_BEWAARD_VOL : NIET_BEWAARD_UIT;
	};
	vakjes.forEach((vakje, i) => {
		vakje.disabled = false;
		vakje.checked = aan.has(i);
		vakje.addEventListener('change', bewaar);
	});
}
