import starlight from '@astrojs/starlight';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { begrippenOpties } from '../begrippen/build.ts';
import { BEGRIPPEN_BESTAND, loadBegrippen, type Begrip } from '../begrippen/load.ts';
import { remarkBegrippen, remarkBegrippenlijst } from '../remark/begrippen.ts';
import {
	remarkBasisLinks,
	remarkVerborgenLinks,
	remarkZichtbareAdressen,
} from '../remark/links.ts';
import { remarkRegioVelden } from '../remark/regio-fields.ts';
import { SIDEBAR_MAX, sidebarComponent } from '../starlight/sidebar.ts';
import { remarkSmartypantsWaarNodig } from '../starlight/smartypants.ts';
import { remarkTabellen } from '../remark/tables.ts';
import { rehypeTaaklijsten } from '../remark/tasklists.ts';
import { werkboekContext } from '../plan/context.ts';
import { parseWerkboekOptions, type WerkboekOptionsInput } from './options.ts';
import { accentCss } from './kleuren.ts';
import { werkboekHulpmiddelen } from './hulpmiddelen.ts';
import { werkboekCms } from './cms.ts';
import { werkboekPrint } from './print.ts';
import { werkboekLinkCheck } from './link-check.ts';
import { werkboekSjablonen } from './sjablonen.ts';
import { werkboekTraject } from './traject.ts';
import {
	collectionsModule,
	optionsModule,
	regioModule,
	VIRTUAL,
	virtualModules,
} from './virtual.ts';
import { astroError } from '../utils/errors.ts';
import { zonderHeadInjectWaarschuwing } from './rolldown-log.ts';

/**
 * The workbook integration: loads the region, configures Starlight from it (title, logo, colours,
 * sidebar) and adds the project's Markdown plugins and virtual modules. `astro.config.mjs` only
 * calls this, with the options it maps from the environment (options.ts); a region never edits it.
 * Bad options or region data throw a WerkboekError, an Astro error that Astro prints with its hint
 * before it stops: nothing is built then.
 */
