import { z } from 'astro/zod';
import {
	NETWERK_KADERS,
	NETWERK_SCHALEN,
	PARTNER_SOORT_LABELS,
	regioSchema,
} from '../schemas/regio.ts';
import { BALANCEERACTS } from '../schemas/balanceeracts.ts';
import {
	BELANGHEBBENDEN,
	METING_FORMAAT,
	METING_VERSIE,
	STAPPEN,
} from '../hulpmiddelen/formaten.ts';

/**
 * The configuration of the editing screen (Sveltia CMS, served at /admin/), generated from the
 * region schema so that the form and `regio.yaml` can never drift apart. tests/unit/cms.test.ts
 * checks that every schema field has an editor field and that what the editor writes parses.
 */

/** A field of the editing screen (a subset of Sveltia's field options that this project uses). */
export interface CmsVeld {
	name: string;
	label: string;
	widget:
		| 'string'
		| 'text'
		| 'select'
		| 'relation'
		| 'color'
		| 'image'
		| 'list'
		| 'object'
		| 'markdown'
		| 'number'
		| 'hidden';
	required: boolean;
	hint?: string;
	type?: 'url' | 'email' | 'text';
	pattern?: [string, string];
	options?: { label: string; value: string }[];
	multiple?: boolean;
	default?: unknown;
	fields?: CmsVeld[];
	field?: CmsVeld;
	collection?: string;
	file?: string;
	value_field?: string;
	display_fields?: string[];
	search_fields?: string[];
	summary?: string;
	label_singular?: string;
	collapsed?: boolean | 'auto';
	media_folder?: string;
	public_folder?: string;
	choose_url?: boolean;
	accept?: string;
	allowInput?: boolean;
	dropdown_threshold?: number;
	value_type?: 'int' | 'float';
	min?: number;
	max?: number;
}

export interface CmsOpties {
	/** The region folder relative to the project root, POSIX separators, e.g. `content/regio`. */
	regioMap: string;
	/** Name of the region, for the title of the editing screen. */
	regioNaam: string;
	/** GitHub repository `owner/name` the CMS commits to. */
	repo: string;
	/** Branch the CMS commits to. */
	branch: string;
	/** Upstream chapter slugs (for hiding chapters and placing pages). */
	hoofdstukken: readonly string[];
	/** Sidebar parts of content/werkboek.yaml. */
	delen: readonly { label: string; hoofdstukken: readonly string[] }[];
	/** Template slugs (templates/sjablonen/), for hiding templates; without them a plain list of texts. */
	sjablonen?: readonly string[];
	/** Absolute path or URL of the logo shown on the sign-in screen. */
	logo?: string;
	/** Address of the published site, linked from the editing screen. */
	siteUrl?: string;
	/** Origin of an OAuth client for "Inloggen met GitHub" (e.g. Sveltia CMS Authenticator). */
	oauthUrl?: string;
}

/** Dutch label and help text per field path (list items have no index: `partners.id`). */
export const VELD_TEKSTEN: Record<string, { label: string; hint?: string; enkelvoud?: string }> = {
	naam: { label: 'Naam van de regio', hint: 'Bijvoorbeeld "Regio Voorbeeld".' },
	korteNaam: { label: 'Korte naam', hint: 'Voor plekken met weinig ruimte. Leeg: de naam.' },
	website: { label: 'Website', hint: 'Een volledig webadres, zoals https://www.regio.nl.' },
	contact: { label: 'Contact', hint: 'Wie over het werkboek gaat.' },
	'contact.naam': { label: 'Naam' },
	'contact.email': { label: 'E-mailadres' },
	'contact.telefoon': { label: 'Telefoon' },
	logo: { label: 'Logo', hint: 'SVG, PNG, JPG of WebP. Het bestand komt in de regiomap.' },
	kleuren: { label: 'Kleuren' },
	'kleuren.accent': {
		label: 'Accentkleur',
		hint: 'Voor links, knoppen en koppen. De kleur moet goed leesbaar zijn op wit; anders stopt de controle met een voorstel.',
	},
	opgaven: {
		label: 'Opgaven',
		enkelvoud: 'opgave',
		hint: 'Waar werken jullie als regio samen aan?',
	},
	'opgaven.titel': { label: 'Titel' },
	'opgaven.beschrijving': { label: 'Beschrijving', hint: 'Eén of twee zinnen.' },
	partners: {
		label: 'Partners',
		enkelvoud: 'partner',
		hint: 'Organisaties in de regio. Sla op voordat je een nieuwe partner bij een netwerk kiest.',
	},
	'partners.id': {
		label: 'Id',
		hint: 'Kleine letters, cijfers en streepjes, zoals "ggd-voorbeeld". Elke partner een eigen id.',
	},
	'partners.naam': { label: 'Naam' },
	'partners.soort': { label: 'Soort organisatie' },
	'partners.website': { label: 'Website' },
	netwerken: { label: 'Netwerken', enkelvoud: 'netwerk', hint: 'Wie werkt met wie samen?' },
	'netwerken.naam': { label: 'Naam' },
	'netwerken.soort': { label: 'Soort netwerk' },
	'netwerken.doelgroep': { label: 'Doelgroep' },
	'netwerken.schaal': { label: 'Schaal' },
	'netwerken.kader': { label: 'Kader' },
	'netwerken.partners': {
		label: 'Partners in dit netwerk',
		hint: 'Kies uit de partners hierboven (na opslaan).',
	},
	paginas: {
		label: "Plek van eigen pagina's",
		enkelvoud: 'plek',
		hint: 'Alleen nodig als een pagina niet onder "Over" hoort.',
	},
	'paginas.slug': { label: 'Pagina' },
	'paginas.deel': { label: 'Deel van het menu' },
	'paginas.na': { label: 'Na hoofdstuk', hint: 'Leeg: aan het eind van het deel.' },
	hoofdstukken: { label: 'Hoofdstukken' },
	'hoofdstukken.verbergen': {
		label: 'Verbergen',
		hint: 'Deze hoofdstukken verdwijnen uit het menu, de zoekfunctie en de PDF.',
	},
	sjablonen: { label: 'Sjablonen' },
	'sjablonen.verbergen': {
		label: 'Verbergen',
		hint: 'Deze sjablonen (uitnodiging, agenda, verslag …) verdwijnen van de site en uit de PDF.',
	},
};

