// A PDF's text layer as one string (pdfjs-dist, Mozilla's PDF reader): items in reading order as
// pdf.js gives them, a line break where it marks the end of a line, a blank line between pages.
// Offsets of the extraction index this string. Scanned pages without a text layer give no text:
// such a file is refused with a message pointing at OCR, never extracted as empty.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { InputError } from './input-error.js';

const PAGE_BREAK = '\n\n';
// pdf.js looks up the 14 standard fonts' metrics here; without it every font-less PDF warns.
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

// pdf.js's legacy build (the one for Node) installs core-js polyfills as it loads, among them a
// JavaScript Array.prototype.push in place of the native one, for the whole process: loaded only
// when a PDF is read, it leaves the native push to every run that extracts no PDF.
const loadPdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  // pdf.js takes ownership of the buffer it is given; a copy keeps the caller's bytes (for sha256).
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: VerbosityLevel.ERRORS,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (err) {
    throw new InputError(`unreadable PDF (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(
        content.items
          .filter((item): item is TextItem => 'str' in item)
          .map((item) => item.str + (item.hasEOL ? '\n' : ''))
          .join(''),
      );
    }
    const text = pages.join(PAGE_BREAK);
    if (text.trim() === '') {
      throw new InputError(
        `PDF without a text layer (${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'} of images?); run OCR first, e.g. ocrmypdf`,
      );
    }
    return text;
  } finally {
    await task.destroy();
  }
}
