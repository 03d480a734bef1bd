import { existsSync } from 'node:fs';
import { platform } from 'node:os';

/** A Chromium that Playwright can launch, and where it came from. */
export interface FoundChromium {
	pad: string;
	bron: 'CHROME_PATH' | 'systeem' | '@sparticuz/chromium';
	/** Extra launch flags this build of Chromium needs. */
	args: string[];
}

/**
 * Flags for every launch: no sandbox (CI runs as root), and no background traffic to Google's
 * services, which this project's privacy checks would otherwise see and which closed networks refuse.
 */
export const BASIS_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-domain-reliability',
	'--no-pings',
];

/** Installed browsers, by platform, in order of preference. */
export const SYSTEEM_PADEN: Record<string, string[]> = {
	linux: [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
		'/usr/bin/microsoft-edge',
		'/snap/bin/chromium',
	],
	darwin: [
		'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
		'/Applications/Chromium.app/Contents/MacOS/Chromium',
		'/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
	],
	win32: [
		'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
		'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
		'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
	],
};

export const GEEN_CHROMIUM =
	"Er is geen Chromium gevonden om PDF's te maken en de browsertests te draaien.\n" +
	'Wat nu: installeer Google Chrome, Chromium of Microsoft Edge, of wijs een browser aan met de ' +
	'omgevingsvariabele CHROME_PATH (bijvoorbeeld CHROME_PATH=/usr/bin/chromium npm test). ' +
	'Op Linux installeert "npm install" ook @sparticuz/chromium; controleer of dat gelukt is.';

export interface ChromiumSearch {
	env?: NodeJS.ProcessEnv;
	platform?: string;
	bestaat?: (pad: string) => boolean;
	/** Loads the npm Chromium; injectable for tests. */
	npmChromium?: () => Promise<{ pad: string; args: string[] } | undefined>;
}

/**
 * The Chromium search of findChromium with a build's choice only (the integration's `chromium`
 * option: `source` "npm" and/or a browser's `path`), whatever the environment of this process says.
 */
export function chromiumSearch(chromium: {
	source?: string | undefined;
	path?: string | undefined;
}): ChromiumSearch {
	return {
		env: {
			...(chromium.source !== undefined ? { WERKBOEK_CHROMIUM: chromium.source } : {}),
			...(chromium.path !== undefined ? { CHROME_PATH: chromium.path } : {}),
		},
	};
}

async function laadNpmChromium(): Promise<{ pad: string; args: string[] } | undefined> {
	try {
		const { default: chromium } = await import('@sparticuz/chromium');
		const pad = await chromium.executablePath();
		// Keep only the flags this build needs to run; its defaults also switch off web security,
		// which would hide exactly the problems our privacy and CSP tests look for.
		const nodig = chromium.args.filter((arg) =>
			/^--(?:no-zygote|in-process-gpu|use-gl=|use-angle=|enable-unsafe-swiftshader|headless=|font-render-hinting=)/.test(
				arg
			)
		);
		return { pad, args: nodig };
	} catch {
		return undefined;
	}
}

/**
 * Finds a Chromium, in this order: `CHROME_PATH`; an installed Chrome, Chromium or Edge; on Linux,
 * the Chromium from the npm package `@sparticuz/chromium` (only that one with `WERKBOEK_CHROMIUM=npm`). Throws a Dutch message that says how
 * to provide one when none is found.
 */
export async function findChromium(opties: ChromiumSearch = {}): Promise<FoundChromium> {
	const env = opties.env ?? process.env;
	const os = opties.platform ?? platform();
	const bestaat = opties.bestaat ?? existsSync;
	// `WERKBOEK_CHROMIUM=npm` uses only the npm Chromium, as a fresh machine without a browser
	// does. CI sets it, so a system browser on the CI machine cannot hide a difference between
	// Chromium builds (it once did: a line broke at a hyphen only in the npm build).
	const keuze = env['WERKBOEK_CHROMIUM'];
	if (keuze !== undefined && keuze !== '' && keuze !== 'npm') {
		throw new Error(
			`WERKBOEK_CHROMIUM is "${keuze}", maar de enige waarde is "npm" (alleen de Chromium uit het npm-pakket @sparticuz/chromium). Haal de variabele weg of zet hem op npm.`
		);
	}
	if (keuze === 'npm') {
		const npm = os === 'linux' ? await (opties.npmChromium ?? laadNpmChromium)() : undefined;
		if (npm)
			return { pad: npm.pad, bron: '@sparticuz/chromium', args: [...BASIS_ARGS, ...npm.args] };
		throw new Error(
			'WERKBOEK_CHROMIUM=npm vraagt om de Chromium uit het npm-pakket @sparticuz/chromium, maar die is er niet ' +
				'(dat pakket werkt alleen op Linux). Wat nu: voer "npm install" opnieuw uit, of haal WERKBOEK_CHROMIUM weg.'
		);
	}
	const gekozen = env['CHROME_PATH'];
	if (gekozen) {
		if (!bestaat(gekozen)) {
			throw new Error(
				`CHROME_PATH wijst naar "${gekozen}", maar daar staat geen browser. Verbeter het pad of haal CHROME_PATH weg.`
			);
		}
		return { pad: gekozen, bron: 'CHROME_PATH', args: BASIS_ARGS };
	}
	const systeem = (SYSTEEM_PADEN[os] ?? []).find((pad) => bestaat(pad));
	if (systeem) return { pad: systeem, bron: 'systeem', args: BASIS_ARGS };
	if (os === 'linux') {
		const npm = await (opties.npmChromium ?? laadNpmChromium)();
		if (npm)
			return { pad: npm.pad, bron: '@sparticuz/chromium', args: [...BASIS_ARGS, ...npm.args] };
	}
	throw new Error(GEEN_CHROMIUM);
}

/** The first line of an error's message: Playwright adds its call log below it. */
export function eersteRegel(fout: unknown): string {
	return (fout instanceof Error ? fout.message : String(fout)).split('\n')[0]!;
}

/**
 * Launches the found Chromium with Playwright; the message of a Chromium that does not start is
 * Dutch. One that hangs stops after a minute (Playwright's own limit is three).
 */
export async function startChromium(opties: ChromiumSearch = {}) {
	const { chromium } = await import('playwright-core');
	const gevonden = await findChromium(opties);
	const browser = await chromium
		.launch({
			executablePath: gevonden.pad,
			args: gevonden.args,
			headless: true,
			timeout: 60_000,
		})
		.catch((fout: unknown) => {
			throw new Error(
				`Chromium (${gevonden.pad}, ${gevonden.bron}) is gevonden maar start niet: ${eersteRegel(fout)}\nGeef een andere Chromium op met CHROME_PATH.`,
				{ cause: fout }
			);
		});
	return { browser, gevonden };
}