/** Dutch messages for the patterns in the schema (the editor shows them under the field). */
const PATROON_MELDINGEN: Record<string, string> = {
	'kleuren.accent': 'Gebruik een kleurcode met een hekje, zoals #0b5cad.',
	'partners.id': 'Gebruik alleen kleine letters, cijfers en streepjes, zoals ggd-voorbeeld.',
};

const SCHAAL_LABELS: Record<(typeof NETWERK_SCHALEN)[number], string> = {
	wijk: 'Wijk',
	gemeente: 'Gemeente',
	subregio: 'Subregio',
	regio: 'Regio',
	bovenregionaal: 'Bovenregionaal',
};
const KADER_LABELS: Record<(typeof NETWERK_KADERS)[number], string> = {
	IZA: 'IZA',
	GALA: 'GALA',
	WOZO: 'WOZO',
	Jeugd: 'Jeugd',
	eigen: 'Eigen kader',
};
const KEUZE_LABELS: Record<string, Record<string, string>> = {
	'partners.soort': PARTNER_SOORT_LABELS,
	'netwerken.schaal': SCHAAL_LABELS,
	'netwerken.kader': KADER_LABELS,
	'netwerken.soort': {
		monodisciplinair: 'Monodisciplinair',
		multidisciplinair: 'Multidisciplinair',
	},
};

/** Names of the collections and of the region file entry, used by relation fields. */
export const COLLECTIE_REGIO = 'regio';
export const BESTAND_REGIO = 'gegevens';
export const COLLECTIE_PAGINAS = 'paginas';
export const COLLECTIE_METINGEN = 'metingen';

/**
 * The measurements of the Balansmeter (src/schemas/meting.ts) in `<region>/metingen/`: the JSON
 * files that "Bewaar groepsbeeld" saves. They are uploaded through the collection's media folder
 * (the same folder, so an uploaded file is a measurement at once) or filled in as a form.
 */
