// Synthetic workbooks for `npm run bench`: a content tree (chapters, working methods, home page,
// werkboek.yaml) for a copy of the project (kopieerProject), the same Markdown as a bare
// Starlight site, and a large region. Deterministic, so runs on different days compare.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { BALANCEERACT_IDS, FASEN, INZICHT_IDS } from '../../src/schemas/balanceeracts.ts';
import {
	NETWERK_KADERS,
	NETWERK_SCHALEN,
	PARTNER_SOORTEN,
} from '../../src/schemas/regio-keuzes.ts';
import { werkvormSchema } from '../../src/schemas/werkvorm.ts';

/** Chapters per sidebar part, like the real workbook's parts of three to five chapters, but larger. */
export const PER_DEEL = 25;
export const WERKVORMEN = 100;

const ONDERWERPEN = [
	'samenwerken in de wijk',
	'de rol van de gemeente',
	'inkoop en contracten',
	'data delen',
	'de stem van inwoners',
	'personeel vasthouden',
	'preventie',
	'mantelzorg',
	'jeugdhulp',
	'ouderenzorg',
	'wonen en zorg',
	'financiering',
];
const ZINNEN = [
	'Regionaal samenwerken vraagt tijd, aandacht en vertrouwen tussen partners.',
	'Niet elke opgave past op dezelfde schaal; soms werkt de wijk beter dan de regio.',
	'Een goed gesprek begint met een vraag die iedereen herkent.',
	'Partners brengen eigen belangen mee, en dat is geen probleem zolang je ze uitspreekt.',
	'Wie niet aan tafel zit, heeft vaak wel belang bij de uitkomst.',
	'Kijk eerst wat er al is, voordat je iets nieuws begint.',
	'Cijfers helpen, maar ze vertellen nooit het hele verhaal.',
	'Maak afspraken klein en concreet, zodat je ze ook echt nakomt.',
	'Een netwerk dat niet meer reflecteert, raakt op den duur zijn doel kwijt.',
	'Gemeenteraden willen weten wat er in hun naam wordt afgesproken.',
];

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

/** Slug of chapter `i` (0-based): `deel-01/hoofdstuk-0001`. */
export function hoofdstukSlug(i: number): string {
	return `deel-${pad2(Math.floor(i / PER_DEEL) + 1)}/hoofdstuk-${pad4(i + 1)}`;
}
export function werkvormSlug(i: number): string {
	return `werkvorm-${String(i + 1).padStart(3, '0')}`;
}

function alinea(seed: number, zinnen = 5): string {
	return Array.from({ length: zinnen }, (_, k) => ZINNEN[(seed * 7 + k * 3) % ZINNEN.length]).join(
		' '
	);
}

/**
 * The chapter written as MDX (0-based), like every chapter of the real workbook; the others are
 * Markdown. The dev bench edits both kinds: Astro updates them along different paths.
 */
export const MDX_HOOFDSTUK = 1;

