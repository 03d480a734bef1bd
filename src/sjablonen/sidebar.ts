import { relative } from 'node:path';
import type { GeladenRegio } from '../regio/load.ts';
import { loadSjablonen } from './load.ts';
import { vulTekst } from './fill.ts';

/**
 * The sidebar group of the templates: the overview and each template the region shows, in their
 * order, by the short part of their title ("Agenda sessie 1" of "Agenda sessie 1 – samen zien
 * waar we staan"). Links are root-relative: Starlight adds the base path (see hulpmiddelenGroep).
 * Loading checks every template, so a broken one stops the build before anything is rendered.
 * Undefined when there are no templates (a workbook without the folder, or all hidden).
 */
export function sjablonenGroep(root: string, geladen: GeladenRegio) {
	const { regio, bron } = geladen;
	const verborgen = regio.sjablonen.verbergen;
	const zichtbaar = loadSjablonen(root, {
		verborgen,
		regioBestand: relative(root, bron.bestand),
	}).filter((s) => !verborgen.includes(s.slug));
	if (!zichtbaar.length) return undefined;
	return {
		label: 'Sjablonen',
		collapsed: true,
		items: [
			{ label: 'Alle sjablonen', link: '/sjablonen/' },
			...zichtbaar.map((s) => ({
				label: vulTekst(s.data.titel, regio).split(' – ')[0]!,
				link: `/sjablonen/${s.slug}/`,
			})),
		],
	};
}
