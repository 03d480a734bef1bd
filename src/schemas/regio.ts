import { z } from 'astro/zod';
import { controleerAccent } from '../utils/color.ts';

// The allowed values live apart, without zod, so the network map and the region wizard's page
// script can use them without loading the validator.
import { NETWERK_KADERS, NETWERK_SCHALEN, PARTNER_SOORTEN } from './regio-keuzes.ts';
export {
	NETWERK_KADERS,
	NETWERK_SCHALEN,
	PARTNER_SOORT_LABELS,
	PARTNER_SOORTEN,
} from './regio-keuzes.ts';

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** A CSS hex colour such as `#0b5cad` or `#07c`. */
const hexKleur = z.string().regex(HEX, {
	message: 'Gebruik een hexadecimale kleurcode met een hekje, zoals "#0b5cad".',
});

/** An id that can be used in references: lower case letters, digits and hyphens. */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	message: 'Gebruik alleen kleine letters, cijfers en streepjes, zoals "ggd-voorbeeld".',
});

/** A partner organisation in the region. */
export const partnerSchema = z.strictObject({
	/** Short unique id, used by networks to refer to this partner. @example "gemeente-havenstad" */
	id,
	/** Full name. @example "Gemeente Havenstad" */
	naam: z.string().min(1),
	/** Kind of organisation. */
	soort: z.enum(PARTNER_SOORTEN),
	/** Website of the partner. @example "https://www.havenstad.nl" */
	website: z.url().optional(),
});

/** A network (collaboration) in the region. */
export const netwerkSchema = z.strictObject({
	/** Name of the network. @example "Dementienetwerk Havenstad" */
	naam: z.string().min(1),
	/** Mono- or multidisciplinary. */
	soort: z.enum(['monodisciplinair', 'multidisciplinair']),
	/** Target group. @example "Mensen met dementie en hun naasten" */
	doelgroep: z.string().min(1),
	/** Scale at which the network works. */
	schaal: z.enum(NETWERK_SCHALEN),
	/** Policy frame the network belongs to. */
	kader: z.enum(NETWERK_KADERS),
	/** Ids of the partners that take part (see `partners`). */
	partners: z.array(z.string()).default([]),
});

/** A regional task ("opgave"). */
export const opgaveSchema = z.strictObject({
	/** @example "Langer thuis wonen" */
	titel: z.string().min(1),
	/** One or two sentences on what the task is about. */
	beschrijving: z.string().min(1),
});

/**
 * The region's data: `content/regio/regio.yaml`.
 * Every field is documented so that editors show the documentation on hover.
 */
export const regioSchema = z
	.strictObject({
		/** Full name of the region. Required. @example "Regio Voorbeeld" */
		naam: z.string().trim().min(1, { message: 'Vul de naam van de regio in.' }),
		/** Short name, used where space is tight. Defaults to `naam`. @example "Voorbeeld" */
		korteNaam: z.string().trim().min(1).optional(),
		/** Website of the regional collaboration. @example "https://www.regiovoorbeeld.nl" */
		website: z
			.url({ message: 'Gebruik een volledig webadres, zoals "https://www.regio.nl".' })
			.optional(),
		/** Contact for the workbook. */
		contact: z
			.strictObject({
				naam: z.string().min(1).optional(),
				email: z
					.email({ message: 'Gebruik een geldig e-mailadres, zoals "info@regio.nl".' })
					.optional(),
				telefoon: z.string().min(1).optional(),
			})
			.optional(),
		/** Path of the logo, relative to the region folder (SVG or PNG). @example "logo.svg" */
		logo: z.string().min(1).optional(),
		/** Colours that theme the site and printed outputs. */
		kleuren: z
			.strictObject({
				/** Accent colour as a CSS hex colour. @example "#0b5cad" */
				accent: hexKleur
					// On the field itself, not in the object's superRefine: zod runs that only when every
					// other field is right, so a too light colour was reported only after the rest was fixed.
					.superRefine((accent, ctx) => {
						// zod runs this check after a failed pattern too: only a real colour has a contrast.
						const fout = HEX.test(accent) ? controleerAccent(accent) : undefined;
						if (fout) ctx.addIssue({ code: 'custom', message: fout });
					})
					.optional(),
			})
			.optional(),
		/** The region's own regional tasks. */
		opgaven: z.array(opgaveSchema).default([]),
		/** Partner organisations. Their `id`s must be unique. */
		partners: z.array(partnerSchema).default([]),
		/** Networks in the region; `partners` refer to partner ids. */
		netwerken: z.array(netwerkSchema).default([]),
		/**
		 * Where the region's own pages (in `paginas/`) appear in the sidebar. A page that is not
		 * listed goes in the group "Over <korteNaam>"; a page with the slug of an upstream chapter
		 * replaces that chapter in place and needs no entry.
		 * @example [{ slug: "onze-aanpak", deel: "Aan de slag", na: "welkom" }]
		 */
		paginas: z
			.array(
				z.strictObject({
					/** File name of the page in `paginas/`, without extension. */
					slug: z.string().min(1),
					/** Label of the sidebar part (see content/werkboek.yaml), e.g. "Aan de slag". */
					deel: z.string().min(1).optional(),
					/** Slug of the chapter in that part after which the page comes; default: at the end. */
					na: z.string().min(1).optional(),
				})
			)
			.default([]),
		/** Chapter settings. */
		hoofdstukken: z
			.strictObject({
				/** Slugs of upstream chapters to hide everywhere. @example ["data-als-kompas"] */
				verbergen: z.array(z.string()).default([]),
			})
			.default({ verbergen: [] }),
		/** Template settings (templates/sjablonen/, pages at /sjablonen/<slug>/). */
		sjablonen: z
			.strictObject({
				/** Slugs of templates to hide everywhere: page, menu, PDF. @example ["planning-en-begroting"] */
				verbergen: z.array(z.string()).default([]),
			})
			.default({ verbergen: [] }),
	})
	.superRefine((regio, ctx) => {
		const gezien = new Map<string, number>();
		regio.partners.forEach((partner, index) => {
			const eerder = gezien.get(partner.id);
			if (eerder !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['partners', index, 'id'],
					message: `Het id "${partner.id}" komt twee keer voor (ook bij partners.${eerder}). Geef elke partner een eigen id.`,
				});
			} else gezien.set(partner.id, index);
		});
		regio.netwerken.forEach((netwerk, n) => {
			netwerk.partners.forEach((partnerId, p) => {
				if (!gezien.has(partnerId)) {
					const bekend = [...gezien.keys()];
					ctx.addIssue({
						code: 'custom',
						path: ['netwerken', n, 'partners', p],
						message: `Netwerk "${netwerk.naam}" noemt partner "${partnerId}", maar die staat niet in 'partners'. ${
							bekend.length
								? `Bekende ids: ${bekend.join(', ')}.`
								: 'Er staan nog geen partners in het bestand.'
						} Voeg de partner toe of verbeter het id.`,
					});
				}
			});
		});
	})
	.transform((regio) => ({ ...regio, korteNaam: regio.korteNaam ?? regio.naam }));

export type Regio = z.output<typeof regioSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Netwerk = z.infer<typeof netwerkSchema>;
