import starlight from '@astrojs/starlight';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remarkBasisLinks, remarkVerborgenLinks, remarkZichtbareAdressen } from '../remark/links.ts';
import { remarkRegioVelden } from '../remark/regio-velden.ts';
import { remarkSmartypantsWaarNodig } from '../remark/smartypants.ts';
import { remarkTabellen } from '../remark/tabellen.ts';
import { rehypeTaaklijsten } from '../remark/taaklijsten.ts';
import { WerkboekFout } from '../utils/fouten.ts';
import { werkboekContext, type WerkboekContext } from './context.ts';
import { accentCss } from './kleuren.ts';
import { werkboekHulpmiddelen } from './hulpmiddelen.ts';
import { werkboekCms } from './cms.ts';
import { werkboekPrint, VIRTUAL_PRINT_KLEUREN } from './print.ts';
import { werkboekPaginas } from './paginas.ts';
import { werkboekTraject } from './traject.ts';

const VIRTUAL_REGIO = 'virtual:werkboek/regio';
const VIRTUAL_KLEUREN = 'virtual:werkboek/kleuren.css';

/**
 * The workbook integration: loads the region, configures Starlight from it (title, logo, colours,
 * sidebar) and adds the project's Markdown plugins and virtual modules. `astro.config.mjs` only
 * calls this; a region never edits it.
 */
export default function werkboek(): AstroIntegration[] {
	let context: WerkboekContext;
	try {
		context = werkboekContext();
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
			customCss: [VIRTUAL_KLEUREN, './src/styles/werkboek.css', './src/styles/print.css', VIRTUAL_PRINT_KLEUREN],
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
					processor.options.remarkPlugins.push(
						[remarkRegioVelden, { regio }],
						[remarkVerborgenLinks, { verborgen: plan.verborgen, regioBestand: relative(root, bron.bestand) }],
						[remarkBasisLinks, { base: config.base }],
						remarkZichtbareAdressen,
						remarkTabellen,
					);
					processor.options.rehypePlugins.push(rehypeTaaklijsten);
					addWatchFile(bron.bestand);
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
		werkboekTraject(context),
		// Last: its middleware sees each page's final HTML (policy, links); its link check runs after
		// the PDFs and the editing screen are written.
		werkboekPaginas(),
	];
}

export { werkboekContext };
