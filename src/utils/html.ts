const ENTITEITEN: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content or attributes. */
export function escapeHtml(tekst: string): string {
	return tekst.replace(/[&<>"']/g, (teken) => ENTITEITEN[teken]!);
}