/** One chapter of about 6 kB, with what real chapters have: headings, lists, a table, an aside, links. */
function hoofdstuk(i: number, aantal: number): string {
	// In MDX `{…}` is an expression: bare Starlight has no `regio`, so the MDX chapter names none.
	const regio = i === MDX_HOOFDSTUK ? 'de regio' : '{regio.naam}';
	const onderwerp = ONDERWERPEN[i % ONDERWERPEN.length]!;
	const volgende = hoofdstukSlug((i + 1) % aantal);
	const eerder = hoofdstukSlug(Math.max(0, i - 7) % aantal);
	const werkvorm = werkvormSlug(i % WERKVORMEN);
	return `---
title: "Hoofdstuk ${i + 1}: ${onderwerp}"
description: Een synthetisch hoofdstuk over ${onderwerp}, voor het meten van de bouwtijd.
---

Dit hoofdstuk gaat over ${onderwerp} in ${regio}. ${alinea(i)} Lees ook [het volgende hoofdstuk](/${volgende}/) en [de werkvorm](/werkvormen/${werkvorm}/).

## Waar het om gaat

${alinea(i + 1, 6)}

${alinea(i + 2, 6)}

- **Scherpere doelen.** ${ZINNEN[i % ZINNEN.length]}
- **Minder gedoe.** ${ZINNEN[(i + 1) % ZINNEN.length]}
- **Meer vertrouwen.** ${ZINNEN[(i + 2) % ZINNEN.length]}
- **Betere keuzes.** ${ZINNEN[(i + 3) % ZINNEN.length]}

### Een voorbeeld

${alinea(i + 3, 7)}

:::tip[Voorbeeld uit de praktijk]
${alinea(i + 4, 3)}
:::

## Wat jullie kunnen doen

${alinea(i + 5, 6)} Zie [de vragen hieronder](#vragen-voor-het-gesprek) en [een eerder hoofdstuk](/${eerder}/#waar-het-om-gaat).

| partner | rol | wat het oplevert |
| --- | --- | --- |
| gemeente | regie | ${ZINNEN[(i + 4) % ZINNEN.length]} |
| zorgaanbieder | uitvoering | ${ZINNEN[(i + 5) % ZINNEN.length]} |
| zorgkantoor | inkoop | ${ZINNEN[(i + 6) % ZINNEN.length]} |
| inwoners | ervaring | ${ZINNEN[(i + 7) % ZINNEN.length]} |

${alinea(i + 6, 5)}

## Vragen voor het gesprek

1. Waarom werken jullie samen aan ${onderwerp}?
2. Wie mist er aan tafel, en wat zou die persoon zeggen?
3. Wat doen jullie over een jaar anders dan nu?
4. Welke afspraak maken jullie vandaag?

${alinea(i + 7, 6)}

## Tot slot

${alinea(i + 8, 5)}
`;
}

/** A working method that passes src/schemas/werkvorm.ts (checked when generated). */
function werkvorm(i: number, aantal: number) {
	const minuten = [5, 10, 15, 5 + (i % 10)];
	const frontmatter = {
		title: `Werkvorm ${i + 1}`,
		description: `Een synthetische werkvorm voor het meten van de bouwtijd (${i + 1}).`,
		werkvorm: {
			doel: `Samen ${ONDERWERPEN[i % ONDERWERPEN.length]} verkennen en een eerste stap kiezen.`,
			duur: minuten.reduce((a, b) => a + b, 0),
			groep: { min: 3 + (i % 4), max: 20 + i },
			materialen: ['Werkblad per deelnemer', 'Plakbriefjes', 'Stiften'],
			opstelling: 'Tafels voor vier tot zes personen.',
			voorbereiding: ['Kies de startvraag.', 'Print het werkblad.'],
			fase: [FASEN[i % FASEN.length], FASEN[(i + 2) % FASEN.length]].filter(
				(f, k, a) => a.indexOf(f) === k
			),
			balanceeracts: [BALANCEERACT_IDS[i % BALANCEERACT_IDS.length]],
			inzichten: [INZICHT_IDS[i % INZICHT_IDS.length]],
			hoofdstukken: [hoofdstukSlug(i % aantal)],
			stappen: minuten.map((m, k) => ({
				titel: `Stap ${k + 1}`,
				minuten: m,
				beschrijving: ZINNEN[(i + k) % ZINNEN.length],
			})),
			tips: [ZINNEN[i % ZINNEN.length], ZINNEN[(i + 3) % ZINNEN.length]],
			valkuilen: [ZINNEN[(i + 5) % ZINNEN.length]],
			varianten: {
				online: 'Werk in aparte ruimtes met een gedeeld document.',
				groteGroep: 'Laat alle tafels tegelijk werken.',
			},
			werkblad: {
				instructie: 'Vul dit werkblad eerst alleen in en bespreek het dan in je groep.',
				velden: [
					{ type: 'tekst', label: 'Wat gaat goed in onze samenwerking?', regels: 4 },
					{
						type: 'schaal',
						label: 'Waar staan we nu?',
						links: 'Maatschappelijke inbedding',
						rechts: 'Institutionele borging',
					},
					{ type: 'lijst', label: 'Wie betrekken we nog?', items: 5 },
				],
			},
		},
	};
	const resultaat = werkvormSchema.safeParse(frontmatter.werkvorm);
	if (!resultaat.success)
		throw new Error(`Synthetische werkvorm ${i + 1} is ongeldig: ${resultaat.error.message}`);
	return `---\n${stringify(frontmatter)}---\n\n## Zo werkt het\n\n${alinea(i, 6)}\n\n## Na afloop\n\n${alinea(i + 1, 4)}\n`;
}

