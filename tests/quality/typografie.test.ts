import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';

// SmartyPants (curly quotes and apostrophes) runs through the project's own wrapper
// (src/starlight/smartypants.ts) in place of Astro's: the built pages must still have them.
const demoDir = inject('demoDir');

test('apostrophes in Markdown come out curly on the built page', () => {
	// content/werkvormen/fishbowl.md: "In veel regio's doen …"
	const html = readFileSync(join(demoDir, 'werkvormen', 'fishbowl', 'index.html'), 'utf8');
	expect(html).toContain('regio’s doen');
	expect(html).not.toContain("regio's doen");
});
