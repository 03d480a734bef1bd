import starlight from '@astrojs/starlight';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BEGRIPPEN_BESTAND, laadBegrippen, type Begrip } from '../begrippen/laden.ts';
import { remarkBegrippen, remarkBegrippenlijst } from '../remark/begrippen.ts';
import { remarkBasisLinks, remarkVerborgenLinks, remarkZichtbareAdressen } from '../remark/links.ts';
import { remarkRegioVelden } from '../remark/regio-velden.ts';
import { remarkSmartypantsWaarNodig } from '../remark/smartypants.ts';
import { remarkTabellen } from '../remark/tabellen.ts';
import { WerkboekFout } from '../utils/fouten.ts';
import { slugVoorBestand } from './slugs.ts';
import { werkboekContext, type WerkboekContext } from './context.ts';
import { accentCss } from './kleuren.ts';
import { werkboekHulpmiddelen } from './hulpmiddelen.ts';
import { werkboekCms } from './cms.ts';
import { werkboekPrint, VIRTUAL_PRINT_KLEUREN } from './print.ts';
import { werkboekPaginas } from './paginas.ts';

const VIRTUAL_REGIO = 'virtual:werkboek/regio';

/** Pages on which terms are not linked to the glossary: the glossary itself, the sources, home and 404. */
const ZONDER_BEGRIPLINKS = new Set(['begrippenlijst', 'bronnen', 'index', '404']);

/**
 * Lines in a content file before the text remark gets: Astro strips the frontmatter of `.md`
 * files (not of `.mdx`) before rendering, so warnings would point that many lines too high.
 */
function regelsVoorTekst(file: { path?: string; value?: unknown }): number {
	if (!file.path || typeof file.value !== 'string' || !existsSync(file.path)) return 0;
	const bron = readFileSync(file.path, 'utf8');
	const plek = file.value && bron !== file.value ? bron.indexOf(file.value) : -1;
	return plek > 0 ? bron.slice(0, plek).split('\n').length - 1 : 0;
}

/**
 * Whether the build has the glossary with its anchors: not when the region hides it, and when the
 * region replaces it, only if its own page shows the list (`<Begrippenlijst />`).
 */
function heeftBegrippenlijst(root: string, plan: WerkboekContext['plan']): boolean {
	if (plan.verborgen.includes('begrippenlijst')) return false;
	if (!plan.vervangen.includes('begrippenlijst')) return true;
	const eigen = join(root, plan.regioPaginas, 'begrippenlijst.mdx');
	return existsSync(eigen) && readFileSync(eigen, 'utf8').includes('<Begrippenlijst');
}
const VIRTUAL_KLEUREN = 'virtual:werkboek/kleuren.css';

/**
 * The workbook integration: loads the region, configures Starlight from it (title, logo, colours,
 * sidebar) and adds the project's Markdown plugins and virtual modules. `astro.config.mjs` only
 * calls this; a region never edits it.
 */
