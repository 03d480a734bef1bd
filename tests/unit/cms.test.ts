import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { createRequire } from 'node:module';
import {
	cmsConfig,
	regioVelden,
	VELD_TEKSTEN,
	type CmsOpties,
	type CmsVeld,
} from '../../src/cms/config.ts';
import { cmsPage, CMS_CSP } from '../../src/integration/cms.ts';
import { regioSchema } from '../../src/schemas/regio.ts';
import { ROOT } from '../helpers.ts';

const OPTIES: CmsOpties = {
	regioMap: 'content/regio',
	regioNaam: 'Regio Test',
	repo: 'regio/werkboek',
	branch: 'main',
	hoofdstukken: ['welkom', 'data-als-kompas'],
	delen: [{ label: 'Aan de slag', hoofdstukken: ['welkom'] }],
};

/** What the zod schema says about one field, found by walking its definition (not its JSON Schema). */
interface SchemaVeld {
	soort: 'string' | 'enum' | 'object' | 'array';
	verplicht: boolean;
	waarden?: string[];
	velden?: Map<string, SchemaVeld>;
	item?: SchemaVeld;
}

type Def = {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	entries?: Record<string, string>;
};
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function beschrijf(schema: z.ZodType, verplicht = true): SchemaVeld {
	const d = def(schema);
	switch (d.type) {
		case 'optional':
		case 'default':
			return beschrijf(d.innerType!, false);
		case 'pipe':
			return beschrijf(d.in!, verplicht);
		case 'string':
			return { soort: 'string', verplicht };
		case 'enum':
			return { soort: 'enum', verplicht, waarden: Object.values(d.entries!) };
		case 'object':
			return {
				soort: 'object',
				verplicht,
				velden: new Map(Object.entries(d.shape!).map(([k, v]) => [k, beschrijf(v)])),
			};
		case 'array':
			return { soort: 'array', verplicht, item: beschrijf(d.element!) };
		default:
			throw new Error(
				`Onbekend soort veld in het schema: ${d.type}. Breid deze test en src/cms/config.ts uit.`
			);
	}
}

/** Compares schema and editor fields; returns every disagreement as a readable line. */
function vergelijk(schema: Map<string, SchemaVeld>, velden: CmsVeld[], pad = ''): string[] {
	const fouten: string[] = [];
	const perNaam = new Map(velden.map((v) => [v.name, v]));
	for (const [naam, s] of schema) {
		const p = pad ? `${pad}.${naam}` : naam;
		const veld = perNaam.get(naam);
		if (!veld) {
			fouten.push(`${p}: het schema kent dit veld, het bewerkscherm niet`);
			continue;
		}
		if (veld.required !== s.verplicht)
			fouten.push(`${p}: verplicht in schema ${s.verplicht}, in bewerkscherm ${veld.required}`);
		if (!VELD_TEKSTEN[p]) fouten.push(`${p}: geen Nederlands label in VELD_TEKSTEN`);
		fouten.push(...vergelijkSoort(s, veld, p));
	}
	for (const veld of velden) {
		if (!schema.has(veld.name))
			fouten.push(
				`${pad ? `${pad}.` : ''}${veld.name}: het bewerkscherm schrijft een veld dat het schema weigert`
			);
	}
	return fouten;
}

function vergelijkSoort(s: SchemaVeld, veld: CmsVeld, p: string): string[] {
	const tekst = ['string', 'text', 'color', 'image', 'select', 'relation'];
	switch (s.soort) {
		case 'string':
			if (!tekst.includes(veld.widget) || veld.multiple)
				return [`${p}: schema wil tekst, bewerkscherm geeft ${veld.widget}`];
			if (veld.widget === 'select' && veld.options?.length === 0)
				return [`${p}: keuzelijst zonder keuzes`];
			return [];
		case 'enum': {
			if (veld.widget !== 'select')
				return [`${p}: schema heeft vaste keuzes, bewerkscherm geeft ${veld.widget}`];
			const opties = (veld.options ?? []).map((o) => o.value);
			const teVeel = opties.filter((o) => !s.waarden!.includes(o));
			const teWeinig = s.waarden!.filter((w) => !opties.includes(w));
			return [
				...teVeel.map((o) => `${p}: keuze "${o}" staat niet in het schema`),
				...teWeinig.map((w) => `${p}: keuze "${w}" ontbreekt in het bewerkscherm`),
			];
		}
		case 'object':
			if (veld.widget !== 'object' || !veld.fields)
				return [`${p}: schema wil een groep velden, bewerkscherm geeft ${veld.widget}`];
			return vergelijk(s.velden!, veld.fields, p);
		case 'array':
			if (s.item!.soort === 'object') {
				if (veld.widget !== 'list' || !veld.fields)
					return [`${p}: schema wil een lijst, bewerkscherm geeft ${veld.widget}`];
				return vergelijk(s.item!.velden!, veld.fields, p);
			}
			if ((veld.widget === 'select' || veld.widget === 'relation') && veld.multiple) return [];
			if (veld.widget === 'list' && veld.field) return vergelijkSoort(s.item!, veld.field, p);
			return [`${p}: schema wil een lijst met tekst, bewerkscherm geeft ${veld.widget}`];
	}
}

