/**
 * <balans-groep>: collects the participants' Balansmeters and shows the group picture.
 * Three ways in: result codes pasted in one go (resultaatcode.ts finds them in any text), QR codes
 * read through the camera (the decoder is loaded only when the camera starts), and exported files
 * (file picker or drag-and-drop). Bad input is named and changes nothing. Nothing is stored or
 * sent: everything stays in this page's memory; camera frames are read and dropped.
 */
import { BALANCEERACTS } from '../schemas/balanceeracts.ts';
import {
	BALANSMETER_FORMAAT,
	BALANSMETER_VERSIE,
	BELANGHEBBENDEN,
	belanghebbendeNaam,
} from '../hulpmiddelen/formaten.ts';
import {
	getal,
	groepsbeeld,
	groepsverschillen,
	grootsteVerschillen,
	maakMeting,
	type ActGroep,
	type Deelnemer,
} from '../hulpmiddelen/groepsbeeld.ts';
import type { BalansmeterBestand } from '../hulpmiddelen/balansmeter.ts';

// Validation of files (zod) is loaded only when a file is opened.
const validatie = () => import('../hulpmiddelen/balansmeter.ts');
import {
	leesQrTekst,
	zoekCodes,
	type CodeInhoud,
	type QrExtra,
} from '../hulpmiddelen/resultaatcode.ts';
import {
	bewaarBestand,
	datum,
	kiesBestanden,
	leesBestand,
	Meldingen,
	h,
	toonScriptDelen,
} from './gedeeld.ts';
import { groepVorm, tekenGrafiek } from './grafiek.ts';

const actVan = (id: string) => BALANCEERACTS.find((a) => a.id === id)!;
const SVG = 'http://www.w3.org/2000/svg';
/** How often a camera frame is read; often enough to feel instant, rare enough for an old laptop. */
const SCAN_INTERVAL_MS = 120;

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

class BalansGroep extends HTMLElement {
	#deelnemers: Deelnemer[] = [];
	/** Codes already in the group (pasted or scanned), so each counts once. */
	#codes = new Set<string>();
	#meldingen!: Meldingen;
	#camera: { stop: () => void } | undefined;
	#geluid: AudioContext | undefined;