export default function werkboek(invoer: WerkboekOptionsInput = {}): AstroIntegration[] {
	const opties = parseWerkboekOptions(invoer);
	const context = werkboekContext(opties);
	const begrippen: Begrip[] = loadBegrippen(context.root);
	const { root, geladen, plan } = context;
	let uitvoerMap: string | undefined;
	const { regio, bron } = geladen;
	const pdfs = werkboekPrint(context, opties);
	/** `./src/…` when the sidebar is cached; made absolute below like every path Starlight gets. */
	const sidebar = sidebarComponent(
		plan.sidebar,
		opties.sidebar.max ?? SIDEBAR_MAX,
		opties.sidebar.cache
	);

	return [
		// Before Starlight: its search index is built without the print pages, and the PDFs start (print.ts).
		pdfs.beforeSearch,
		starlight({
			title: `Werkboek ${regio.naam}`,
			description: `Werkboek Regionaal Samenwerken voor ${regio.naam}: reflecteren op samenwerking in zorg en welzijn.`,
			defaultLocale: 'root',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			// Absolute paths: Starlight resolves `./` against Astro's root, which is not always the project
			// (WERKBOEK_BOUWMAP in astro.config.mjs).
			...(geladen.logoPad ? { logo: { src: geladen.logoPad, alt: `Logo ${regio.naam}` } } : {}),
			routeMiddleware: join(root, 'src/starlight/route-middleware.ts'),
			customCss: [
				VIRTUAL.kleuren,
				...['werkboek.css', 'begrippen.css', 'print.css'].map((css) =>
					join(root, 'src/styles', css)
				),
				VIRTUAL.printKleuren,
			],
			sidebar: plan.sidebar,
			markdown: {
				// Starlight turns `:::tip[Titel]` into an aside only in files under its docs collection or
				// these folders (integrations/markdown-processor.js); the chapters and working methods live in
				// content/ and a region's pages in its own folder, so without this every aside came out as a
				// bare <div><p>Titel</p>… and the boxes "Voorbeeld (verzonnen)" and "Uit de praktijk" had no frame.
				// Upstream: withastro/starlight#3274; guarded by tests/tools/traject.test.ts (src/starlight/README.md).
				processedDirs: [join(root, 'content'), bron.map],
				// Astro already gives headings their ids; Starlight's extra anchor links would change every
				// chapter's markup, print and page size, which is not what this setting is for.
				headingLinks: false,
			},
			components: {
				MarkdownContent: join(root, 'src/starlight/MarkdownContent.astro'),
				// Above the compact-sidebar limit the sidebar is rendered once and reused (src/starlight/sidebar.ts);
				// below it, Starlight's own. The `sidebar.cache` option forces either (tests/build/zijbalk.test.ts).
				...(sidebar.Sidebar ? { Sidebar: join(root, sidebar.Sidebar) } : {}),
			},
		}),
		{
			name: 'werkboek',
			hooks: {
				'astro:build:start': () => {
					// Nothing half-built is published. The workbook's own checks after the build (links,
					// PDFs) remove the output before they throw; this catches every other failure once pages
					// are written (an error while rendering): Astro then exits non-zero, and the output goes.
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
						throw astroError(
							'Het werkboek heeft de unified-Markdownverwerker nodig.',
							'Zet in astro.config.mjs: markdown: { processor: unified() } (uit @astrojs/markdown-remark).'
						);
					}
					// Astro's SmartyPants, only where it can change something (starlight/smartypants.ts): in
					// its place, before every other remark plugin; Markdown and MDX both take it from here.
					const smartypants = processor.options.smartypants ?? config.markdown.smartypants;
					if (smartypants !== false) {
						processor.options.smartypants = false;
						processor.options.remarkPlugins.unshift([
							remarkSmartypantsWaarNodig,
							typeof smartypants === 'object' ? smartypants : {},
						]);
					}
					const typografie =
						smartypants === false ? false : typeof smartypants === 'object' ? smartypants : {};
					const begrippenLogger = logger.fork('begrippen');
					processor.options.remarkPlugins.push(
						[
							remarkBegrippenlijst,
							{ begrippen, verborgen: plan.verborgen, smartypants: typografie },
						],
						[remarkRegioVelden, { regio }],
						[
							remarkVerborgenLinks,
							{
								verborgen: plan.verborgen,
								regioBestand: relative(root, bron.bestand),
								sjablonen: regio.sjablonen.verbergen,
							},
						],
						[remarkBasisLinks, { base: config.base }],
						// After remarkBasisLinks: its own links get the base path from these options.
						[
							remarkBegrippen,
							begrippenOpties(root, plan, begrippen, begrippenLogger, typografie, config.base),
						],
						remarkZichtbareAdressen,
						remarkTabellen
					);
					processor.options.rehypePlugins.push(rehypeTaaklijsten);
					addWatchFile(bron.bestand);
					addWatchFile(join(root, BEGRIPPEN_BESTAND));
					// The sidebar, the pages and the editing screen follow the workbook's structure.
					addWatchFile(join(root, 'content', 'werkboek.yaml'));
					logger.info(`Regio: ${regio.naam} (${bron.reden}).`);
					updateConfig({
						vite: {
							// Without Rolldown's ten-line warning per MDX chapter about Astro's own marker (rolldown-log.ts).
							build: { rolldownOptions: { onLog: zonderHeadInjectWaarschuwing } },
							plugins: [
								virtualModules('werkboek:virtual-modules', {
									[VIRTUAL.regio]: () => regioModule(regio, bron.isStarter),
									[VIRTUAL.kleuren]: () => accentCss(regio),
									[VIRTUAL.collecties]: () =>
										collectionsModule(plan, regio.sjablonen.verbergen, {
											root,
											regioMap: bron.map,
										}),
									[VIRTUAL.opties]: () => optionsModule(opties.sidebar.max ?? SIDEBAR_MAX),
								}),
							],
						},
					});
				},
			},
		},
		// After Starlight and what it adds (its search index): the print pages back, when there are no PDFs.
		pdfs.afterSearch,
		werkboekHulpmiddelen(),
		werkboekCms(context, opties.cms),
		pdfs.print,
		werkboekSjablonen(),
		werkboekTraject(context),
		// Last: its middleware sees each page's final HTML (policy, links); its link check runs after
		// the PDFs and the editing screen are written.
		werkboekLinkCheck(root),
	];
}
