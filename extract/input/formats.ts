// Which file names are documents, and how their bytes become text.
import { extname } from 'node:path';

export type InputFormat = 'text' | 'html' | 'pdf';

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/** The format of a file by its extension (case-insensitive), or null when it is not a document. */
export function formatOf(path: string): InputFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
