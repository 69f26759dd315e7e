// UTF-16 with a byte-order mark is text, not "binary"; HTML nested thousands of levels deep gets a
// message that says so, while ordinary nesting converts.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../extract/input/index.js';

const STATEMENT = '\uFEFFtitle: Déclaration\n\nArvenia accused Kestovia of the attack — “again”.\n';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

describe('decoding', () => {
  it.each(['le', 'be'] as const)('reads UTF-16%s with a byte-order mark', (endian) => {
    const doc = buildDocument('statement.txt', utf16(STATEMENT, endian), 'text');
    expect(doc.text).toBe(STATEMENT);
    expect(doc.meta.title).toBe('Déclaration');
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^Arvenia accused/);
  });

  it('still calls UTF-16 without a byte-order mark binary, and a broken one malformed', () => {
    expect(() => buildDocument('a.txt', utf16('Arvenia accused Kestovia.', 'le'), 'text')).toThrow(
      /binary file/,
    );
    const broken = Buffer.concat([utf16('\uFEFFArvenia', 'le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(() => buildDocument('b.txt', broken, 'text')).toThrow(/malformed UTF-16/);
  });
});

describe('deep HTML', () => {
  const nested = (depth: number) =>
    new TextEncoder().encode(`${'<div>'.repeat(depth)}Arvenia accused Kestovia.${'</div>'.repeat(depth)}`);

  it('converts ordinary nesting', () => {
    expect(buildDocument('a.html', nested(200), 'html').text.trim()).toBe('Arvenia accused Kestovia.');
  });

  it('refuses nesting thousands deep with a message that says so', () => {
    expect(() => buildDocument('deep.html', nested(50_000), 'html')).toThrow(
      'HTML nested too deeply to convert (thousands of levels)',
    );
  });
});
