/**
 * The tools' storage in the reader's own browser (localStorage). Keys are namespaced by origin and
 * base path, so two regions' workbooks on one host (e.g. github.io/regio-a/ and /regio-b/) never
 * read each other's answers. A save that fails is reported in Dutch, never swallowed.
 */
import { normalizeBase } from '../utils/base-path.ts';

export const OPSLAG_VOL =
	'Je antwoorden zijn niet bewaard: de opslag van je browser is vol. Exporteer je antwoorden naar een bestand, zodat je ze niet kwijtraakt.';
export const OPSLAG_UIT =
	'Je antwoorden kunnen niet worden bewaard: je browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Exporteer je antwoorden naar een bestand voordat je de pagina sluit.';

/** Prefix of every key: `regiowerkboek:https://regio.github.io/werkboek/:`. */
export function opslagPrefix(origin: string, base: string): string {
	const pad = normalizeBase(base);
	return `regiowerkboek:${origin}${pad}:`;
}

function isVol(fout: unknown): boolean {
	if (!(fout instanceof DOMException)) return false;
	// Chromium and WebKit use code 22, old Firefox 1014 (NS_ERROR_DOM_QUOTA_REACHED).
	return (
		fout.name === 'QuotaExceededError' ||
		fout.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		fout.code === 22 ||
		fout.code === 1014
	);
}

export type Resultaat = { ok: true } | { ok: false; melding: string };

export class Opslag {
	readonly prefix: string;
	readonly #storage: () => Storage;

	/** `storage` is a function because merely reading `window.localStorage` throws when storage is disabled. */
	constructor(prefix: string, storage: () => Storage = () => globalThis.localStorage) {
		this.prefix = prefix;
		this.#storage = storage;
	}

	/** The parsed value, `undefined` when nothing (readable) is stored. */
	lees(naam: string): unknown {
		try {
			const tekst = this.#storage().getItem(this.prefix + naam);
			return tekst === null ? undefined : JSON.parse(tekst);
		} catch {
			return undefined;
		}
	}

	schrijf(naam: string, waarde: unknown): Resultaat {
		try {
			this.#storage().setItem(this.prefix + naam, JSON.stringify(waarde));
			return { ok: true };
		} catch (fout) {
			return { ok: false, melding: isVol(fout) ? OPSLAG_VOL : OPSLAG_UIT };
		}
	}

	wis(naam: string): Resultaat {
		try {
			this.#storage().removeItem(this.prefix + naam);
			return { ok: true };
		} catch {
			return { ok: false, melding: OPSLAG_UIT };
		}
	}
}