	connectedCallback(): void {
		this.#meldingen = new Meldingen(this);
		toonScriptDelen(this);
		kiesBestanden(
			this.querySelector('[data-actie="kies"]'),
			this.querySelector('[data-invoer="kies"]'),
			(bestanden) => void this.#voegBestandenToe(bestanden)
		);
		this.querySelector('[data-actie="codes"]')?.addEventListener('click', () => this.#plak());
		this.querySelector('[data-actie="camera"]')?.addEventListener(
			'click',
			() => void this.#startCamera()
		);
		this.querySelector('[data-actie="stop"]')?.addEventListener('click', () =>
			this.#stopCamera('De camera is uit.')
		);
		this.querySelector('[data-actie="bewaar"]')?.addEventListener('click', () =>
			this.#bewaarMeting()
		);
		this.querySelector('[data-actie="druk"]')?.addEventListener('click', () => print());
		this.querySelector('[data-actie="leeg"]')?.addEventListener('click', () => {
			this.#deelnemers = [];
			this.#codes.clear();
			this.#toon();
			this.#meldingen.goed('Alle deelnemers zijn weggehaald.');
		});
		const sleep = this.querySelector<HTMLElement>('[data-sleep]');
		sleep?.addEventListener('dragover', (e) => {
			e.preventDefault();
			sleep.dataset['actief'] = '';
		});
		sleep?.addEventListener('dragleave', () => delete sleep.dataset['actief']);
		sleep?.addEventListener('drop', (e) => {
			e.preventDefault();
			delete sleep.dataset['actief'];
			void this.#voegBestandenToe([...(e.dataTransfer?.files ?? [])]);
		});
		addEventListener('pagehide', () => this.#stopCamera());
	}

	disconnectedCallback(): void {
		this.#stopCamera();
	}

	/** Adds a participant from a code; false when that code is already in the group. */
	#voegCodeToe(code: string, inhoud: CodeInhoud, extra: QrExtra = {}): Deelnemer | undefined {
		if (this.#codes.has(code)) return undefined;
		this.#codes.add(code);
		const acts: BalansmeterBestand['acts'] = {};
		for (const act of BALANCEERACTS) {
			const p = {
				...inhoud.acts[act.id],
				...(extra.notities?.[act.id] ? { notitie: extra.notities[act.id] } : {}),
			};
			if (Object.keys(p).length) acts[act.id] = p;
		}
		const meter: BalansmeterBestand = {
			formaat: BALANSMETER_FORMAAT,
			versie: BALANSMETER_VERSIE,
			...(inhoud.groep ? { groep: inhoud.groep } : {}),
			acts,
		};
		const deelnemer = { naam: extra.naam || `Deelnemer ${this.#deelnemers.length + 1}`, meter };
		this.#deelnemers.push(deelnemer);
		return deelnemer;
	}

	#plak(): void {
		const veld = this.querySelector<HTMLTextAreaElement>('[data-codes]')!;
		const gevonden = zoekCodes(veld.value);
		if (!gevonden.ok) {
			this.#meldingen.fout(gevonden.melding);
			return;
		}
		const { codes, dubbel, fouten } = gevonden.gevonden;
		let erbij = 0;
		let alBekend = 0;
		for (const { code, inhoud } of codes) {
			if (this.#voegCodeToe(code, inhoud)) erbij++;
			else alBekend++;
		}
		this.#toon();
		const zinnen = [
			`${meervoud(erbij, 'code', 'codes')} toegevoegd; nu ${meervoud(this.#deelnemers.length, 'deelnemer', 'deelnemers')}.`,
		];
		if (dubbel.length)
			zinnen.push(
				`${meervoud(dubbel.length, 'code stond', 'codes stonden')} er meer dan eens in en ${dubbel.length === 1 ? 'telt' : 'tellen'} één keer: ${dubbel.join(', ')}.`
			);
		if (alBekend)
			zinnen.push(
				`${meervoud(alBekend, 'code was', 'codes waren')} al toegevoegd en ${alBekend === 1 ? 'telt' : 'tellen'} niet nog eens.`
			);
		if (!codes.length && !fouten.length)
			zinnen.splice(0, 1, 'In de geplakte tekst staat geen code. Een code begint met RWB1-.');
		if (fouten.length) {
			this.#meldingen.fout('');
			this.querySelector('[data-fout]')!.replaceChildren(
				h(
					'p',
					`${zinnen.join(' ')} ${meervoud(fouten.length, 'code kon', 'codes konden')} niet worden gelezen:`
				),
				h(
					'ul',
					fouten.map((f) => h('li', f))
				)
			);
		} else {
			if (erbij) veld.value = '';
			if (!codes.length) this.#meldingen.fout(zinnen.join(' '));
			else this.#meldingen.goed(zinnen.join(' '));
		}
	}

	async #startCamera(): Promise<void> {
		if (this.#camera) return;
		const status = this.querySelector('[data-camera-status]')!;
		const video = this.querySelector<HTMLVideoElement>('[data-video]')!;
		if (!navigator.mediaDevices?.getUserMedia) {
			this.#meldingen.fout(
				'Deze browser kan de camera niet gebruiken (of de pagina is niet via https geopend). Plak de codes dan in het vak hierboven.'
			);
			return;
		}
		// The sound is made in the page itself (Web Audio); it needs a click to be allowed, which this is.
		try {
			this.#geluid ??= new AudioContext();
		} catch {
			this.#geluid = undefined;
		}
		status.textContent = 'De camera wordt gestart…';
		let stroom: MediaStream;
		try {
			stroom = await navigator.mediaDevices.getUserMedia({
				video: { facingMode: 'environment' },
				audio: false,
			});
		} catch {
			status.textContent = '';
			this.#meldingen.fout(
				'De camera kon niet worden gestart. Geef de browser toestemming voor de camera, of plak de codes in het vak hierboven.'
			);
			return;
		}
		let decodeQR: typeof import('qr/decode.js').decodeQR;
		try {
			({ decodeQR } = await import('qr/decode.js'));
		} catch {
			for (const spoor of stroom.getTracks()) spoor.stop();
			status.textContent = '';
			this.#meldingen.fout(
				'Het lezen van QR-codes kon niet worden geladen. Laad de pagina opnieuw, of plak de codes in het vak hierboven.'
			);
			return;
		}
		video.srcObject = stroom;
		video.hidden = false;
		await video.play().catch(() => undefined);
		const canvas = document.createElement('canvas');
		const context = canvas.getContext('2d', { willReadFrequently: true })!;
		let actief = true;
		let timer = 0;
		const laatstGemeld = new Map<string, number>();
		const meldEenKeer = (sleutel: string, doe: () => void) => {
			const nu = Date.now();
			if ((laatstGemeld.get(sleutel) ?? 0) > nu - 4000) return;
			laatstGemeld.set(sleutel, nu);
			doe();
		};
		const lees = () => {
			if (!actief) return;
			if (video.videoWidth && video.readyState >= 2) {
				// Read a frame in memory and drop it: nothing is kept or sent.
				canvas.width = video.videoWidth;
				canvas.height = video.videoHeight;
				context.drawImage(video, 0, 0);
				let tekst: string | undefined;
				try {
					tekst = decodeQR({
						width: canvas.width,
						height: canvas.height,
						data: context.getImageData(0, 0, canvas.width, canvas.height).data,
					});
				} catch {
					tekst = undefined; // no QR code in this frame
				}
				if (tekst) this.#gescand(tekst, meldEenKeer);
			}
			timer = window.setTimeout(lees, SCAN_INTERVAL_MS);
		};
		this.#camera = {
			stop: () => {
				actief = false;
				clearTimeout(timer);
				for (const spoor of stroom.getTracks()) spoor.stop();
				video.srcObject = null;
				video.hidden = true;
			},
		};
		this.querySelector<HTMLElement>('[data-actie="camera"]')!.hidden = true;
		this.querySelector<HTMLElement>('[data-actie="stop"]')!.hidden = false;
		status.textContent = 'De camera staat aan. Houd een QR-code van de balansmeter voor de camera.';
		this.dataset['camera'] = 'aan';
		lees();
	}

	#gescand(tekst: string, meldEenKeer: (sleutel: string, doe: () => void) => void): void {
		const status = this.querySelector('[data-camera-status]')!;
		const gelezen = leesQrTekst(tekst);
		if (!gelezen.ok) {
			meldEenKeer(tekst, () => (status.textContent = gelezen.melding));
			return;
		}
		const deelnemer = this.#voegCodeToe(gelezen.code, gelezen.inhoud, gelezen.extra);
		if (!deelnemer) {
			meldEenKeer(
				gelezen.code,
				() => (status.textContent = 'Deze QR-code is al gelezen. Houd de volgende voor de camera.')
			);
			return;
		}
		this.#toon();
		const groep = deelnemer.meter.groep ? ` (${belanghebbendeNaam(deelnemer.meter.groep)})` : '';
		status.textContent = `Gelezen: ${deelnemer.naam}${groep}. Nu ${meervoud(this.#deelnemers.length, 'deelnemer', 'deelnemers')}. Houd de volgende QR-code voor de camera.`;
		const vak = this.querySelector<HTMLElement>('.groep-camera');
		if (vak) {
			vak.dataset['gelezen'] = '';
			setTimeout(() => delete vak.dataset['gelezen'], 800);
		}
		this.#piep();
	}

	#piep(): void {
		const geluid = this.#geluid;
		if (!geluid) return;
		try {
			const toon = geluid.createOscillator();
			const volume = geluid.createGain();
			toon.frequency.value = 880;
			volume.gain.value = 0.15;
			toon.connect(volume).connect(geluid.destination);
			toon.start();
			toon.stop(geluid.currentTime + 0.12);
		} catch {
			// No sound is no problem: the message and the green frame confirm as well.
		}
	}

	#stopCamera(melding?: string): void {
		if (!this.#camera) return;
		this.#camera.stop();
		this.#camera = undefined;
		delete this.dataset['camera'];
		const start = this.querySelector<HTMLElement>('[data-actie="camera"]');
		const stop = this.querySelector<HTMLElement>('[data-actie="stop"]');
		if (start) start.hidden = false;
		if (stop) stop.hidden = true;
		const status = this.querySelector('[data-camera-status]');
		if (status && melding) status.textContent = melding;
	}

	async #voegBestandenToe(bestanden: File[]): Promise<void> {
		const fouten: string[] = [];
		let erbij = 0;
		for (const bestand of bestanden) {
			const json = await leesBestand(bestand);
			const gelezen = json.ok ? (await validatie()).leesBalansmeter(json.data) : json;
			if (!gelezen.ok) {
				// The shared message ends with "answers unchanged", which fits here too: the group view is unchanged.
				fouten.push(
					`${bestand.name}: ${gelezen.melding.replace('Je huidige antwoorden zijn niet veranderd.', 'Dit bestand is overgeslagen.')}`
				);
				continue;
			}
			this.#deelnemers.push({
				naam: gelezen.data.naam || bestand.name.replace(/\.json$/i, ''),
				meter: gelezen.data,
			});
			erbij++;
		}
		this.#toon();
		const goed = `${meervoud(erbij, 'bestand', 'bestanden')} toegevoegd; nu ${meervoud(this.#deelnemers.length, 'deelnemer', 'deelnemers')}.`;
		if (fouten.length) {
			this.#meldingen.fout('');
			const fout = this.querySelector('[data-fout]')!;
			fout.replaceChildren(
				h('p', `${goed} Niet alle bestanden konden worden gelezen:`),
				h(
					'ul',
					fouten.map((f) => h('li', f))
				)
			);
		} else {
			this.#meldingen.goed(goed);
		}
	}

	#bewaarMeting(): void {
		if (!this.#deelnemers.length) return;
		const label = this.querySelector<HTMLInputElement>('[data-label]')?.value ?? '';
		const meting = maakMeting(this.#deelnemers, label, datum());
		bewaarBestand(`meting-${meting.datum}.json`, meting);
		this.#meldingen.goed(
			`Het groepsbeeld is bewaard als meting "${meting.label}" van ${meervoud(this.#deelnemers.length, 'deelnemer', 'deelnemers')}, zonder namen en zonder notities.`
		);
	}

	#toon(): void {
		const uitkomst = this.querySelector<HTMLElement>('[data-uitkomst]')!;
		uitkomst.hidden = this.#deelnemers.length === 0;
		const groepen = groepsbeeld(this.#deelnemers);
		const metGroep = this.#deelnemers.some((d) => d.meter.groep);
		const naamMetGroep = (d: Deelnemer) =>
			d.meter.groep ? `${d.naam} (${belanghebbendeNaam(d.meter.groep)})` : d.naam;
		this.querySelector('[data-deelnemers]')!.replaceChildren(
			...this.#deelnemers.map((d) => h('li', naamMetGroep(d)))
		);
		const perGroep = [...BELANGHEBBENDEN.map((b) => b.id), undefined].flatMap((id) => {
			const n = this.#deelnemers.filter((d) => d.meter.groep === id).length;
			return n ? [`${id ? belanghebbendeNaam(id) : 'Zonder groep'}: ${n}`] : [];
		});
		this.querySelector('[data-aantallen]')!.textContent =
			`${meervoud(this.#deelnemers.length, 'deelnemer', 'deelnemers')}${metGroep ? ` (${perGroep.join('; ')})` : ''}.`;
		this.querySelector('[data-verschillen]')!.replaceChildren(
			...grootsteVerschillen(groepen).map((g) => {
				const act = actVan(g.act);
				const richting =
					(g.gemiddeldeVerschuiving ?? 0) === 0
						? ''
						: `, gemiddeld richting ${(g.gemiddeldeVerschuiving ?? 0) > 0 ? act.poolB : act.poolA}`;
				return h('li', `${act.titel}: ${getal(g.gemiddeldeAfstand)} stappen${richting}`);
			})
		);
		const verschillen = groepsverschillen(groepen).filter((v) => v.grootste);
		this.querySelector('[data-groepen-uitleg]')!.textContent = verschillen.length
			? 'Per balanceeract de twee groepen waarvan de gemiddelden het verst uit elkaar liggen, grootste verschil eerst. Een goed begin voor het gesprek over belangen.'
			: 'Nog niet te zien: daarvoor zijn deelnemers uit minstens twee groepen nodig. Deelnemers kiezen hun groep op de balansmeter.';
		this.querySelector('[data-groepsverschillen]')!.replaceChildren(
			...verschillen.map((v) => {
				const act = actVan(v.act);
				const { soort, verschil, laag, hoog } = v.grootste!;
				const gem = (id: string) => getal(v.groepen.find((g) => g.groep === id)?.[soort]);
				return h(
					'li',
					`${act.titel}: ${belanghebbendeNaam(laag)} (gemiddeld ${gem(laag)}) en ${belanghebbendeNaam(hoog)} (gemiddeld ${gem(hoog)}) liggen ${getal(verschil)} ${verschil === 1 ? 'stap' : 'stappen'} uit elkaar bij '${soort === 'nu' ? 'nu' : 'naartoe'}'.`
				);
			})
		);
		this.#legenda(metGroep);
		const svg = this.querySelector<SVGSVGElement>('[data-grafiek]');
		if (svg) {
			const samenvatting = groepen.map(
				(g) =>
					`${actVan(g.act).titel}: gemiddeld nu ${getal(g.nu.gemiddelde)}, naartoe ${getal(g.straks.gemiddelde)}`
			);
			tekenGrafiek(
				svg,
				Object.fromEntries(
					groepen.map((g) => [
						g.act,
						g.posities.map((p) => (metGroep ? { ...p, groep: p.groep ?? 'geen' } : p)),
					])
				),
				`Groepsbeeld van ${meervoud(this.#deelnemers.length, 'deelnemer', 'deelnemers')} op een schaal van 1 tot 7. ${samenvatting.join('. ')}. De tabellen hieronder geven alle posities${metGroep ? ' met de groep van elke deelnemer' : ''}.`,
				Object.fromEntries(
					groepen.map((g) => [g.act, { nu: g.nu.gemiddelde, straks: g.straks.gemiddelde }])
				)
			);
		}
		this.querySelector('[data-acts]')!.replaceChildren(
			...groepen.map((g) => this.#act(g, metGroep))
		);
	}

	/** Legend of the stakeholder groups present: each group's shape (filled = nu) and colour with its name. */
	#legenda(metGroep: boolean): void {
		const lijst = this.querySelector<HTMLElement>('[data-groepslegenda]');
		if (!lijst) return;
		lijst.hidden = !metGroep;
		// With groups the shapes stand for groups, so the legend of the plain circle and diamond goes.
		const standaard = this.querySelector<HTMLElement>('.grafiek-legenda:not([data-groepslegenda])');
		if (standaard) standaard.hidden = metGroep;
		if (!metGroep) return lijst.replaceChildren();
		const aanwezig = [...BELANGHEBBENDEN.map((b) => b.id as string), 'geen'].filter((id) =>
			this.#deelnemers.some((d) => (d.meter.groep ?? 'geen') === id)
		);
		lijst.replaceChildren(
			...aanwezig.map((id) => {
				const svg = document.createElementNS(SVG, 'svg');
				for (const [k, v] of Object.entries({
					class: 'grafiek-symbool',
					width: '18',
					height: '18',
					viewBox: '0 0 18 18',
					'aria-hidden': 'true',
				}))
					svg.setAttribute(k, v);
				groepVorm(id, 'nu', 9, 9, 6.5, svg);
				return h('li', [
					svg,
					h('span', id === 'geen' ? 'Geen groep gekozen' : belanghebbendeNaam(id)),
				]);
			}),
			h('li', [
				h(
					'span',
					'Boven de lijn: nu (gevuld). Onder de lijn: naartoe (open). Een streep: het gemiddelde van de groep.'
				),
			])
		);
	}

	#act(g: ActGroep, metGroep: boolean): HTMLElement {
		const act = actVan(g.act);
		const kolommen = ['Deelnemer', ...(metGroep ? ['Groep'] : []), 'Nu', 'Naartoe', 'Notitie'];
		const tabel = h(
			'table',
			[
				h('caption', `Posities bij ${act.titel} (1 = ${act.poolA}, 7 = ${act.poolB})`),
				h('thead', [
					h(
						'tr',
						kolommen.map((k) => h('th', k, { scope: 'col' }))
					),
				]),
				h(
					'tbody',
					g.posities.map((p) =>
						h('tr', [
							h('th', p.naam, { scope: 'row' }),
							...(metGroep ? [h('td', p.groep ? belanghebbendeNaam(p.groep) : '–')] : []),
							h('td', String(p.nu ?? '–')),
							h('td', String(p.straks ?? '–')),
							h('td', p.notitie ?? ''),
						])
					)
				),
			],
			{ class: 'hulpmiddel-tabel' }
		);
		const feit = (term: string, waarde: string) => [h('dt', term), h('dd', waarde)];
		const bereik = (s: ActGroep['nu']) =>
			s.aantal ? `${s.min} tot ${s.max} (${s.bereik} stappen)` : '–';
		return h(
			'section',
			[
				h('h3', `${act.nummer}. ${act.titel}`),
				h('dl', [
					...feit('Gemiddeld nu', getal(g.nu.gemiddelde)),
					...feit('Gemiddeld naartoe', getal(g.straks.gemiddelde)),
					...feit('Spreiding nu', bereik(g.nu)),
					...feit('Spreiding naartoe', bereik(g.straks)),
					...feit(
						'Gemiddelde afstand nu–naartoe',
						g.gemiddeldeAfstand === undefined ? '–' : `${getal(g.gemiddeldeAfstand)} stappen`
					),
					...feit(
						'Grootste afstand',
						g.grootsteAfstand
							? `${g.grootsteAfstand.afstand} ${g.grootsteAfstand.afstand === 1 ? 'stap' : 'stappen'} (${g.grootsteAfstand.namen.join(', ')})`
							: '–'
					),
				]),
				tabel,
			],
			{ 'aria-label': act.titel }
		);
	}
}

customElements.define('balans-groep', BalansGroep);
