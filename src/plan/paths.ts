import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { werkboekSchema, type Werkboek } from '../schemas/werkboek.ts';
import { dutchErrorMap, problemsFromZod, WerkboekError } from '../utils/errors.ts';
import { HOOFDSTUKKEN_DIR } from './slugs.ts';

/** The project root: two folders up from this file (`src/plan/`). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CONTENT_DIR = 'content';
export const REGIO_PAGINAS = 'paginas';

const MARKDOWN = /\.mdx?$/;

/** Lists Markdown files below `map` as slugs relative to it, e.g. `balanceeracts/focus-breedte`. */
export function markdownSlugs(map: string): string[] {
	try {
		return (
			readdirSync(map, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
		)
			.filter((d) => d.isFile() && MARKDOWN.test(d.name))
			.map((d) =>
				relative(map, join(d.parentPath, d.name)).replace(MARKDOWN, '').split('\\').join('/')
			)
			.sort();
	} catch {
		return [];
	}
}

/** Slugs of the upstream chapters in `content/hoofdstukken/`. */
export function hoofdstukSlugs(root: string): string[] {
	return markdownSlugs(join(root, HOOFDSTUKKEN_DIR));
}

/** Reads and validates `content/werkboek.yaml`, the upstream sidebar structure. */
export function loadWerkboek(root: string): Werkboek {
	const bestand = join(root, CONTENT_DIR, 'werkboek.yaml');
	const resultaat = werkboekSchema.safeParse(parse(readFileSync(bestand, 'utf8')), {
		error: dutchErrorMap,
	});
	if (!resultaat.success) {
		throw new WerkboekError(
			'De opbouw van het werkboek (content/werkboek.yaml) klopt niet',
			problemsFromZod(resultaat.error.issues, 'content/werkboek.yaml', () => undefined),
			'verbeter content/werkboek.yaml.'
		);
	}
	return resultaat.data;
}