function schrijf(bestand: string, tekst: string) {
	mkdirSync(dirname(bestand), { recursive: true });
	writeFileSync(bestand, tekst);
}

/** The synthetic glossary: terms from ONDERWERPEN and ZINNEN, so chapters link to it. */
const BEGRIPPEN = [
	{
		term: 'Mantelzorg',
		vormen: ['mantelzorger', 'mantelzorgers'],
		uitleg: 'Zorg die iemand geeft aan een naaste, zonder dat het zijn beroep is.',
	},
	{ term: 'Preventie', uitleg: 'Voorkomen dat een probleem ontstaat of groter wordt.' },
	{ term: 'Jeugdhulp', uitleg: 'Hulp en ondersteuning voor kinderen, jongeren en hun ouders.' },
	{
		term: 'Gemeenteraad',
		vormen: ['gemeenteraden'],
		uitleg:
			'Het gekozen bestuur van een gemeente, dat de koers bepaalt en het college controleert.',
	},
	{
		term: 'Netwerk',
		vormen: ['netwerken'],
		uitleg: 'Een groep partners die samenwerkt rond een gedeelde opgave.',
	},
];

/** Chapters of the real workbook that tool pages link to, by slug and title. */
const GELINKTE_HOOFDSTUKKEN: [string, string][] = [
	['balans-door-de-tijd', 'De balans door de tijd'],
	['regio-aanpassen', 'Zo maak je het werkboek van jullie regio'],
];

export interface Werkboek {
	/** Folder of the content tree, absolute. */
	inhoud: string;
	/** Sidebar parts, as in werkboek.yaml. */
	delen: { label: string; hoofdstukken: string[] }[];
}

