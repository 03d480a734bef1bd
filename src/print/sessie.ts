import { klok, maakAgenda, planUitHash, type WerkvormKort } from '../hulpmiddelen/sessieplan.ts';

/**
 * Fills the session bundle (/print/sessie/#start=…&items=…): the agenda with clock times, then the
 * card and worksheet of each chosen method in plan order; all other methods are removed from the
 * page, so only the session prints. Runs in the browser; nothing is fetched.
 */
export function toonSessiebundel(doc: Document): void {
	const werkvormen: WerkvormKort[] = JSON.parse(
		doc.querySelector('script[data-werkvormen]')?.textContent ?? '[]'
	);
	const opSlug = new Map(werkvormen.map((w) => [w.slug, w]));
	const plan = planUitHash(location.hash, new Set(opSlug.keys()));
	const onderdelen = doc.querySelector('[data-sessie-onderdelen]')!;
	const blokken = new Map(
		[...onderdelen.querySelectorAll<HTMLElement>('[data-sessie-werkvorm]')].map((b) => [
			b.dataset['sessieWerkvorm']!,
			b,
		])
	);
	const gekozen = [...new Set(plan.items.flatMap((i) => (i.soort === 'werkvorm' ? [i.slug] : [])))];
	for (const [slug, blok] of blokken) if (!gekozen.includes(slug)) blok.remove();
	for (const slug of gekozen) {
		const blok = blokken.get(slug);
		if (blok) onderdelen.append(blok);
	}
	if (!plan.items.length) return;

	const agenda = maakAgenda(plan, opSlug);
	doc.querySelector('[data-sessie-leeg]')?.remove();
	doc.querySelector<HTMLElement>('[data-sessie-tabel]')!.hidden = false;
	doc.querySelector('[data-sessie-samenvatting]')!.textContent =
		`Agenda van ${klok(agenda.begin)} tot ${klok(agenda.eind)} (${agenda.totaal} minuten)`;
	doc.querySelector('[data-sessie-regels]')!.replaceChildren(
		...agenda.regels.map((regel) => {
			const rij = doc.createElement('tr');
			for (const tekst of [
				`${klok(regel.begin)}–${klok(regel.eind)}`,
				regel.titel,
				String(regel.minuten),
			]) {
				const cel = doc.createElement('td');
				cel.textContent = tekst;
				rij.append(cel);
			}
			return rij;
		})
	);
}
