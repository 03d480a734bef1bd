/**
 * The region wizard's model (/regio-maken/): the form's state, how it becomes the input of the
 * region schema, and validation by that same schema with the build's Dutch messages. Pure and
 * without Node imports, so the page script bundles it and the unit tests run it. No zod here:
 * validation is in invulhulp-validatie.ts and reading and writing regio.yaml in invulhulp-yaml.ts,
 * both loaded by the page only when needed (the page's own script stays small).
 */
import type { Regio } from '../schemas/regio.ts';

export interface FormPartner {
	id: string;
	naam: string;
	soort: string;
	website: string;
}

export interface FormNetwerk {
	naam: string;
	soort: string;
	doelgroep: string;
	schaal: string;
	kader: string;
	partners: string[];
}

/** Everything the wizard's form holds: text as typed (empty = not filled in). */
export interface Formulier {
	naam: string;
	korteNaam: string;
	website: string;
	contact: { naam: string; email: string; telefoon: string };
	/** File name of the logo in the region folder (`logo.svg`), empty without a logo. */
	logo: string;
	accent: string;
	opgaven: { titel: string; beschrijving: string }[];
	partners: FormPartner[];
	netwerken: FormNetwerk[];
	/** Slugs of chapters to hide. */
	verbergen: string[];
	/** Fields of an opened regio.yaml that the form does not show (paginas, sjablonen …): written back as they were. */
	overig: Record<string, unknown>;
}

export const leegFormulier = (): Formulier => ({
	naam: '',
	korteNaam: '',
	website: '',
	contact: { naam: '', email: '', telefoon: '' },
	logo: '',
	accent: '',
	opgaven: [],
	partners: [],
	netwerken: [],
	verbergen: [],
	overig: {},
});

export const leegePartner = (): FormPartner => ({ id: '', naam: '', soort: '', website: '' });
export const leegNetwerk = (): FormNetwerk => ({
	naam: '',
	soort: '',
	doelgroep: '',
	schaal: '',
	kader: '',
	partners: [],
});

/** The order of the fields in regio.yaml: the schema's order (a unit test keeps the two equal). */
export const VELD_VOLGORDE = [
	'naam',
	'korteNaam',
	'website',
	'contact',
	'logo',
	'kleuren',
	'opgaven',
	'partners',
	'netwerken',
	'paginas',
	'hoofdstukken',
	'sjablonen',
];

const gevuld = (tekst: string) => tekst.trim() !== '';
/** An optional text: left out when empty. */
const optie = <K extends string>(sleutel: K, tekst: string) =>
	gevuld(tekst) ? ({ [sleutel]: tekst.trim() } as Record<K, string>) : {};

/**
 * The input the schema gets, in the schema's field order: empty optional fields are left out, so
 * the file has no empty lines to fill; required ones stay (empty), so the schema names them.
 */
export function naarInvoer(f: Formulier): Record<string, unknown> {
	const contact = {
		...optie('naam', f.contact.naam),
		...optie('email', f.contact.email),
		...optie('telefoon', f.contact.telefoon),
	};
	const velden: Record<string, unknown> = {
		naam: f.naam.trim(),
		...optie('korteNaam', f.korteNaam),
		...optie('website', f.website),
		...(Object.keys(contact).length ? { contact } : {}),
		...optie('logo', f.logo),
		...(gevuld(f.accent) ? { kleuren: { accent: f.accent.trim() } } : {}),
		...(f.opgaven.length
			? {
					opgaven: f.opgaven.map((o) => ({
						titel: o.titel.trim(),
						beschrijving: o.beschrijving.trim(),
					})),
				}
			: {}),
		...(f.partners.length
			? {
					partners: f.partners.map((p) => ({
						id: p.id.trim(),
						naam: p.naam.trim(),
						...optie('soort', p.soort),
						...optie('website', p.website),
					})),
				}
			: {}),
		...(f.netwerken.length
			? {
					netwerken: f.netwerken.map((n) => ({
						naam: n.naam.trim(),
						...optie('soort', n.soort),
						doelgroep: n.doelgroep.trim(),
						...optie('schaal', n.schaal),
						...optie('kader', n.kader),
						partners: [...n.partners],
					})),
				}
			: {}),
		...(f.verbergen.length ? { hoofdstukken: { verbergen: [...f.verbergen] } } : {}),
	};
	const uit: Record<string, unknown> = {};
	for (const sleutel of VELD_VOLGORDE) {
		if (sleutel in velden) uit[sleutel] = velden[sleutel];
		else if (sleutel in f.overig && sleutel !== 'hoofdstukken') uit[sleutel] = f.overig[sleutel];
		else if (sleutel === 'hoofdstukken' && 'hoofdstukken' in f.overig)
			uit[sleutel] = f.overig['hoofdstukken'];
	}
	// Unknown fields of an opened file stay, so the schema names them ("Onbekend veld").
	for (const [sleutel, waarde] of Object.entries(f.overig))
		if (!VELD_VOLGORDE.includes(sleutel)) uit[sleutel] = waarde;
	return uit;
}

