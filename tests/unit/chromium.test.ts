import { describe, expect, test } from 'vitest';
import { GEEN_CHROMIUM, findChromium } from '../../src/utils/chromium.ts';

const geen = async () => undefined;

describe('findChromium: CHROME_PATH, then an installed browser, then the npm Chromium', () => {
	test('CHROME_PATH wins', async () => {
		const gevonden = await findChromium({
			env: { CHROME_PATH: '/opt/chrome' },
			platform: 'linux',
			bestaat: () => true,
			npmChromium: geen,
		});
		expect(gevonden).toMatchObject({ pad: '/opt/chrome', bron: 'CHROME_PATH' });
	});

	test('a CHROME_PATH that does not exist is a clear error, not a silent fallback', async () => {
		await expect(
			findChromium({
				env: { CHROME_PATH: '/nergens' },
				platform: 'linux',
				bestaat: () => false,
				npmChromium: geen,
			})
		).rejects.toThrow('CHROME_PATH wijst naar "/nergens"');
	});

	test('an installed browser comes before the npm Chromium', async () => {
		const gevonden = await findChromium({
			env: {},
			platform: 'linux',
			bestaat: (p) => p === '/usr/bin/google-chrome',
			npmChromium: async () => ({ pad: '/tmp/chromium', args: [] }),
		});
		expect(gevonden).toMatchObject({ pad: '/usr/bin/google-chrome', bron: 'systeem' });
	});

	test('on Linux without a browser, the npm Chromium is used', async () => {
		const gevonden = await findChromium({
			env: {},
			platform: 'linux',
			bestaat: () => false,
			npmChromium: async () => ({ pad: '/tmp/chromium', args: ['--use-gl=angle'] }),
		});
		expect(gevonden.bron).toBe('@sparticuz/chromium');
		expect(gevonden.args).toContain('--use-gl=angle');
		expect(gevonden.args).toContain('--disable-background-networking');
	});

	test('without any Chromium the message says, in Dutch, how to provide one', async () => {
		await expect(
			findChromium({ env: {}, platform: 'darwin', bestaat: () => false, npmChromium: geen })
		).rejects.toThrow(GEEN_CHROMIUM);
		expect(GEEN_CHROMIUM).toContain('CHROME_PATH');
	});
	test('WERKBOEK_CHROMIUM=npm skips CHROME_PATH and installed browsers, as on a fresh machine', async () => {
		const gevonden = await findChromium({
			env: { WERKBOEK_CHROMIUM: 'npm', CHROME_PATH: '/opt/chrome' },
			platform: 'linux',
			bestaat: () => true,
			npmChromium: async () => ({ pad: '/tmp/chromium', args: [] }),
		});
		expect(gevonden).toMatchObject({ pad: '/tmp/chromium', bron: '@sparticuz/chromium' });
	});

	test('WERKBOEK_CHROMIUM=npm without the npm Chromium, or another value, is a clear Dutch error', async () => {
		await expect(
			findChromium({
				env: { WERKBOEK_CHROMIUM: 'npm' },
				platform: 'linux',
				bestaat: () => true,
				npmChromium: geen,
			})
		).rejects.toThrow('WERKBOEK_CHROMIUM=npm vraagt om de Chromium uit het npm-pakket');
		await expect(
			findChromium({
				env: { WERKBOEK_CHROMIUM: 'systeem' },
				platform: 'linux',
				bestaat: () => true,
				npmChromium: geen,
			})
		).rejects.toThrow('de enige waarde is "npm"');
	});
});
