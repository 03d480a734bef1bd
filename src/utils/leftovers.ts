import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Removes what stopped builds left in `map`: the entries whose name `patroon` matches, with the
 * process id of the build that made them as its first group, when that process no longer runs.
 * Those of this build and of builds still running (several may run at once, `npm run build:regios`)
 * stay. A missing folder, or an entry removed meanwhile, is skipped.
 */
export function removeLeftovers(map: string, patroon: RegExp): void {
	let namen: string[];
	try {
		namen = readdirSync(map);
	} catch {
		return;
	}
	for (const naam of namen) {
		const pid = Number(patroon.exec(naam)?.[1]);
		if (!pid || pid === process.pid) continue;
		try {
			process.kill(pid, 0);
			continue; // still running
		} catch (fout) {
			if ((fout as NodeJS.ErrnoException).code !== 'ESRCH') continue;
		}
		rmSync(join(map, naam), { recursive: true, force: true });
	}
}