const tekst = (waarde: unknown): string =>
	waarde === undefined || waarde === null ? '' : typeof waarde === 'object' ? '' : String(waarde);
const groep = (waarde: unknown): Record<string, unknown> =>
	typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde)
		? (waarde as Record<string, unknown>)
		: {};
const lijst = (waarde: unknown): unknown[] => (Array.isArray(waarde) ? waarde : []);

/**
 * The form for a parsed regio.yaml: lenient (a number becomes text, a wrong shape an empty
 * field), because the schema reports what is wrong once the form shows it.
 */
export function vanInvoer(invoer: unknown): Formulier {
	const r = groep(invoer);
	const contact = groep(r['contact']);
	const hoofdstukken = groep(r['hoofdstukken']);
	const bekend = new Set([
		'naam',
		'korteNaam',
		'website',
		'contact',
		'logo',
		'kleuren',
		'opgaven',
		'partners',
		'netwerken',
	]);
	const overig: Record<string, unknown> = {};
	for (const [sleutel, waarde] of Object.entries(r)) {
		if (bekend.has(sleutel)) continue;
		// Hidden chapters are in the form; other chapter settings stay as they were.
		if (sleutel === 'hoofdstukken') {
			const rest = Object.fromEntries(
				Object.entries(hoofdstukken).filter(([k]) => k !== 'verbergen')
			);
			if (Object.keys(rest).length) overig[sleutel] = rest;
			continue;
		}
		overig[sleutel] = waarde;
	}
	return {
		naam: tekst(r['naam']),
		korteNaam: tekst(r['korteNaam']),
		website: tekst(r['website']),
		contact: {
			naam: tekst(contact['naam']),
			email: tekst(contact['email']),
			telefoon: tekst(contact['telefoon']),
		},
		logo: tekst(r['logo']),
		accent: tekst(groep(r['kleuren'])['accent']),
		opgaven: lijst(r['opgaven']).map((o) => ({
			titel: tekst(groep(o)['titel']),
			beschrijving: tekst(groep(o)['beschrijving']),
		})),
		partners: lijst(r['partners']).map((p) => {
			const g = groep(p);
			return {
				id: tekst(g['id']),
				naam: tekst(g['naam']),
				soort: tekst(g['soort']),
				website: tekst(g['website']),
			};
		}),
		netwerken: lijst(r['netwerken']).map((n) => {
			const g = groep(n);
			return {
				naam: tekst(g['naam']),
				soort: tekst(g['soort']),
				doelgroep: tekst(g['doelgroep']),
				schaal: tekst(g['schaal']),
				kader: tekst(g['kader']),
				partners: lijst(g['partners']).map(tekst),
			};
		}),
		verbergen: lijst(hoofdstukken['verbergen']).map(tekst),
		overig,
	};
}

/** One problem in the form: the field's path (`partners.1.naam`) and the build's Dutch message. */
export interface VeldFout {
	pad: string;
	bericht: string;
}

/** An id from a name, as the wizard proposes it: "Gemeente Den Bosch" → "gemeente-den-bosch". */
export function maakId(naam: string): string {
	return naam
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * What the preview can draw while the form is not yet valid: the partners with an id, a name
 * and a known kind, and the named networks, with only the ids of those partners.
 */
export function voorKaart(
	f: Formulier,
	soorten: readonly string[]
): Pick<Regio, 'naam' | 'partners' | 'netwerken'> {
	const partners = f.partners
		.filter((p) => gevuld(p.id) && gevuld(p.naam) && soorten.includes(p.soort))
		.map((p) => ({
			id: p.id.trim(),
			naam: p.naam.trim(),
			soort: p.soort as Regio['partners'][number]['soort'],
		}));
	const ids = new Set(partners.map((p) => p.id));
	const netwerken = f.netwerken
		.filter((n) => gevuld(n.naam))
		.map((n) => ({
			naam: n.naam.trim(),
			soort: (n.soort || 'multidisciplinair') as Regio['netwerken'][number]['soort'],
			doelgroep: n.doelgroep,
			schaal: (n.schaal || '?') as Regio['netwerken'][number]['schaal'],
			kader: (n.kader || '?') as Regio['netwerken'][number]['kader'],
			partners: n.partners.filter((id) => ids.has(id)),
		}));
	return { naam: f.naam.trim() || 'jullie regio', partners, netwerken };
}
