import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { hoofdstukStarts, outline } from '../../src/print/outline.ts';

/**
 * A three-page PDF with the outline "Inleiding" (page 1, explicit destination, with a child
 * "Doel" on page 2), "Afsluiting" (page 3, a named destination) and again "Inleiding" (page 3, a
 * GoTo action with a UTF-16 title as Chromium writes non-ASCII titles).
 */
async function metBladwijzers(): Promise<PDFDocument> {
	const doc = await PDFDocument.create();
	const paginas = [doc.addPage(), doc.addPage(), doc.addPage()].map((p) => p.ref);
	const { context } = doc;
	const dest = (pagina: PDFRef) => context.obj([pagina, 'XYZ', 0, 800, 0]);
	doc.catalog.set(PDFName.of('Dests'), context.obj({ slot: dest(paginas[2]!) }));
	const refs = [0, 1, 2, 3, 4].map(() => context.nextRef());
	const [root, inleiding, doel, afsluiting, weer] = refs as [
		PDFRef,
		PDFRef,
		PDFRef,
		PDFRef,
		PDFRef,
	];
	context.assign(root, context.obj({ Type: 'Outlines', First: inleiding, Last: weer, Count: 4 }));
	context.assign(
		inleiding,
		context.obj({
			Title: PDFString.of('Inleiding'),
			Dest: dest(paginas[0]!),
			Parent: root,
			Next: afsluiting,
			First: doel,
			Last: doel,
			Count: 1,
		})
	);
	context.assign(
		doel,
		context.obj({ Title: PDFString.of('Doel'), Dest: dest(paginas[1]!), Parent: inleiding })
	);
	context.assign(
		afsluiting,
		context.obj({
			Title: PDFString.of('Afsluiting'),
			Dest: PDFName.of('slot'),
			Parent: root,
			Prev: inleiding,
			Next: weer,
		})
	);
	const weerDict = context.obj({
		Title: PDFHexString.fromText('Inleiding  opnieuw'),
		A: context.obj({ S: 'GoTo', D: dest(paginas[2]!) }),
		Parent: root,
		Prev: afsluiting,
	});
	context.assign(weer, weerDict as PDFDict);
	doc.catalog.set(PDFName.of('Outlines'), root);
	// Through bytes, as the build reads Chromium's output.
	return PDFDocument.load(await doc.save(), { updateMetadata: false });
}

describe('the bookmarks of a PDF, read with pdf-lib', () => {
	test('explicit, named and GoTo destinations, nested, in document order, whitespace collapsed', async () => {
		expect(outline(await metBladwijzers())).toEqual([
			{ titel: 'Inleiding', pagina: 1, niveau: 0 },
			{ titel: 'Doel', pagina: 2, niveau: 1 },
			{ titel: 'Afsluiting', pagina: 3, niveau: 0 },
			{ titel: 'Inleiding opnieuw', pagina: 3, niveau: 0 },
		]);
	});

	test('chapter starts are matched in order, spaces ignored; a missing chapter is a Dutch error', async () => {
		const doc = await metBladwijzers();
		expect(hoofdstukStarts(doc, ['Inleiding', 'Afsluiting', 'Inleidingopnieuw'])).toEqual([
			1, 3, 3,
		]);
		expect(() => hoofdstukStarts(doc, ['Afsluiting', 'Doel'])).toThrow(
			'Het hoofdstuk "Doel" staat niet in de bladwijzers van de PDF.'
		);
		expect(outline(await PDFDocument.create())).toEqual([]);
	});
});
