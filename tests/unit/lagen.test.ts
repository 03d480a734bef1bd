import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, test } from 'vitest';
import { basePrefix, normalizeBase } from '../../src/utils/base-path.ts';
import { ROOT } from '../helpers.ts';

// The layers of src/ (README, "Mappen"): the domain core and the build plan never import from
// the Astro integrations, so they can be used and tested without Astro's hooks.
const ONDER = ['src/schemas', 'src/utils', 'src/regio', 'src/plan'];
const VERBODEN = 'src/integration';

/** The code of a file as TypeScript: an .astro file's frontmatter and its <script> blocks. */
function code(bestand: string, tekst: string): string {
	if (!bestand.endsWith('.astro')) return tekst;
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(tekst)?.[1] ?? '';
	const scripts = [...tekst.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	return [frontmatter, ...scripts].join('\n');
}

/** Every module specifier a file imports or re-exports, static, dynamic or in a type, from its syntax tree. */
function specifiers(bestand: string, tekst: string): string[] {
	const ast = parse(code(bestand, tekst), {
		sourceType: 'module',
		plugins: ['typescript'],
		errorRecovery: true,
	});
	const uit: string[] = [];
	const loop = (knoop: unknown): void => {
		if (!knoop || typeof knoop !== 'object') return;
		if (Array.isArray(knoop)) return knoop.forEach(loop);
		const k = knoop as {
			type?: string;
			source?: { value?: unknown };
			argument?: { value?: unknown };
			arguments?: { type: string; value?: unknown }[];
		};
		if (
			(k.type === 'ImportDeclaration' ||
				k.type === 'ExportNamedDeclaration' ||
				k.type === 'ExportAllDeclaration') &&
			typeof k.source?.value === 'string'
		)
			uit.push(k.source.value);
		if (k.type === 'TSImportType' && typeof k.argument?.value === 'string')
			uit.push(k.argument.value);
		if (
			k.type === 'CallExpression' &&
			(knoop as { callee?: { type?: string } }).callee?.type === 'Import' &&
			k.arguments?.[0]?.type === 'StringLiteral'
		)
			uit.push(String(k.arguments[0].value));
		for (const [sleutel, waarde] of Object.entries(knoop))
			if (sleutel !== 'loc' && sleutel !== 'start' && sleutel !== 'end') loop(waarde);
	};
	loop(ast.program);
	return uit;
}

/** The specifiers of `bestand` (relative to ROOT) that resolve into `map`. */
function importsUit(bestand: string, tekst: string, map: string): string[] {
	return specifiers(bestand, tekst).filter((s) => {
		if (!s.startsWith('.')) return s.startsWith('~/') && `src/${s.slice(2)}`.startsWith(`${map}/`);
		const doel = relative(ROOT, resolve(ROOT, dirname(bestand), s))
			.split('\\')
			.join('/');
		return doel === map || doel.startsWith(`${map}/`);
	});
}

function bestanden(map: string): string[] {
	return (
		readdirSync(join(ROOT, map), {
			recursive: true,
			withFileTypes: true,
		}) as import('node:fs').Dirent[]
	)
		.filter((d) => d.isFile() && /\.(ts|mts|astro)$/.test(d.name))
		.map((d) => relative(ROOT, join(d.parentPath, d.name)).split('\\').join('/'));
}

describe('the layers of src/', () => {
	test.each(ONDER)('%s imports nothing from src/integration', (map) => {
		const lijst = bestanden(map);
		expect(lijst.length).toBeGreaterThan(0);
		const fout = lijst.flatMap((b) =>
			importsUit(b, readFileSync(join(ROOT, b), 'utf8'), VERBODEN).map((s) => `${b}: ${s}`)
		);
		expect(fout).toEqual([]);
	});

	test('the check finds every form of import', () => {
		const bron = [
			"import { a } from '../integration/index.ts';",
			"import type { B } from '../integration/virtual.ts';",
			"export { c } from '../integration/print.ts';",
			"const d = await import('../integration/cms.ts');",
			"type E = import('../integration/traject.ts').X;",
			"import '../integration/middleware.ts';",
			"import { ok } from '../utils/errors.ts';",
		].join('\n');
		expect(importsUit('src/plan/x.ts', bron, VERBODEN)).toHaveLength(6);
		const astro =
			"---\nimport X from '../integration/kleuren.ts';\n---\n<p>x</p>\n<script>\n\timport '../integration/sjablonen.ts';\n</script>\n";
		expect(importsUit('src/regio/X.astro', astro, VERBODEN)).toEqual([
			'../integration/kleuren.ts',
			'../integration/sjablonen.ts',
		]);
		expect(
			importsUit('src/integrations/x.ts', "import '../integration-extra/y.ts';", VERBODEN)
		).toEqual([]);
	});
});

describe('the base path (src/utils/base-path.ts)', () => {
	test.each([
		['/', '/', ''],
		['', '/', ''],
		['/werkboek/', '/werkboek/', '/werkboek'],
		['/werkboek', '/werkboek/', '/werkboek'],
		['werkboek', '/werkboek/', '/werkboek'],
		['//regio/a//', '/regio/a/', '/regio/a'],
	])('%j: normalised %j, prefix %j', (base, genormaliseerd, prefix) => {
		expect(normalizeBase(base)).toBe(genormaliseerd);
		expect(basePrefix(base)).toBe(prefix);
	});

	test('no other file normalises the base path itself', () => {
		const patroon =
			/BASE_URL\.replace|config\.base\.endsWith|base\.replace\(\/\\\/\+\$\/|base\.endsWith\('\/'\)/;
		const eigen = [
			'src/utils/base-path.ts',
			'src/pages/sjablonen/[slug].astro',
			'src/pages/sjablonen/index.astro',
		];
		const fout = bestanden('src').filter(
			(b) => !eigen.includes(b) && patroon.test(readFileSync(join(ROOT, b), 'utf8'))
		);
		expect(fout).toEqual([]);
	});
});
