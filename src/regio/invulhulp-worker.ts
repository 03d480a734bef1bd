/**
 * The region wizard's validator in a Web Worker: the build's schema and Dutch messages
 * (invulhulp-validatie.ts) checking each form the page sends. In a worker on purpose: Vite bundles
 * a worker on its own, so zod's full API stays out of the chunks the page shares with other tools
 * (the Balansmeter's group view uses the small zod/mini, and a shared zod core chunk would grow
 * for every tool page). It also keeps the check off the page's main thread while someone types.
 */
import { valideer } from './invulhulp-validatie.ts';
import type { Formulier } from './invulhulp.ts';

self.addEventListener('message', (e: MessageEvent<{ id: number; formulier: Formulier }>) => {
	const { id, formulier } = e.data;
	self.postMessage({ id, uitslag: valideer(formulier) });
});