export default function werkboek(): AstroIntegration[] {
	let context: WerkboekContext;
	let begrippen: Begrip[];
	try {
		context = werkboekContext();
		begrippen = laadBegrippen(context.root);
	} catch (fout) {
		if (fout instanceof WerkboekFout) {
			// Print the friendly Dutch report without a stack trace and stop: nothing half-built.
			console.error(`\n${fout.message}\n`);
			process.exit(1);
		}
		throw fout;
	}
	const { root, geladen, plan } = context;
	let uitvoerMap: string | undefined;
	const { regio, bron } = geladen;

	return [
		starlight({
			title: `Werkboek ${regio.naam}`,
			description: `Werkboek Regionaal Samenwerken voor ${regio.naam}: reflecteren op samenwerking in zorg en welzijn.`,
			defaultLocale: 'root',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			...(geladen.logoPad ? { logo: { src: `./${relative(root, geladen.logoPad).split('\\').join('/')}`, alt: `Logo ${regio.naam}` } } : {}),
			routeMiddleware: './src/route-middleware.ts',
			customCss: [VIRTUAL_KLEUREN, './src/styles/werkboek.css', './src/styles/begrippen.css', './src/styles/print.css', VIRTUAL_PRINT_KLEUREN],
			sidebar: plan.sidebar,
			components: {
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				// The sidebar rendered once and reused (zijbalk.ts); WERKBOEK_ZIJBALK_CACHE=0 uses Starlight's
				// own on every page, which tests/build/zijbalk.test.ts compares it with.
				...(process.env['WERKBOEK_ZIJBALK_CACHE'] === '0' ? {} : { Sidebar: './src/components/starlight/Sidebar.astro' }),
			},
		}),
		{
			name: 'werkboek',
			hooks: {
				'astro:build:start': () => {
					// Nothing half-built is published: checks that run after Astro has written the pages
					// (links, PDFs, CSP) fail the build by exiting non-zero; then the output goes too.
					process.once('exit', (code) => {
						if (code !== 0 && uitvoerMap) rmSync(uitvoerMap, { recursive: true, force: true });
					});
				},
				'astro:config:done': ({ config }) => {
					uitvoerMap = fileURLToPath(config.outDir);
				},
				'astro:config:setup': ({ config, updateConfig, addWatchFile, logger }) => {
					const processor = config.markdown.processor;
					if (!processor || !isUnifiedProcessor(processor)) {
						throw new Error(
							'Het werkboek heeft de unified-Markdownverwerker nodig. Zet in astro.config.mjs: markdown: { processor: unified() } (uit @astrojs/markdown-remark).',
						);
					}
					// Astro's SmartyPants, only where it can change something (remark/smartypants.ts): in
					// its place, before every other remark plugin; Markdown and MDX both take it from here.
					const smartypants = processor.options.smartypants ?? config.markdown.smartypants;
					if (smartypants !== false) {
						processor.options.smartypants = false;
						processor.options.remarkPlugins.unshift([remarkSmartypantsWaarNodig, typeof smartypants === 'object' ? smartypants : {}]);
					}
					const typografie = smartypants === false ? false : typeof smartypants === 'object' ? smartypants : {};
					const begrippenLogger = logger.fork('begrippen');
					processor.options.remarkPlugins.push(
						[remarkRegioVelden, { regio }],
						[remarkBegrippenlijst, { begrippen, verborgen: plan.verborgen, smartypants: typografie }],
						[remarkVerborgenLinks, { verborgen: plan.verborgen, regioBestand: relative(root, bron.bestand) }],
						[
							remarkBegrippen,
							{
								begrippen,
								koppelen: heeftBegrippenlijst(root, plan),
								soort: (file: { path?: string }) =>
									file.path && !ZONDER_BEGRIPLINKS.has(slugVoorBestand(relative(root, file.path), plan.regioPaginas)) ? 'gewoon' : 'geen-links',
								waarschuw: (melding: { reason: string; line?: number | undefined; column?: number | undefined }, file: { path?: string }) =>
									begrippenLogger.warn(
										`${file.path ? relative(root, file.path) : '?'}${melding.line ? `:${melding.line}:${melding.column ?? 1}` : ''} ${melding.reason}`,
									),
								smartypants: typografie,
								regelsErvoor: regelsVoorTekst,
							},
						],
						[remarkBasisLinks, { base: config.base }],
						remarkZichtbareAdressen,
						remarkTabellen,
					);
					addWatchFile(bron.bestand);
					addWatchFile(join(root, BEGRIPPEN_BESTAND));
					logger.info(`Regio: ${regio.naam} (${bron.reden}).`);
					updateConfig({
						vite: {
							plugins: [
								{
									name: 'werkboek:virtual-modules',
									resolveId(id) {
										if (id === VIRTUAL_REGIO || id === VIRTUAL_KLEUREN) return `\0${id}`;
										return undefined;
									},
									load(id) {
										if (id === `\0${VIRTUAL_REGIO}`) {
											return `export const regio = ${JSON.stringify(regio)};\nexport const isStarter = ${JSON.stringify(bron.isStarter)};\nexport default regio;`;
										}
										if (id === `\0${VIRTUAL_KLEUREN}`) return accentCss(regio);
										return undefined;
									},
								},
							],
						},
					});
				},
			},
		},
		werkboekHulpmiddelen(),
		werkboekCms(context),
		werkboekPrint(context),
		// Last: its middleware sees each page's final HTML (policy, links); its link check runs after
		// the PDFs and the editing screen are written.
		werkboekPaginas(),
	];
}

export { werkboekContext };
