/**
 * The result code of the Balansmeter: a participant's ten positions and stakeholder group in a
 * short text that survives a chat, a mail or being read aloud, so a facilitator can build the
 * group picture without anyone sending a file. Pure and without zod: the meter page loads it up
 * front, the group view uses it to read pasted text and QR codes.
 *
 * Format, version 1 (example "RWB1-8G2N-ZQ4D"):
 *
 *     RW B 1 - XXXX - XXXC
 *     │  │ │   └──┬──────┘
 *     │  │ │      7 data symbols + 1 check symbol, Crockford base32 (0-9, A-Z without I, L, O, U)
 *     │  │ └ code version (a newer site may write 2, 3, …; this one refuses those)
 *     │  └ tool: B = Balansmeter (other letters are kept for other tools and refused here)
 *     └ Regiowerkboek
 *
 * The 7 data symbols are 35 bits, most significant first:
 * - bits 34…5: per balancing act in BALANCEERACTS order, 3 bits "nu" then 3 bits "straks"
 *   (0 = not filled in, 1…7 = the step);
 * - bits 4…1: stakeholder group, 0 = none, n = BELANGHEBBENDEN[n − 1] (9…15 are invalid);
 * - bit 0: reserved, always 0.
 * The check symbol is Luhn mod 32 over the data symbols: every single mistyped symbol is caught,
 * and so is nearly every swap of two neighbouring symbols. Reading is forgiving where it is safe:
 * lower case, O for 0, I and L for 1, and a missing or extra hyphen are accepted.
 *
 * The QR code holds the same code on its first line. Only when the participant ticks it, a
 * second line holds JSON with the name and the notes: `{"naam": "…", "notities": {"<act id>": "…"}}`.
 */
import { BALANCEERACTS, BALANCEERACT_IDS, type BalanceeractId } from '../schemas/balanceeracts.ts';
import { BELANGHEBBENDEN, STAPPEN, type BelanghebbendeId } from './formaten.ts';

export const CODE_GEREEDSCHAP = 'B';
export const CODE_VERSIE = 1;
const PREFIX = `RW${CODE_GEREEDSCHAP}${CODE_VERSIE}`;
const ALFABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_TEKENS = 7;
/** Pasted text of this size or more is refused (a chat log with codes is far smaller). */
export const MAX_PLAK_BYTES = 1024 * 1024;
/** The QR code stays readable from a phone screen up to about this many bytes. */
export const MAX_QR_BYTES = 1200;

/** What a code carries. */
export interface CodeInhoud {
	groep?: BelanghebbendeId | undefined;
	acts: Partial<Record<BalanceeractId, { nu?: number | undefined; straks?: number | undefined }>>;
}

export type CodeGelezen =
	{ ok: true; code: string; inhoud: CodeInhoud } | { ok: false; melding: string };

function waarde(teken: string): number {
	const t = teken.toUpperCase().replace('O', '0').replace(/[IL]/, '1');
	return ALFABET.indexOf(t);
}

/** Luhn mod N (N = 32) over symbol values, the check symbol's value. */
function controleWaarde(waarden: readonly number[]): number {
	let som = 0;
	let factor = 2;
	for (let i = waarden.length - 1; i >= 0; i--) {
		const x = factor * waarden[i]!;
		som += Math.floor(x / 32) + (x % 32);
		factor = factor === 2 ? 1 : 2;
	}
	return (32 - (som % 32)) % 32;
}

/** The code of a meter: its positions and group. */
export function maakCode(meter: CodeInhoud): string {
	let getal = 0n;
	for (const act of BALANCEERACTS) {
		const p = meter.acts[act.id] ?? {};
		for (const stap of [p.nu, p.straks])
			getal = (getal << 3n) | BigInt(stap !== undefined && stap >= 1 && stap <= STAPPEN ? stap : 0);
	}
	const groep = meter.groep ? BELANGHEBBENDEN.findIndex((b) => b.id === meter.groep) + 1 : 0;
	getal = (((getal << 4n) | BigInt(groep)) << 1n) | 0n;
	const waarden: number[] = [];
	for (let i = 0; i < DATA_TEKENS; i++) {
		waarden.unshift(Number(getal & 31n));
		getal >>= 5n;
	}
	waarden.push(controleWaarde(waarden));
	const tekens = waarden.map((w) => ALFABET[w]).join('');
	return `${PREFIX}-${tekens.slice(0, 4)}-${tekens.slice(4)}`;
}

const NIET_OVERGENOMEN = 'Vraag de deelnemer de code opnieuw te kopiëren of voor te lezen.';

