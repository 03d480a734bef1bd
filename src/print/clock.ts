/** Minutes from the start of a session as a clock offset: 0 → "0:00", 75 → "1:15". */
export function klokTekst(minuten: number): string {
	return `${Math.floor(minuten / 60)}:${String(minuten % 60).padStart(2, '0')}`;
}