export function metingenCollectie(regioMap: string) {
	const aantal = (name: string, label: string): CmsVeld => ({
		name,
		label,
		widget: 'number',
		value_type: 'int',
		min: 0,
		required: false,
	});
	const verdeling = (name: string, label: string): CmsVeld => ({
		name,
		label,
		widget: 'list',
		required: true,
		hint: `Precies ${STAPPEN} getallen: hoeveel deelnemers stap 1, 2, … ${STAPPEN} kozen.`,
		field: {
			name: 'aantal',
			label: 'Aantal',
			widget: 'number',
			value_type: 'int',
			min: 0,
			required: true,
		},
	});
	return {
		name: COLLECTIE_METINGEN,
		label: 'Metingen',
		label_singular: 'meting',
		description:
			'Groepsbeelden van de Balansmeter, bewaard met "Bewaar groepsbeeld" in de groepsweergave. Upload het bestand bij Bestanden in de map metingen, of vul een meting hier in. Ze verschijnen op de pagina De balans door de tijd. Zet er nooit namen of notities in.',
		icon: 'monitoring',
		folder: `${regioMap}/metingen`,
		extension: 'json',
		format: 'json',
		create: true,
		media_folder: `/${regioMap}/metingen`,
		public_folder: '',
		slug: '{{datum}}-{{label}}',
		identifier_field: 'label',
		fields: [
			// Sveltia's hidden fields take no `required`: they always write their default.
			{ name: 'formaat', label: 'Formaat', widget: 'hidden', default: METING_FORMAAT },
			{ name: 'versie', label: 'Versie', widget: 'hidden', default: METING_VERSIE },
			{
				name: 'datum',
				label: 'Datum',
				widget: 'string',
				required: true,
				pattern: [
					'^\\d{4}-\\d{2}-\\d{2}$',
					'Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-11-03.',
				],
			},
			{
				name: 'label',
				label: 'Naam van de meting',
				widget: 'string',
				required: true,
				hint: 'Bijvoorbeeld "Sessie 1, najaar 2026". Geen namen van mensen.',
			},
			{
				name: 'deelnemers',
				label: 'Deelnemers per groep',
				widget: 'object',
				required: true,
				fields: [
					...BELANGHEBBENDEN.map((b) => aantal(b.id, b.naam)),
					aantal('geen', 'Zonder groep'),
				],
			},
			{
				name: 'acts',
				label: 'Keuzes per balanceeract',
				widget: 'object',
				required: true,
				fields: BALANCEERACTS.map((act) => ({
					name: act.id,
					label: act.titel,
					widget: 'object',
					required: false,
					fields: [verdeling('nu', 'Nu'), verdeling('straks', 'Naartoe')],
				})),
			},
		] satisfies (CmsVeld | Omit<CmsVeld, 'required'>)[],
	};
}

interface JsonSchema {
	type?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: string[];
	format?: string;
	pattern?: string;
	default?: unknown;
}