/** Reads one code (the whole text must be the code, spaces around it allowed). */
export function leesCode(tekst: string): CodeGelezen {
	const schoon = tekst.trim();
	const kop = /^RW([A-Z])(\d+)(?=-|$)/i.exec(schoon);
	if (!kop)
		return {
			ok: false,
			melding: `"${kort(schoon)}" is geen code van de balansmeter: een code begint met ${PREFIX}-.`,
		};
	const [, gereedschap, versieTekst] = kop;
	if (gereedschap!.toUpperCase() !== CODE_GEREEDSCHAP)
		return {
			ok: false,
			melding: `${kort(schoon)}: deze code komt van een ander hulpmiddel, niet van de balansmeter.`,
		};
	const versie = Number(versieTekst);
	if (versie > CODE_VERSIE) {
		return {
			ok: false,
			melding: `${kort(schoon)}: deze code is gemaakt met een nieuwere versie van het werkboek (codeversie ${versie}; deze site kent versie ${CODE_VERSIE}). Deze code komt van een andere, nieuwere site. Laat de deelnemers de Balansmeter invullen op dezelfde site als deze groepsweergave.`,
		};
	}
	if (versie < 1)
		return { ok: false, melding: `${kort(schoon)}: deze code heeft een onbekende versie.` };
	const rest = schoon.slice(kop[0].length).replace(/[-\s]/g, '');
	if (rest.length !== DATA_TEKENS + 1) {
		return {
			ok: false,
			melding: `${kort(schoon)}: na ${PREFIX}- horen precies ${DATA_TEKENS + 1} tekens te staan, hier zijn het er ${rest.length}. ${NIET_OVERGENOMEN}`,
		};
	}
	const waarden = [...rest].map(waarde);
	const vreemd = [...rest].find((_, i) => waarden[i] === -1);
	if (vreemd !== undefined)
		return {
			ok: false,
			melding: `${kort(schoon)}: het teken "${vreemd}" komt in een code niet voor. ${NIET_OVERGENOMEN}`,
		};
	const data = waarden.slice(0, DATA_TEKENS);
	if (controleWaarde(data) !== waarden[DATA_TEKENS]) {
		return {
			ok: false,
			melding: `${kort(schoon)}: deze code klopt niet, er is waarschijnlijk een teken verkeerd overgenomen. ${NIET_OVERGENOMEN}`,
		};
	}
	let getal = data.reduce((g, w) => (g << 5n) | BigInt(w), 0n);
	const gereserveerd = Number(getal & 1n);
	getal >>= 1n;
	const groepNummer = Number(getal & 15n);
	getal >>= 4n;
	const standen: number[] = [];
	for (let i = 0; i < BALANCEERACT_IDS.length * 2; i++) {
		standen.unshift(Number(getal & 7n));
		getal >>= 3n;
	}
	if (gereserveerd !== 0 || groepNummer > BELANGHEBBENDEN.length) {
		return { ok: false, melding: `${kort(schoon)}: deze code klopt niet. ${NIET_OVERGENOMEN}` };
	}
	const acts: CodeInhoud['acts'] = {};
	BALANCEERACT_IDS.forEach((id, i) => {
		const [nu, straks] = [standen[2 * i]!, standen[2 * i + 1]!];
		if (nu || straks) acts[id] = { ...(nu ? { nu } : {}), ...(straks ? { straks } : {}) };
	});
	const groep = groepNummer ? BELANGHEBBENDEN[groepNummer - 1]!.id : undefined;
	return {
		ok: true,
		code: maakCode({ groep, acts }),
		inhoud: { ...(groep ? { groep } : {}), acts },
	};
}

function kort(tekst: string): string {
	return tekst.length > 40 ? `${tekst.slice(0, 40)}…` : tekst;
}

export interface GevondenCodes {
	/** Readable codes, each once, in the order found (normalised spelling). */
	codes: { code: string; inhoud: CodeInhoud }[];
	/** Codes that appeared more than once; counted once. */
	dubbel: string[];
	/** Every code-like piece of text that could not be read, with why. */
	fouten: string[];
}

/**
 * Finds every code in a pasted text: a chat log, a mail, one code per line. Anything that starts
 * like a code (RW, a letter, a number, a hyphen) is read; the rest of the text is ignored.
 */