/** The region file the editor would write: every field filled from its default, first option or a sample. */
function voorbeeld(velden: CmsVeld[], partnerIds: string[]): Record<string, unknown> {
	const waarde = (veld: CmsVeld): unknown => {
		if (veld.default !== undefined) return veld.default;
		switch (veld.widget) {
			case 'select':
				return veld.multiple ? veld.options!.map((o) => o.value) : veld.options![0]!.value;
			case 'relation':
				return veld.collection === 'regio' ? partnerIds : 'onze-aanpak';
			case 'color':
				return '#0b5cad';
			case 'image':
				return 'logo.svg';
			case 'object':
				return voorbeeld(veld.fields!, partnerIds);
			case 'list':
				return veld.fields ? [voorbeeld(veld.fields, partnerIds)] : [waarde(veld.field!)];
			default:
				if (veld.type === 'url') return 'https://www.regio.nl';
				if (veld.type === 'email') return 'info@regio.nl';
				if (veld.name === 'id') return partnerIds[0];
				return `Voorbeeld ${veld.label}`;
		}
	};
	return Object.fromEntries(velden.map((v) => [v.name, waarde(v)]));
}

describe('editing screen configuration (src/cms/config.ts)', () => {
	const velden = regioVelden(OPTIES);
	const schema = beschrijf(regioSchema as unknown as z.ZodType);

	test('every schema field has an editor field of the right kind, and no editor field is unknown to the schema', () => {
		expect(vergelijk(schema.velden!, velden)).toEqual([]);
	});

	test('the check itself notices a missing and an extra field', () => {
		const zonderNaam = velden.filter((v) => v.name !== 'naam');
		expect(vergelijk(schema.velden!, zonderNaam)).toContain(
			'naam: het schema kent dit veld, het bewerkscherm niet'
		);
		const extra = [
			...velden,
			{ name: 'kleur', label: 'Kleur', widget: 'string', required: false } as CmsVeld,
		];
		expect(vergelijk(schema.velden!, extra)).toContain(
			'kleur: het bewerkscherm schrijft een veld dat het schema weigert'
		);
	});

	test('an entry made from the editor fields parses with the region schema', () => {
		const regio = voorbeeld(velden, ['ggd-test']);
		const resultaat = regioSchema.safeParse(regio);
		expect(resultaat.error?.issues ?? []).toEqual([]);
	});

	test('every choice of every select field is accepted by the schema', () => {
		const basis = voorbeeld(velden, ['ggd-test']) as Record<string, unknown> & {
			partners: Record<string, unknown>[];
			netwerken: Record<string, unknown>[];
		};
		const soort = velden
			.find((v) => v.name === 'partners')!
			.fields!.find((v) => v.name === 'soort')!;
		for (const { value } of soort.options!) {
			expect(
				regioSchema.safeParse({ ...basis, partners: [{ ...basis.partners[0], soort: value }] })
					.success,
				value
			).toBe(true);
		}
		for (const naam of ['soort', 'schaal', 'kader']) {
			const veld = velden
				.find((v) => v.name === 'netwerken')!
				.fields!.find((v) => v.name === naam)!;
			for (const { value } of veld.options!) {
				expect(
					regioSchema.safeParse({ ...basis, netwerken: [{ ...basis.netwerken[0], [naam]: value }] })
						.success,
					`${naam}=${value}`
				).toBe(true);
			}
		}
	});

	test('special widgets: partner picker, colour, logo upload into the region folder, chapters to hide', () => {
		const netwerkPartners = velden
			.find((v) => v.name === 'netwerken')!
			.fields!.find((v) => v.name === 'partners')!;
		expect(netwerkPartners).toMatchObject({
			widget: 'relation',
			multiple: true,
			collection: 'regio',
			file: 'gegevens',
			value_field: 'partners.*.id',
		});
		expect(velden.find((v) => v.name === 'kleuren')!.fields![0]).toMatchObject({
			name: 'accent',
			widget: 'color',
		});
		expect(velden.find((v) => v.name === 'logo')).toMatchObject({
			widget: 'image',
			media_folder: '',
			public_folder: '',
		});
		expect(velden.find((v) => v.name === 'hoofdstukken')!.fields![0]).toMatchObject({
			widget: 'select',
			multiple: true,
			options: [
				{ label: 'welkom', value: 'welkom' },
				{ label: 'data-als-kompas', value: 'data-als-kompas' },
			],
		});
		const soort = velden
			.find((v) => v.name === 'partners')!
			.fields!.find((v) => v.name === 'soort')!;
		expect(soort.options).toContainEqual({
			label: 'Zorgverzekeraar of zorgkantoor',
			value: 'zorgverzekeraar',
		});
	});

	test('collections: the region file as a form and the own pages as a folder', () => {
		const config = cmsConfig(OPTIES);
		expect(config.backend).toMatchObject({
			name: 'github',
			repo: 'regio/werkboek',
			branch: 'main',
			auth_methods: ['oauth', 'token'],
		});
		expect(config.output.omit_empty_optional_fields).toBe(true);
		const [regio, paginas] = config.collections;
		expect(regio).toMatchObject({
			name: 'regio',
			files: [{ name: 'gegevens', file: 'content/regio/regio.yaml', format: 'yaml' }],
		});
		expect(paginas).toMatchObject({
			name: 'paginas',
			folder: 'content/regio/paginas',
			extension: 'md',
			format: 'yaml-frontmatter',
		});
		expect(paginas!.fields!.map((v) => v.name)).toEqual(['title', 'description', 'body']);
	});

	test("the configuration is valid according to Sveltia's own JSON Schema", async () => {
		// ajv is a devDependency for this test; Sveltia ships its configuration schema.
		const require = createRequire(`${ROOT}package.json`);
		const { Ajv } = await import('ajv');
		const { readFileSync } = await import('node:fs');
		const { dirname, join } = await import('node:path');
		const schemaPad = join(
			dirname(require.resolve('@sveltia/cms')),
			'..',
			'schema',
			'sveltia-cms.json'
		);
		const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
		const valideer = ajv.compile(JSON.parse(readFileSync(schemaPad, 'utf8')));
		const geldig = valideer(
			cmsConfig({
				...OPTIES,
				logo: '/admin/logo.svg',
				siteUrl: 'https://regio.github.io/werkboek/',
			})
		);
		expect(valideer.errors ?? [], JSON.stringify(valideer.errors?.slice?.(0, 5))).toEqual([]);
		expect(geldig).toBe(true);
		// And the validation really rejects what Sveltia does not know.
		expect(valideer({ ...cmsConfig(OPTIES), onbekend: true })).toBe(false);
	}, 60_000);
});

