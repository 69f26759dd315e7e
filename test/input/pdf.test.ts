// PDF input: a PDF made here from invented text (pdf-lib writes it; pdfjs-dist reads it back)
// goes through extraction with every offset valid in the extracted text; a PDF of images only is
// refused with a message that says why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readDocuments, type DocumentResult } from '../../extract/input/index.js';
import { extractDocument } from '../../extract/pipeline.js';
import { validateExtraction } from '../../core/contract.js';

const PAGES = [
  [
    'Frostbite: wiper attacks on Velmora energy firms',
    'Published: March 18, 2024',
    'Mandiant attributed the Frostbite campaign to APT29.',
  ],
  ['Germany accused Russia of a ransomware attack on its railways.'],
];

async function writePdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([600, 800]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 740 - 20 * i, size: 12, font }));
  }
  return pdf.save();
}

async function imagesOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([600, 800]).drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0.2, 0.2, 0.2) });
  return pdf.save();
}

async function read(path: string): Promise<DocumentResult> {
  for await (const result of readDocuments([path])) return result;
  throw new Error('no result');
}

describe('PDF input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-pdf-'));

  it('extracts claims whose offsets index the text layer', async () => {
    const path = join(dir, 'frostbite.pdf');
    const bytes = await writePdf(PAGES);
    writeFileSync(path, bytes);
    const result = await read(path);
    if (!result.ok) throw new Error(result.error);
    const { doc } = result;
    for (const line of PAGES.flat()) expect(doc.text).toContain(line);
    expect(doc.meta.title).toBe(PAGES[0]![0]);
    expect(doc.meta.date).toBe('2024-03-18');
    expect(doc.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    const extraction = extractDocument(doc);
    expect(validateExtraction(extraction, doc.text)).toMatchObject({ ok: true });
    const claims = extraction.claims.map((c) => [c.claimant, c.subject, c.evidence.text]);
    expect(claims).toContainEqual([
      'mandiant',
      'apt29',
      'Mandiant attributed the Frostbite campaign to APT29.',
    ]);
    expect(claims).toContainEqual([
      'germany',
      'russia',
      'Germany accused Russia of a ransomware attack on its railways.',
    ]);
  });

  it('refuses a PDF without a text layer with a clear message', async () => {
    const path = join(dir, 'scan.pdf');
    writeFileSync(path, await imagesOnlyPdf());
    const result = await read(path);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^PDF without a text layer .*OCR/),
    });
  });
});

describe('loading the input module', () => {
  // pdf.js's legacy build replaces the native Array.prototype.push with a JavaScript polyfill as it
  // loads; a fresh process shows whether importing the input stage alone already does that.
  it('leaves the native Array.prototype.push in place until a PDF is read', () => {
    const input = fileURLToPath(new URL('../../extract/input/index.ts', import.meta.url));
    const script = `const push = Array.prototype.push; await import(${JSON.stringify(input)}); process.stdout.write(String(Array.prototype.push === push));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('true');
  });
});
