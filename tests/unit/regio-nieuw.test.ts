import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRegio, findRegio } from '../../src/regio/load.ts';
import { maakRegio } from '../../src/regio/create.ts';
import { ROOT } from '../helpers.ts';

/** A throw-away project folder with only the starter region. */
function project(): string {
	const map = mkdtempSync(join(tmpdir(), 'werkboek-nieuw-'));
	cpSync(join(ROOT, 'templates'), join(map, 'templates'), { recursive: true });
	return map;
}

describe('maakRegio (npm run regio:nieuw)', () => {
	test('creates content/regio/ that validates, with the answers and the starter pages', () => {
		const root = project();
		const resultaat = maakRegio(root, {
			naam: 'Regio Zuid',
			korteNaam: 'Zuid',
			website: 'https://www.zuid.nl',
			accent: '#7a1f5c',
		});
		expect(resultaat.ok, resultaat.bericht).toBe(true);
		const { regio, bron } = loadRegio(root, findRegio(root));
		expect(bron.isStarter).toBe(false);
		expect(regio).toMatchObject({
			naam: 'Regio Zuid',
			korteNaam: 'Zuid',
			website: 'https://www.zuid.nl',
			kleuren: { accent: '#7a1f5c' },
		});
		expect(regio.partners).toEqual([]);
		expect(readdirSync(join(root, 'content', 'regio', 'paginas'))).toContain('over-de-regio.mdx');
		// Only content/regio/ was written.
		expect(readdirSync(join(root, 'content'))).toEqual(['regio']);
		// The starter's explanatory comments are kept.
		expect(readFileSync(join(root, 'content', 'regio', 'regio.yaml'), 'utf8')).toContain(
			'# Gegevens van jullie regio.'
		);
	});

	test('defaults: short name = name, the example logo, the default accent', () => {
		const root = project();
		expect(maakRegio(root, { naam: 'Regio West' }).ok).toBe(true);
		const { regio, logoPad } = loadRegio(root, findRegio(root));
		expect(regio.korteNaam).toBe('Regio West');
		expect(logoPad).toBe(join(root, 'content', 'regio', 'logo.svg'));
	});

	test('copies a given logo', () => {
		const root = project();
		writeFileSync(join(root, 'mijn-logo.png'), 'png');
		expect(maakRegio(root, { naam: 'Regio Oost', logo: 'mijn-logo.png' }, root).ok).toBe(true);
		expect(existsSync(join(root, 'content', 'regio', 'logo.png'))).toBe(true);
	});

	test.each([
		[{}, 'De naam van de regio ontbreekt'],
		[{ naam: 'Regio X', accent: '#ffcc00' }, 'optie --accent · kleuren.accent'],
		[{ naam: 'Regio X', website: 'zuid.nl' }, 'optie --website · website'],
		[{ naam: 'Regio X', logo: 'bestaat-niet.svg' }, 'Het logo "bestaat-niet.svg" is niet gevonden'],
	])('refuses %j in Dutch and writes nothing', (antwoorden, melding) => {
		const root = project();
		const resultaat = maakRegio(root, antwoorden, root);
		expect(resultaat.ok).toBe(false);
		expect(resultaat.bericht).toContain(melding);
		expect(existsSync(join(root, 'content'))).toBe(false);
	});

	test('never overwrites an existing region', () => {
		const root = project();
		expect(maakRegio(root, { naam: 'Regio Een' }).ok).toBe(true);
		const resultaat = maakRegio(root, { naam: 'Regio Twee' });
		expect(resultaat.ok).toBe(false);
		expect(resultaat.bericht).toContain('bestaat al');
		expect(readFileSync(join(root, 'content', 'regio', 'regio.yaml'), 'utf8')).toContain(
			'Regio Een'
		);
	});
});