/** Writes a synthetic content tree with `aantal` chapters and 100 working methods into `map/content/`. */
export function genereerWerkboek(map: string, aantal: number): Werkboek {
	const inhoud = join(map, 'content');
	rmSync(inhoud, { recursive: true, force: true });
	const delen: Werkboek['delen'] = [];
	for (let i = 0; i < aantal; i++) {
		const slug = hoofdstukSlug(i);
		const deel = Math.floor(i / PER_DEEL);
		(delen[deel] ??= { label: `Deel ${deel + 1}`, hoofdstukken: [] }).hoofdstukken.push(slug);
		schrijf(
			join(inhoud, 'hoofdstukken', `${slug}.${i === MDX_HOOFDSTUK ? 'mdx' : 'md'}`),
			hoofdstuk(i, aantal)
		);
	}
	for (let i = 0; i < WERKVORMEN; i++)
		schrijf(join(inhoud, 'werkvormen', `${werkvormSlug(i)}.md`), werkvorm(i, aantal));
	// A glossary like the real one (content/begrippen.yaml is required): its page, and terms that
	// occur in the chapters, so their first use is linked as in a real workbook.
	schrijf(join(inhoud, 'begrippen.yaml'), stringify(BEGRIPPEN));
	schrijf(
		join(inhoud, 'hoofdstukken', 'begrippenlijst.mdx'),
		`---\ntitle: Begrippenlijst\ndescription: De begrippen van het synthetische werkboek.\ntableOfContents: false\n---\n\nDe begrippen op een rij.\n\n<Begrippenlijst />\n`
	);
	// The chapters the tool pages link to (src/pages): without them the link check stops the build.
	for (const [slug, titel] of GELINKTE_HOOFDSTUKKEN)
		schrijf(
			join(inhoud, 'hoofdstukken', `${slug}.md`),
			`---\ntitle: ${titel}\ndescription: Een synthetisch hoofdstuk waar de hulpmiddelen naar linken.\n---\n\n${alinea(slug.length, 6)}\n`
		);
	delen.push({
		label: 'Naslag',
		hoofdstukken: ['begrippenlijst', ...GELINKTE_HOOFDSTUKKEN.map(([slug]) => slug)],
	});
	schrijf(join(inhoud, 'werkboek.yaml'), stringify({ delen }));
	schrijf(
		join(inhoud, 'index.md'),
		`---\ntitle: Synthetisch werkboek\ndescription: ${aantal} hoofdstukken voor het meten van de bouwtijd.\n---\n\nBegin bij [het eerste hoofdstuk](/${hoofdstukSlug(0)}/).\n`
	);
	schrijf(
		join(inhoud, '404.md'),
		'---\ntitle: Pagina niet gevonden\ntemplate: splash\n---\n\nDeze pagina bestaat niet.\n'
	);
	return { inhoud, delen };
}

/**
 * A bare Starlight site with the same Markdown and the same sidebar parts, in `map/`. The
 * processor comes from BENCH_PROCESSOR at build time: "unified" or Astro's default (satteri).
 */
