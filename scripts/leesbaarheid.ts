#!/usr/bin/env node
// `npm run leesbaarheid`: average sentence length per chapter. Aim (issue 15): 10 to 14 words, so the
// text stays B1 without reading choppy; tests/unit/inhoud.test.ts holds the hard limit of 15.
import { leesbaarheidVanHoofdstukken } from '../src/check/readability.ts';
import { PROJECT_ROOT } from '../src/plan/paths.ts';

const MINIMUM = 10;
const MAXIMUM = 14;
const rapport = leesbaarheidVanHoofdstukken(PROJECT_ROOT);
const breedte = Math.max(...rapport.map((r) => r.slug.length));
console.log(
	`Leesbaarheid van de hoofdstukken (doel: gemiddeld ${MINIMUM} tot ${MAXIMUM} woorden per zin)\n`
);
for (const r of rapport) {
	const teken = r.gemiddeld >= MINIMUM && r.gemiddeld <= MAXIMUM ? '✓' : '✗';
	console.log(
		`${teken} ${r.slug.padEnd(breedte)}  ${r.gemiddeld.toFixed(1).padStart(5)} woorden/zin  (${r.zinnen} zinnen)`
	);
}
const zinnen = rapport.reduce((s, r) => s + r.zinnen, 0);
const woorden = rapport.reduce((s, r) => s + r.woorden, 0);
console.log(
	`\nHeel het werkboek: ${(woorden / zinnen).toFixed(1)} woorden per zin over ${zinnen} zinnen.`
);
const langste = rapport
	.map((r) => ({ slug: r.slug, zin: r.langsteZin }))
	.sort((a, b) => b.zin.split(/\s+/).length - a.zin.split(/\s+/).length)[0];
if (langste)
	console.log(
		`Langste zin (${langste.slug}, ${langste.zin.split(/\s+/).length} woorden): "${langste.zin}"`
	);
