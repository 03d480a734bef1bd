/**
 * A Dutch Markdown summary of what changed in the workbook's chapters and working methods between
 * two git refs, for the pull request that brings in updates from upstream
 * (.github/workflows/upstream-updates.yml).
 *
 *   node scripts/upstream-samenvatting.ts <van> <tot>      e.g. HEAD upstream/main
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';

export const MAPPEN = {
	'content/hoofdstukken': 'Hoofdstukken',
	'content/werkvormen': 'Werkvormen',
} as const;

export interface Wijziging {
	status: 'nieuw' | 'gewijzigd' | 'verwijderd';
	pad: string;
	titel: string;
}

const git = (cwd: string, args: string[]) =>
	execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The `title` from a Markdown file's front matter at `ref`, or the file name. */
function titelVan(cwd: string, ref: string, pad: string): string {
	try {
		const tekst = git(cwd, ['show', `${ref}:${pad}`]);
		const kop = /^---\r?\n([\s\S]*?)\r?\n---/.exec(tekst)?.[1];
		const titel = kop ? (parse(kop) as { title?: unknown } | null)?.title : undefined;
		if (typeof titel === 'string' && titel.trim()) return titel.trim();
	} catch {
		// Not there at this ref or no front matter: fall back to the file name.
	}
	return pad
		.split('/')
		.pop()!
		.replace(/\.mdx?$/, '');
}

/** Changed Markdown files under the chapter and working-method folders, per folder. */
export function wijzigingen(
	cwd: string,
	van: string,
	tot: string
): Record<keyof typeof MAPPEN, Wijziging[]> {
	const uitvoer = git(cwd, [
		'diff',
		'--name-status',
		'--no-renames',
		van,
		tot,
		'--',
		...Object.keys(MAPPEN),
	]);
	const resultaat = Object.fromEntries(
		Object.keys(MAPPEN).map((m) => [m, [] as Wijziging[]])
	) as Record<keyof typeof MAPPEN, Wijziging[]>;
	for (const regel of uitvoer.split('\n').filter(Boolean)) {
		const [code = '', ...paden] = regel.split('\t');
		const pad = paden[0]!;
		if (!/\.mdx?$/.test(pad)) continue;
		const map = (Object.keys(MAPPEN) as (keyof typeof MAPPEN)[]).find((m) =>
			pad.startsWith(`${m}/`)
		);
		if (!map) continue;
		const status: Wijziging['status'] = code.startsWith('A')
			? 'nieuw'
			: code.startsWith('D')
				? 'verwijderd'
				: 'gewijzigd';
		resultaat[map].push({
			status,
			pad,
			titel: titelVan(cwd, status === 'verwijderd' ? van : tot, pad),
		});
	}
	for (const lijst of Object.values(resultaat))
		lijst.sort((a, b) => a.titel.localeCompare(b.titel, 'nl'));
	return resultaat;
}

const WOORD: Record<Wijziging['status'], string> = {
	nieuw: 'nieuw',
	gewijzigd: 'gewijzigd',
	verwijderd: 'verwijderd',
};

/** The summary as Markdown (Dutch, for the people who review the pull request). */
export function samenvatting(cwd: string, van: string, tot: string): string {
	const perMap = wijzigingen(cwd, van, tot);
	const regels = ['## Wat verandert er in het werkboek?', ''];
	let totaal = 0;
	for (const [map, kop] of Object.entries(MAPPEN) as [keyof typeof MAPPEN, string][]) {
		const lijst = perMap[map];
		totaal += lijst.length;
		regels.push(`### ${kop}`, '');
		if (!lijst.length) regels.push('Geen veranderingen.', '');
		else
			regels.push(...lijst.map((w) => `- **${w.titel}** (${WOORD[w.status]}) – \`${w.pad}\``), '');
	}
	if (!totaal)
		regels.splice(
			2,
			0,
			'Er veranderen geen hoofdstukken of werkvormen. Wel misschien de generator of andere bestanden.',
			''
		);
	regels.push(
		'Jullie eigen map `content/regio/` verandert niet. De controle bij deze pull request laat zien of jullie gegevens nog kloppen.'
	);
	return `${regels.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [van, tot] = process.argv.slice(2);
	if (!van || !tot) {
		console.error(
			'Gebruik: node scripts/upstream-samenvatting.ts <van> <tot>, bijvoorbeeld HEAD upstream/main'
		);
		process.exit(1);
	}
	process.stdout.write(samenvatting(process.cwd(), van, tot));
}
