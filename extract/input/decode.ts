// Bytes -> string, refusing anything that is not text. UTF-8 is the rule; UTF-16 is taken when a
// byte-order mark says so (Windows tools write it). The string is exactly the file as decoded: no BOM
// stripping and no newline normalisation, so offsets computed on it index the document's text.
import { InputError } from './input-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16ByBom(bytes);
  let text: string;
  if (utf16) {
    try {
      text = utf16.decode(bytes);
    } catch {
      throw new InputError('binary or malformed UTF-16 file (invalid UTF-16 after its byte-order mark)');
    }
    if (text.includes('\0')) throw new InputError('binary file (contains NUL characters)');
  } else {
    if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes)');
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new InputError('binary or non-UTF-8 file (invalid UTF-8)');
    }
  }
  if (text.length === 0) throw new InputError('empty file');
  if (text.trim().length === 0) throw new InputError('whitespace-only file');
  return text;
}

function utf16ByBom(bytes: Uint8Array): TextDecoder | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be;
  return null;
}
