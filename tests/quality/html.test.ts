import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers.ts';
import { allePaginas } from './paginas.ts';

// html-validate on every built page, with the project's .htmlvalidaterc.json: valid HTML, every form
// field labelled, every ARIA reference (aria-labelledby, aria-describedby, for=…) pointing at an
// element that exists.
const demoDir = inject('demoDir');
const CONFIG = join(ROOT, '.htmlvalidaterc.json');

/**
 * Every rule that .htmlvalidaterc.json switches off or relaxes, and why. The test below fails when
 * the config and this list disagree, so no rule is relaxed without a reason written down here.
 */
const VERSOEPELD: Record<string, string> = {
	'void-style':
		'Astro serialises void elements as <meta/>; both forms are valid HTML, this rule is about style.',
	'no-inline-style':
		'Starlight renders style attributes (icon sizes, sidebar depth, dialog padding); the CSP allows exactly those values by hash.',
	'valid-id':
		'Relaxed, not off: Starlight\'s "_top" anchor is a valid HTML id; the strict mode only wants CSS-friendly ids.',
	'unique-landmark':
		'Starlight renders the table of contents twice (a mobile and a desktop <nav> with the same label); only one is visible, so assistive technology meets one.',
	'no-implicit-button-type':
		'Starlight\'s own buttons (search, menu) omit type="button"; they are not inside a form, where a missing type has no effect.',
	'wcag/h32':
		'The worksheet and tool forms save and calculate as you type and are never submitted; a submit button would do nothing. WCAG 3.2.2 (which H32 is a technique for) is met: input never changes context.',
	'long-title':
		'A search-engine guideline (titles over 70 characters get cut off), not validity; chapter titles are content.',
	'no-trailing-whitespace':
		"Source style, not validity: Astro's HTML-aware compression (compressHTML: true, which keeps the spaces between words and links) leaves one space before a line break where MDX content ends a line; a browser shows nothing there.",
};

/** Findings accepted on specific third-party markup, with the reason. Matched on rule, message and selector. */
const UITZONDERINGEN: { regel: string; bericht: RegExp; selector: RegExp; reden: string }[] = [
	{
		regel: 'element-permitted-content',
		bericht: /<div> element is not permitted as content under <(code|button)>/,
		selector: /figure > (pre > code > div|div > button > div)$/,
		reden:
			"Expressive Code (Starlight's code blocks) wraps each line in a <div> inside <code>, and its copy button holds a <div>; browsers render it fine.",
	},
	{
		regel: 'text-content',
		bericht: /<button> must have accessible text/,
		selector: /figure > div > button$/,
		reden:
			'Expressive Code\'s copy button is named by its title attribute ("Kopieer naar klembord"), which axe accepts as its name.',
	},
	{
		regel: 'form-dup-name',
		bericht: /Duplicate form control name "[a-z0-9-]+-veld-\d+"/,
		selector: /wb-\d+-\d+$/,
		reden:
			'A list field on a worksheet is several text inputs sharing one name, submitted as a list (valid HTML). ' +
			'html-validate only accepts that for names ending in [] (allowArrayBrackets); renaming them is for the worksheet owner.',
	},
	{
		regel: 'form-dup-name',
		bericht: /Duplicate form control name "[a-z0-9-]+-veld-\d+"/,
		selector: /sj-\d+(-\d+){1,2}$/,
		reden:
			"A template (/sjablonen/<slug>/) uses the worksheet's form and storage element: a list is several text inputs sharing one name, " +
			'a choice of partners a group of checkboxes sharing one name (valid HTML, read as one answer).',
	},
];

const geaccepteerd = (m: Message) =>
	UITZONDERINGEN.some(
		(u) => u.regel === m.ruleId && u.bericht.test(m.message) && u.selector.test(m.selector ?? '')
	);

describe('HTML validity (html-validate)', () => {
	test('every rule the config relaxes has a documented reason', () => {
		const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as { rules: Record<string, unknown> };
		const versoepeld = Object.entries(config.rules)
			.filter(
				([, instelling]) =>
					instelling === 'off' ||
					(Array.isArray(instelling) &&
						instelling[0] !== 'off' &&
						JSON.stringify(instelling[1]) !== '{}')
			)
			.map(([regel]) => regel);
		expect(versoepeld.sort()).toEqual(Object.keys(VERSOEPELD).sort());
		// The form and ARIA checks this issue asks for are on.
		for (const regel of ['input-missing-label', 'no-missing-references', 'form-dup-name']) {
			expect(config.rules[regel] ?? 'error (recommended)', regel).not.toBe('off');
		}
	});

	test('every built page is valid', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader({ extends: [CONFIG] }));
		const fouten: string[] = [];
		for (const { bestand, pad } of allePaginas(demoDir)) {
			const rapport = await validator.validateString(readFileSync(bestand, 'utf8'), bestand);
			for (const m of rapport.results.flatMap((r) => r.messages)) {
				if (!geaccepteerd(m))
					fouten.push(
						`/${pad}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`
					);
			}
		}
		expect(fouten).toEqual([]);
	});

	test('nothing follows </html> (a script placed after the layout once did; the W3C checker stops there)', () => {
		const daarna = allePaginas(demoDir).flatMap(({ bestand, pad }) => {
			const html = readFileSync(bestand, 'utf8');
			const einde = html.lastIndexOf('</html>');
			return einde >= 0 && html.slice(einde + '</html>'.length).trim()
				? [`/${pad}: ${html.slice(einde, einde + 90)}`]
				: [];
		});
		expect(daarna).toEqual([]);
	});

	test('the validator catches an unlabelled field and a dangling ARIA reference', async () => {
		// Control: the config must really report what this issue asks for.
		const validator = new HtmlValidate(new FileSystemConfigLoader({ extends: [CONFIG] }));
		const rapport = await validator.validateString(
			'<!doctype html><html lang="nl"><head><title>x</title></head><body><main><form><input name="a" aria-describedby="bestaat-niet"><button type="submit">OK</button></form></main></body></html>',
			'controle.html'
		);
		const regels = rapport.results.flatMap((r) => r.messages.map((m) => m.ruleId));
		expect(regels).toEqual(
			expect.arrayContaining(['input-missing-label', 'no-missing-references'])
		);
	});
});
