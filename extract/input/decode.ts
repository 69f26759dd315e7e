// Bytes -> string, refusing anything that is not text. The string is exactly the file as read:
// no BOM stripping and no newline normalisation, so offsets computed on it index the file.
import { InputError } from './input-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError('binary or non-UTF-8 file (invalid UTF-8)');
  }
  if (text.length === 0) throw new InputError('empty file');
  if (text.trim().length === 0) throw new InputError('whitespace-only file');
  return text;
}
