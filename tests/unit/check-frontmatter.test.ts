import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { controleer } from '../../src/check/check.ts';
import { ROOT } from '../helpers.ts';

// npm run check reads a page's frontmatter where Astro does, and not as Markdown or MDX. (The
// region is the default one: the demo region from templates/, copied along.)
describe(
	'npm run check and the frontmatter of a page (src/check/check.ts)',
	{ timeout: 60_000 },
	() => {
		let root: string;
		const welkom = () => join(root, 'content', 'hoofdstukken', 'welkom.mdx');
		const origineel = readFileSync(join(ROOT, 'content', 'hoofdstukken', 'welkom.mdx'), 'utf8');
		const metFrontmatter = (yaml: string) => origineel.replace(/^---\n/, `---\n${yaml}\n`);

		beforeAll(() => {
			root = mkdtempSync(join(tmpdir(), 'check-frontmatter-'));
			cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
			cpSync(join(ROOT, 'templates'), join(root, 'templates'), { recursive: true });
		});
		afterAll(() => rmSync(root, { recursive: true, force: true }));

		test('accepts flow-style YAML in an MDX page (it is not an MDX expression)', () => {
			writeFileSync(
				welkom(),
				metFrontmatter('sidebar: { order: 1, badge: { text: Nieuw } }\ntags: [a, b]')
			);
			expect(controleer(root).problemen).toEqual([]);
		});

		test('names the line in the file of a YAML error and of a missing title', () => {
			writeFileSync(welkom(), `---\ndescription: x\nsidebar: { order: 1\n---\n\nTekst.\n`);
			const [fout] = controleer(root).problemen.filter(
				(p) => p.bestand === 'content/hoofdstukken/welkom.mdx'
			);
			expect(fout).toMatchObject({ regel: 3 });
			expect(fout!.bericht).toMatch(/^De frontmatter \(YAML\) klopt niet/);

			writeFileSync(welkom(), `\n---\ndescription: x\ntitle: ""\n---\n\nTekst.\n`);
			const [titel] = controleer(root).problemen.filter(
				(p) => p.bestand === 'content/hoofdstukken/welkom.mdx'
			);
			expect(titel).toMatchObject({ veld: 'title', regel: 4 });
		});

		test('reports a page without frontmatter', () => {
			writeFileSync(welkom(), 'Tekst zonder frontmatter.\n');
			expect(controleer(root).problemen).toContainEqual(
				expect.objectContaining({
					bestand: 'content/hoofdstukken/welkom.mdx',
					regel: 1,
					bericht: expect.stringMatching(/mist frontmatter/),
				})
			);
		});
	}
);
