// Temporary helper for content writers: validates werkvorm frontmatter.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { werkvormSchema } from '../../src/schemas/werkvorm.ts';
const dir = new URL('../../content/werkvormen', import.meta.url).pathname;
let bad = 0;
for (const f of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
	const src = readFileSync(`${dir}/${f}`, 'utf8');
	const m = /^---\n([\s\S]*?)\n---/.exec(src);
	if (!m) { console.log(f, 'geen frontmatter'); bad++; continue; }
	const fm = parse(m[1]);
	if (!fm.title) { console.log(f, 'geen title'); bad++; }
	const r = werkvormSchema.safeParse(fm.werkvorm);
	if (!r.success) { bad++; console.log(f, JSON.stringify(r.error.issues.map((i) => [i.path.join('.'), i.message]))); }
	else console.log(f, 'ok');
}
process.exit(bad ? 1 : 0);