export function zoekCodes(
	tekst: string
): { ok: true; gevonden: GevondenCodes } | { ok: false; melding: string } {
	if (new TextEncoder().encode(tekst).length >= MAX_PLAK_BYTES) {
		return {
			ok: false,
			melding:
				'De geplakte tekst is 1 MB of groter. Dat is geen lijst met codes; plak alleen het chatgesprek of de mail met de codes. Er is niets toegevoegd.',
		};
	}
	const gevonden: GevondenCodes = { codes: [], dubbel: [], fouten: [] };
	const gezien = new Set<string>();
	for (const m of tekst.matchAll(
		/(?<![0-9A-Z])RW[A-Z]\d+-[0-9A-Z]{1,12}(?:[- ](?!RW[A-Z]\d+-)[0-9A-Z]{1,12}){0,3}(?![0-9A-Z])/gi
	)) {
		// A hyphen or space may split the groups ("RWB1-8G2N ZQ4D"), but may also end the code before
		// ordinary words ("RWB1-8G2N-ZQ4D is mijn code"): try the longest reading first, then shorter.
		const delen = m[0].split(/(?=[- ])/);
		const kandidaten = delen
			.map((_, i) => delen.slice(0, delen.length - i).join(''))
			.filter((k) => /-/.test(k));
		const lezingen = kandidaten.map((k) => ({ k, gelezen: leesCode(k) }));
		const goed = lezingen.find((l) => l.gelezen.ok);
		if (!goed || !goed.gelezen.ok) {
			// Name the reading that has the length of a code, else the shortest: that is what the person meant.
			const lengte = (k: string) => k.replace(/^RW[A-Z]\d+/i, '').replace(/[-\s]/g, '').length;
			const bedoeld = lezingen.find((l) => lengte(l.k) === DATA_TEKENS + 1) ?? lezingen.at(-1)!;
			if (!bedoeld.gelezen.ok) gevonden.fouten.push(bedoeld.gelezen.melding);
			continue;
		}
		const gelezen = goed.gelezen;
		if (gezien.has(gelezen.code)) {
			if (!gevonden.dubbel.includes(gelezen.code)) gevonden.dubbel.push(gelezen.code);
			continue;
		}
		gezien.add(gelezen.code);
		gevonden.codes.push({ code: gelezen.code, inhoud: gelezen.inhoud });
	}
	return { ok: true, gevonden };
}

/** Name and notes that the participant chose to put in the QR code. */
export interface QrExtra {
	naam?: string | undefined;
	notities?: Partial<Record<BalanceeractId, string>>;
}

/**
 * The text of the QR code: the code, and only when the participant ticked it a second line with
 * name and notes. `weggelaten` is true when the extra did not fit and the QR holds the code only.
 */
export function qrTekst(code: string, extra?: QrExtra): { tekst: string; weggelaten: boolean } {
	const inhoud: QrExtra = {};
	if (extra?.naam) inhoud.naam = extra.naam;
	const notities = Object.entries(extra?.notities ?? {}).filter(([, t]) => t);
	if (notities.length) inhoud.notities = Object.fromEntries(notities);
	if (!Object.keys(inhoud).length) return { tekst: code, weggelaten: false };
	const tekst = `${code}\n${JSON.stringify(inhoud)}`;
	if (new TextEncoder().encode(tekst).length > MAX_QR_BYTES)
		return { tekst: code, weggelaten: true };
	return { tekst, weggelaten: false };
}

export type QrGelezen =
	| { ok: true; code: string; inhoud: CodeInhoud; extra: QrExtra }
	/** `vreemd`: not one of ours at all (another QR code in the room), to be ignored with a message. */
	| { ok: false; vreemd: boolean; melding: string };

/** Reads the text of a scanned QR code. */
export function leesQrTekst(tekst: string): QrGelezen {
	const [eerste = '', ...rest] = tekst.split('\n');
	if (!/^\s*RW[A-Z]\d+-/i.test(eerste))
		return {
			ok: false,
			vreemd: true,
			melding: 'Deze QR-code komt niet van de balansmeter en is overgeslagen.',
		};
	const gelezen = leesCode(eerste);
	if (!gelezen.ok) return { ok: false, vreemd: false, melding: gelezen.melding };
	const extra: QrExtra = {};
	const json = rest.join('\n').trim();
	if (json) {
		let data: unknown;
		try {
			data = JSON.parse(json);
		} catch {
			data = undefined;
		}
		const fout = {
			ok: false as const,
			vreemd: false,
			melding:
				'De naam en notities in deze QR-code zijn niet leesbaar; de QR-code is overgeslagen.',
		};
		if (typeof data !== 'object' || data === null || Array.isArray(data)) return fout;
		const { naam, notities, ...anders } = data as Record<string, unknown>;
		if (Object.keys(anders).length) return fout;
		if (naam !== undefined) {
			if (typeof naam !== 'string' || naam.length > 200) return fout;
			extra.naam = naam;
		}
		if (notities !== undefined) {
			if (typeof notities !== 'object' || notities === null || Array.isArray(notities)) return fout;
			const lijst: Partial<Record<BalanceeractId, string>> = {};
			for (const [act, t] of Object.entries(notities)) {
				if (
					!(BALANCEERACT_IDS as readonly string[]).includes(act) ||
					typeof t !== 'string' ||
					t.length > MAX_QR_BYTES
				)
					return fout;
				lijst[act as BalanceeractId] = t;
			}
			extra.notities = lijst;
		}
	}
	return { ok: true, code: gelezen.code, inhoud: gelezen.inhoud, extra };
}