describe('admin page', () => {
	test('loads the bundled CMS from the site itself and has a policy of its own', () => {
		const html = cmsPage('Werkboek <Regio> bewerken');
		expect(html).toContain('<html lang="nl">');
		expect(html).toContain('<title>Werkboek &lt;Regio&gt; bewerken</title>');
		expect(html).toContain('<script type="module" src="cms.js"></script>');
		expect(html).toContain('href="config.json" type="application/json" rel="cms-config-url"');
		expect(html).not.toMatch(/src="https?:/);
		// The site-wide CSP step (src/postprocess/csp.ts) keeps a page's own policy.
		expect(html).toContain('http-equiv="content-security-policy"');
		expect(CMS_CSP).toMatch(/script-src 'self' 'wasm-unsafe-eval' blob:;/);
		expect(CMS_CSP).not.toContain('githubstatus');
	});
});

describe('editing screen files in the build (linkFolder)', () => {
	test('links the cached bundle into the output without copying, and a changed output file leaves the cache alone', async () => {
		const { mkdtempSync, mkdirSync, writeFileSync, readFileSync, statSync } =
			await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const { linkFolder } = await import('../../src/integration/cms.ts');
		const map = mkdtempSync(join(tmpdir(), 'werkboek-cms-'));
		const cache = join(map, 'cache');
		mkdirSync(join(cache, 'chunks'), { recursive: true });
		writeFileSync(join(cache, 'cms.js'), 'bundel');
		writeFileSync(join(cache, 'chunks', 'a.js'), 'a');
		const uit = join(map, 'dist', 'admin');
		linkFolder(cache, uit);
		expect(readFileSync(join(uit, 'chunks', 'a.js'), 'utf8')).toBe('a');
		expect(statSync(join(uit, 'cms.js')).ino).toBe(statSync(join(cache, 'cms.js')).ino);
		// A second build into the same folder, then replacing a file there the way the build does.
		linkFolder(cache, uit);
		const { rmSync } = await import('node:fs');
		rmSync(join(uit, 'cms.js'));
		writeFileSync(join(uit, 'cms.js'), 'anders');
		expect(readFileSync(join(cache, 'cms.js'), 'utf8')).toBe('bundel');
	});
});

describe('the editing screen in the cache (cmsBundle)', () => {
	test("copies Sveltia's own build with every package import pointed at a file of its own, without CDN fonts", async () => {
		const { mkdtempSync, mkdirSync, readdirSync, readFileSync, existsSync, rmSync } =
			await import('node:fs');
		const { join, dirname } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const { spawnSync } = await import('node:child_process');
		const { cmsBundle, buitenImports } = await import('../../src/integration/cms.ts');
		const cache = mkdtempSync(join(tmpdir(), 'werkboek-cmsbundel-'));
		try {
			// What a stopped build left goes; what a running build (here: the parent process) writes stays.
			const gestopt = spawnSync(process.execPath, ['-e', '0']).pid;
			const oud = join(cache, 'cms', `sveltia-0.0.0-abc.tmp-${gestopt}-456`);
			const bezig = join(cache, 'cms', `sveltia-0.0.0-abc.tmp-${process.ppid}-${Date.now()}`);
			mkdirSync(oud, { recursive: true });
			mkdirSync(bezig, { recursive: true });

			const map = await cmsBundle(ROOT, cache);
			expect(existsSync(oud)).toBe(false);
			expect(existsSync(bezig)).toBe(true);
			expect(readFileSync(join(map, 'cms.js'), 'utf8')).toContain('./sveltia/index.js');
			const bestanden = readdirSync(map, { recursive: true, encoding: 'utf8' });
			expect(bestanden.filter((b) => b.endsWith('.map'))).toEqual([]);
			for (const pad of bestanden.filter((b) => b.endsWith('.js'))) {
				const code = readFileSync(join(map, pad), 'utf8');
				// Sveltia's own modules (deps/ is a Vite build: its strings may look like imports).
				if (!pad.startsWith(join('sveltia', 'deps'))) expect(buitenImports(code), pad).toEqual([]);
				expect(code, pad).not.toContain('sourceMappingURL');
				// Every import with a fixed path leads to a file in this folder.
				for (const [, , doel] of code.matchAll(/import\(([`'"])([^`'"$]+)\1\)/g))
					expect(existsSync(join(map, dirname(pad), doel!)), `${pad}: import(${doel})`).toBe(true);
				for (const [, doel] of code.matchAll(/from\s*['"](\.[^'"]+)['"]/g))
					expect(existsSync(join(map, dirname(pad), doel!)), `${pad}: from ${doel}`).toBe(true);
			}
			expect(bestanden).toContain(join('sveltia', 'locales', 'nl.js'));
			// Kept: the next build finds the same folder.
			expect(await cmsBundle(ROOT, cache)).toBe(map);
		} finally {
			rmSync(cache, { recursive: true, force: true });
		}
	}, 60_000);

	test('what would load from outside the site is found, in every form an import can take', async () => {
		const { buitenImports } = await import('../../src/integration/cms.ts');
		expect(buitenImports('import(`./deps/leaflet.js`);import("../locales/nl.js")')).toEqual([]);
		expect(
			buitenImports(
				'import(`leaflet`);import( "svgo/browser" );import(\'./x.json\', {with: {type: "json"}});' +
					'import(`https://unpkg.com/x.js`);import{a}from"react";export*from\'pkg\';' +
					'@font-face{src:url(https://cdn.jsdelivr.net/fontsource/fonts/x.woff2)}'
			)
		).toEqual([
			'leaflet',
			'svgo/browser',
			'./x.json',
			'https://unpkg.com/x.js',
			'react',
			'pkg',
			'cdn.jsdelivr.net/fontsource/',
		]);
		// Not fixed paths, so nothing to check: `import(x)`, import(`${basis}/x.js`).
		expect(buitenImports('import(x);import(`${basis}/x.js`)')).toEqual([]);
	});
});