export function genereerKaleStarlight(map: string, werkboek: Werkboek): void {
	const docs = join(map, 'src', 'content', 'docs');
	rmSync(join(map, 'src'), { recursive: true, force: true });
	cpSync(join(werkboek.inhoud, 'hoofdstukken'), docs, { recursive: true });
	cpSync(join(werkboek.inhoud, 'werkvormen'), join(docs, 'werkvormen'), { recursive: true });
	cpSync(join(werkboek.inhoud, 'index.md'), join(docs, 'index.md'));
	// The glossary as plain Markdown: the same terms and explanations, without the project's component.
	rmSync(join(docs, 'begrippenlijst.mdx'), { force: true });
	schrijf(
		join(docs, 'begrippenlijst.md'),
		`---\ntitle: Begrippenlijst\ndescription: De begrippen van het synthetische werkboek.\ntableOfContents: false\n---\n\nDe begrippen op een rij.\n\n${BEGRIPPEN.map((b) => `## ${b.term}\n\n${b.uitleg}\n`).join('\n')}`
	);
	// No 404.md: Starlight makes its own 404 page.
	// The dependencies must be listed, or Vite leaves Starlight's 404 route unbundled ("astro:" imports fail).
	schrijf(
		join(map, 'package.json'),
		'{ "private": true, "type": "module", "dependencies": { "astro": "*", "@astrojs/starlight": "*", "@astrojs/markdown-remark": "*" } }\n'
	);
	schrijf(join(map, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/base" }\n');
	schrijf(
		join(map, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`
	);
	const sidebar = [
		...werkboek.delen.map((deel) => ({
			label: deel.label,
			items: deel.hoofdstukken.map((slug) => ({ slug })),
		})),
		{
			label: 'Werkvormen',
			collapsed: true,
			items: [{ autogenerate: { directory: 'werkvormen' } }],
		},
	];
	schrijf(
		join(map, 'astro.config.mjs'),
		`// Generated by scripts/bench.ts: bare Starlight with the workbook's Markdown.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';

export default defineConfig({
	...(process.env.WERKBOEK_CACHE ? { cacheDir: process.env.WERKBOEK_CACHE } : {}),
	trailingSlash: 'always',
	...(process.env.BENCH_PROCESSOR === 'unified' ? { markdown: { processor: unified() } } : {}),
	integrations: [
		starlight({
			title: 'Kale Starlight',
			defaultLocale: 'root',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			sidebar: ${JSON.stringify(sidebar)},
		}),
	],
});
`
	);
}

/** What a copy of the project needs to build: the generator, its assets and its configuration. */
const PROJECTBESTANDEN = [
	'src',
	'public',
	'templates',
	'scripts',
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
];

/**
 * A temporary copy of the project in `doel/` (node_modules is found by walking up to the real
 * checkout). Builds in a copy have their own root and so their own `.astro/` folder: Astro writes
 * the map of MDX modules there (`.astro/content-modules.mjs`) whatever the cacheDir, so two
 * builds with different content in one root read each other's map.
 * With `inhoud`, the project's own content/ is copied too; otherwise genereerWerkboek fills it.
 */
export function kopieerProject(doel: string, root: string, opties: { inhoud: boolean }): void {
	for (const naam of [...PROJECTBESTANDEN, 'content', '.astro'])
		rmSync(join(doel, naam), { recursive: true, force: true });
	mkdirSync(doel, { recursive: true });
	for (const naam of [...PROJECTBESTANDEN, ...(opties.inhoud ? ['content'] : [])]) {
		// The project's own region folder is left out: the bench chooses its region with WERKBOEK_REGIO.
		cpSync(join(root, naam), join(doel, naam), {
			recursive: true,
			filter: (bron) => !bron.startsWith(join(root, 'content', 'regio')),
		});
	}
}

/** A large region: 200 partners, 50 networks, and the starter region's page that shows them. */
export function genereerGroteRegio(map: string, root: string): void {
	rmSync(map, { recursive: true, force: true });
	const partners = Array.from({ length: 200 }, (_, i) => ({
		id: `partner-${String(i + 1).padStart(3, '0')}`,
		naam: `Partner ${i + 1} ${ONDERWERPEN[i % ONDERWERPEN.length]}`,
		soort: PARTNER_SOORTEN[i % PARTNER_SOORTEN.length],
		website: `https://www.partner-${i + 1}.nl`,
	}));
	const netwerken = Array.from({ length: 50 }, (_, i) => ({
		naam: `Netwerk ${i + 1}`,
		soort: i % 3 ? 'multidisciplinair' : 'monodisciplinair',
		doelgroep: `Inwoners met vragen over ${ONDERWERPEN[i % ONDERWERPEN.length]}`,
		schaal: NETWERK_SCHALEN[i % NETWERK_SCHALEN.length],
		kader: NETWERK_KADERS[i % NETWERK_KADERS.length],
		partners: Array.from(
			{ length: 4 + (i % 9) },
			(_, k) => partners[(i * 4 + k * 13) % partners.length]!.id
		).filter((id, k, a) => a.indexOf(id) === k),
	}));
	const regio = {
		naam: 'Regio Groot',
		korteNaam: 'Groot',
		website: 'https://www.regiogroot.nl',
		contact: { naam: 'Netwerkbureau Regio Groot', email: 'werkboek@regiogroot.nl' },
		logo: 'logo.svg',
		kleuren: { accent: '#0b5cad' },
		opgaven: ONDERWERPEN.slice(0, 6).map((titel) => ({
			titel,
			beschrijving: ZINNEN[titel.length % ZINNEN.length],
		})),
		partners,
		netwerken,
		hoofdstukken: { verbergen: [] },
	};
	schrijf(join(map, 'regio.yaml'), `# Generated by scripts/bench.ts.\n${stringify(regio)}`);
	cpSync(join(root, 'templates', 'regio', 'logo.svg'), join(map, 'logo.svg'));
	cpSync(join(root, 'templates', 'regio', 'paginas'), join(map, 'paginas'), { recursive: true });
}
