/**
 * A filled-in template as a Word file (.docx), made in the browser with the `docx` package. Loaded
 * only when the reader asks for the file (a dynamic import in src/elements/sjabloon-acties.ts):
 * the library is large, and most readers never need it.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	HeadingLevel,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';
import type { DocDeel } from './sjabloon-document.ts';

/** Text with line breaks as runs: a break before every line but the first. */
function runs(tekst: string, opties: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
	return tekst
		.split('\n')
		.map((regel, i) => new TextRun({ text: regel, ...opties, ...(i > 0 ? { break: 1 } : {}) }));
}

const rand = { style: BorderStyle.SINGLE, size: 4, color: '888888' };

/** The Word document of `delen`; `titel` and `auteur` go into the file's properties. */
export function maakWord(delen: DocDeel[], meta: { titel: string; auteur: string }): Document {
	let lijst = 0;
	const kinderen: (Paragraph | Table)[] = [];
	for (const deel of delen) {
		switch (deel.soort) {
			case 'titel':
				kinderen.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(deel.tekst) }));
				break;
			case 'kop':
				kinderen.push(
					new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(deel.tekst) })
				);
				break;
			case 'alinea':
				kinderen.push(
					new Paragraph({
						spacing: { after: 120 },
						children: [
							...(deel.label
								? [
										new TextRun({ text: deel.label, bold: true }),
										...(deel.tekst ? [new TextRun({ text: '', break: 1 })] : []),
									]
								: []),
							...(deel.tekst ? runs(deel.tekst, deel.leeg ? { italics: true } : {}) : []),
						],
					})
				);
				break;
			case 'opsomming': {
				// Each numbered list restarts at 1: its own instance of the numbering.
				const instantie = ++lijst;
				for (const item of deel.items) {
					kinderen.push(
						new Paragraph({
							children: runs(item),
							...(deel.genummerd
								? { numbering: { reference: 'genummerd', level: 0, instance: instantie } }
								: { bullet: { level: 0 } }),
						})
					);
				}
				break;
			}
			case 'tabel':
				kinderen.push(
					new Table({
						width: { size: 100, type: WidthType.PERCENTAGE },
						borders: {
							top: rand,
							bottom: rand,
							left: rand,
							right: rand,
							insideHorizontal: rand,
							insideVertical: rand,
						},
						rows: deel.rijen.map(
							([kop, tekst]) =>
								new TableRow({
									children: [
										new TableCell({
											width: { size: 40, type: WidthType.PERCENTAGE },
											children: [new Paragraph({ children: runs(kop, { bold: true }) })],
										}),
										new TableCell({
											width: { size: 60, type: WidthType.PERCENTAGE },
											children: [new Paragraph({ children: runs(tekst) })],
										}),
									],
								})
						),
					}),
					new Paragraph({ children: [] })
				);
				break;
		}
	}
	return new Document({
		title: meta.titel,
		creator: meta.auteur,
		description: 'Sjabloon uit het Werkboek Regionaal Samenwerken',
		styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
		numbering: {
			config: [
				{
					reference: 'genummerd',
					levels: [
						{
							level: 0,
							format: LevelFormat.DECIMAL,
							text: '%1.',
							alignment: AlignmentType.START,
							style: { paragraph: { indent: { left: 720, hanging: 360 } } },
						},
					],
				},
			],
		},
		sections: [
			{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: kinderen },
		],
	});
}

/** The .docx file as a Blob (A4 pages). */
export async function maakDocx(
	delen: DocDeel[],
	meta: { titel: string; auteur: string }
): Promise<Blob> {
	return Packer.toBlob(maakWord(delen, meta));
}