/** The region schema as JSON Schema, input side (what the YAML file may contain). */
export function regioJsonSchema(): JsonSchema {
	return z.toJSONSchema(regioSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Fields whose editor is not derived from the JSON type alone. */
function bijzonderVeld(
	pad: string,
	basis: Pick<CmsVeld, 'name' | 'label' | 'required' | 'hint'>,
	opties: CmsOpties
): CmsVeld | undefined {
	const hoofdstukOpties = opties.hoofdstukken.map((slug) => ({ label: slug, value: slug }));
	switch (pad) {
		case 'logo':
			// Stored as a file name relative to the region folder, e.g. "logo.svg".
			// Relative to regio.yaml: the file goes into the region folder and the field stores its bare name.
			return {
				...basis,
				widget: 'image',
				media_folder: '',
				public_folder: '',
				choose_url: false,
				accept: '.svg,.png,.jpg,.jpeg,.webp,image/svg+xml,image/png,image/jpeg,image/webp',
			};
		case 'kleuren.accent':
			return { ...basis, widget: 'color', allowInput: true };
		case 'opgaven.beschrijving':
			return { ...basis, widget: 'text' };
		case 'netwerken.partners':
			// A picker over the partner ids saved in the same file.
			return {
				...basis,
				widget: 'relation',
				multiple: true,
				collection: COLLECTIE_REGIO,
				file: BESTAND_REGIO,
				value_field: 'partners.*.id',
				display_fields: ['partners.*.naam'],
				search_fields: ['partners.*.naam', 'partners.*.id'],
				dropdown_threshold: 0,
			};
		case 'paginas.slug':
			return {
				...basis,
				widget: 'relation',
				collection: COLLECTIE_PAGINAS,
				value_field: '{{slug}}',
				display_fields: ['title'],
				search_fields: ['title'],
			};
		case 'paginas.deel':
			return {
				...basis,
				widget: 'select',
				options: opties.delen.map((d) => ({ label: d.label, value: d.label })),
			};
		case 'paginas.na':
			return { ...basis, widget: 'select', options: hoofdstukOpties };
		case 'hoofdstukken.verbergen':
			return { ...basis, widget: 'select', multiple: true, options: hoofdstukOpties };
		case 'sjablonen.verbergen':
			return opties.sjablonen
				? {
						...basis,
						widget: 'select',
						multiple: true,
						options: opties.sjablonen.map((slug) => ({ label: slug, value: slug })),
					}
				: undefined;
		default:
			return undefined;
	}
}

/** Turns one JSON Schema property into an editor field; `undefined` for kinds the editor lacks. */
function veldVoor(
	naam: string,
	schema: JsonSchema,
	pad: string,
	verplicht: boolean,
	opties: CmsOpties
): CmsVeld | undefined {
	const tekst = VELD_TEKSTEN[pad];
	const basis = {
		name: naam,
		label: tekst?.label ?? naam,
		required: verplicht && schema.default === undefined,
		...(tekst?.hint ? { hint: tekst.hint } : {}),
	};
	const bijzonder = bijzonderVeld(pad, basis, opties);
	if (bijzonder) return bijzonder;
	if (schema.type === 'string' && schema.enum) {
		const labels = KEUZE_LABELS[pad] ?? {};
		return {
			...basis,
			widget: 'select',
			options: schema.enum.map((value) => ({ label: labels[value] ?? value, value })),
		};
	}
	if (schema.type === 'string') {
		const veld: CmsVeld = { ...basis, widget: 'string' };
		if (schema.format === 'uri') veld.type = 'url';
		else if (schema.format === 'email') veld.type = 'email';
		else if (schema.pattern)
			veld.pattern = [schema.pattern, PATROON_MELDINGEN[pad] ?? 'Deze waarde klopt niet.'];
		return veld;
	}
	if (schema.type === 'object' && schema.properties) {
		return { ...basis, widget: 'object', collapsed: 'auto', fields: velden(schema, pad, opties) };
	}
	if (schema.type === 'array' && schema.items?.type === 'object') {
		const eerste = Object.keys(schema.items.properties ?? {}).find(
			(k) => k === 'naam' || k === 'titel' || k === 'slug'
		);
		return {
			...basis,
			widget: 'list',
			...(tekst?.enkelvoud ? { label_singular: tekst.enkelvoud } : {}),
			...(eerste ? { summary: `{{fields.${eerste}}}` } : {}),
			collapsed: 'auto',
			fields: velden(schema.items, pad, opties),
		};
	}
	if (schema.type === 'array' && schema.items?.type === 'string') {
		const item = veldVoor(naam, schema.items, pad, true, opties);
		return item ? { ...basis, widget: 'list', field: item } : undefined;
	}
	return undefined;
}

/** The editor fields for the properties of an object schema. */
function velden(schema: JsonSchema, pad: string, opties: CmsOpties): CmsVeld[] {
	const verplicht = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).flatMap(([naam, sub]) => {
		const veld = veldVoor(naam, sub, pad ? `${pad}.${naam}` : naam, verplicht.has(naam), opties);
		return veld ? [veld] : [];
	});
}

/** The editor fields for `regio.yaml`, generated from `regioSchema`. */
export function regioVelden(opties: CmsOpties): CmsVeld[] {
	return velden(regioJsonSchema(), '', opties);
}

/** The complete Sveltia CMS configuration (written to /admin/config.yml). */
export function cmsConfig(opties: CmsOpties) {
	return {
		backend: {
			name: 'github',
			repo: opties.repo,
			branch: opties.branch,
			// Both sign-in options: "Inloggen met GitHub" (OAuth, needs an OAuth client) and a personal
			// access token (no server of the region's own).
			auth_methods: ['oauth', 'token'],
			...(opties.oauthUrl ? { base_url: opties.oauthUrl } : {}),
			commit_messages: {
				create: 'Nieuw: {{collection}} "{{slug}}" (via de editor)',
				update: 'Bijgewerkt: {{collection}} "{{slug}}" (via de editor)',
				delete: 'Verwijderd: {{collection}} "{{slug}}" (via de editor)',
				uploadMedia: 'Bestand toegevoegd: {{path}} (via de editor)',
				deleteMedia: 'Bestand verwijderd: {{path}} (via de editor)',
			},
		},
		app_title: `Werkboek ${opties.regioNaam} bewerken`,
		...(opties.logo ? { logo: { src: opties.logo } } : {}),
		...(opties.siteUrl ? { site_url: opties.siteUrl } : {}),
		media_folder: opties.regioMap,
		public_folder: '',
		output: { omit_empty_optional_fields: true },
		collections: [
			{
				name: COLLECTIE_REGIO,
				label: 'Regio',
				description:
					'De gegevens van jullie regio: naam, logo, kleur, partners, netwerken en opgaven.',
				icon: 'location_city',
				files: [
					{
						name: BESTAND_REGIO,
						label: 'Gegevens van de regio',
						file: `${opties.regioMap}/regio.yaml`,
						format: 'yaml',
						fields: regioVelden(opties),
					},
				],
			},
			{
				name: COLLECTIE_PAGINAS,
				label: "Eigen pagina's",
				label_singular: 'pagina',
				description:
					"Pagina's van jullie regio. Een pagina met de naam van een hoofdstuk vervangt dat hoofdstuk.",
				icon: 'article',
				folder: `${opties.regioMap}/paginas`,
				extension: 'md',
				format: 'yaml-frontmatter',
				create: true,
				slug: '{{title}}',
				identifier_field: 'title',
				fields: [
					{ name: 'title', label: 'Titel', widget: 'string', required: true },
					{
						name: 'description',
						label: 'Korte beschrijving',
						widget: 'string',
						required: false,
						hint: 'Eén zin; zoekmachines en het menu tonen die.',
					},
					{ name: 'body', label: 'Tekst', widget: 'markdown', required: true },
				],
			},
			metingenCollectie(opties.regioMap),
		],
	};
}
