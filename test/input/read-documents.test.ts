import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../extract/input/index.js';
import type { DocumentResult } from '../../extract/input/index.js';
import { tempDir } from './temp-dir.js';

const FIXTURES = 'fixtures/input';

async function readAll(paths: string[], maxBytes?: number): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for await (const result of readDocuments(paths, { maxBytes })) results.push(result);
  return results;
}

async function readOne(path: string) {
  const [result] = await readAll([path]);
  if (!result?.ok) throw new Error(`expected a document from ${path}, got ${JSON.stringify(result)}`);
  return result.doc;
}

describe('readDocuments: documents', () => {
  it('reads a .txt header into meta; the text is the whole file and bodyStart follows the blank line', async () => {
    const path = join(FIXTURES, 'arvenia-mfa-statement.txt');
    const bytes = readFileSync(path);
    const doc = await readOne(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(doc.meta).toEqual({
      id: sha256.slice(0, 16),
      path,
      title:
        'Statement by the Ministry of Foreign Affairs on the Cyber Attack against the National Grid Operator',
      url: 'https://mfa.arvenia.example/en/press/2024-03-18-grid',
      date: '2024-03-18',
      dateSource: { from: 'header', start: 171, end: 181 },
      publisher: 'Ministry of Foreign Affairs of Arvenia',
      sha256,
    });
    expect(doc.text).toBe(bytes.toString('utf8'));
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^Statement by the Ministry/);
  });

  it('reads a .md header with other key order and case; an empty url becomes null', async () => {
    const doc = await readOne(join(FIXTURES, 'ncsc-advisory.md'));
    expect(doc.meta).toMatchObject({
      title: 'Advisory: Amber Lynx targets energy sector networks',
      url: null,
      date: '2024-03-20',
      publisher: 'National Cyber Security Centre of Arvenia',
    });
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^# Advisory/);
  });

  it('falls back to the first non-empty line as title when there is no header', async () => {
    const doc = await readOne(join(FIXTURES, 'press-briefing-transcript.txt'));
    expect(doc.bodyStart).toBe(0);
    expect(doc.meta).toMatchObject({
      title: 'Regular Press Briefing by the Arvenian Government Spokesperson, 21 March 2024',
      url: null,
      date: null,
      publisher: null,
    });
  });

  it('turns HTML into visible text, takes the title from <title>, and hashes the original bytes', async () => {
    const path = join(FIXTURES, 'kestovia-embassy-denial.html');
    const doc = await readOne(path);
    expect(doc.meta.title).toBe('Embassy of Kestovia & its Response to Accusations by Arvenia');
    expect(doc.meta.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(doc.text).toMatch(/^Response of the Embassy Spokesperson/);
    expect(doc.text).not.toContain('<');
  });

  it('keeps a header above HTML as written and converts only the body after it', async () => {
    const dir = tempDir();
    const path = join(dir, 'with-header.html');
    writeFileSync(
      path,
      'title: Given title\ndate: 2024-05-01\n\n<html><head><title>Page title</title></head><body><p>Kestovia denied it.</p></body></html>',
    );
    const doc = await readOne(path);
    expect(doc.meta.title).toBe('Given title');
    expect(doc.text).toBe('title: Given title\ndate: 2024-05-01\n\nKestovia denied it.');
    expect(doc.text.slice(doc.bodyStart)).toBe('Kestovia denied it.');
  });

  it('preserves the text as read: BOM, CRLF and non-ASCII stay, so offsets index the file', async () => {
    const dir = tempDir();
    const path = join(dir, 'bom-crlf.txt');
    const content =
      '\uFEFFtitle: Déclaration\r\n\r\nLe ministère accuse Kestovia.\r\nSecond line — with “quotes”.\r\n';
    writeFileSync(path, content, 'utf8');
    const doc = await readOne(path);
    expect(doc.text).toBe(content);
    expect(doc.meta.title).toBe('Déclaration');
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^Le ministère/);
    const start = doc.text.indexOf('Kestovia');
    expect(doc.text.slice(start, start + 'Kestovia'.length)).toBe('Kestovia');
    expect(Buffer.from(doc.text, 'utf8').equals(readFileSync(path))).toBe(true);
  });

  it('walks directories recursively in sorted order, skipping other extensions, hidden entries and READMEs', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b-sub', 'deeper'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    mkdirSync(join(dir, 'folder.md'));
    const files = [
      'z.txt',
      'a.md',
      'b-sub/m.htm',
      'b-sub/deeper/c.HTML',
      '.hidden/x.txt',
      'notes.json',
      'README.md',
      'image.png',
      'folder.md/inner.txt',
    ];
    for (const file of files) writeFileSync(join(dir, file), `Text of ${file}.\n`);
    const results = await readAll([dir]);
    expect(results.map((r) => (r.ok ? r.doc.meta.path : `error ${r.path}`))).toEqual(
      ['a.md', 'b-sub/deeper/c.HTML', 'b-sub/m.htm', 'folder.md/inner.txt', 'z.txt'].map((f) => join(dir, f)),
    );
  });

  it('gives identical content the same id wherever it lives', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one.txt'), 'Same statement.\n');
    writeFileSync(join(dir, 'two.txt'), 'Same statement.\n');
    const [one, two] = await readAll([join(dir, 'one.txt'), join(dir, 'two.txt')]);
    expect(one?.ok && two?.ok && one.doc.meta.id === two.doc.meta.id).toBe(true);
  });
});

describe('readDocuments: bad input gives one error naming the file, and the rest still come out', () => {
  const dir = tempDir();
  const good = join(FIXTURES, 'press-briefing-transcript.txt');
  // Another file: one real file named twice is read once.
  const alsoGood = join(FIXTURES, 'ncsc-advisory.md');
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  const cases: [string, () => string, RegExp, number?][] = [
    [
      'a file with NUL bytes',
      () => file('nul.txt', Buffer.from([0x54, 0x65, 0x78, 0x74, 0x00, 0x01, 0x02])),
      /binary file \(contains NUL bytes\)/,
    ],
    [
      'invalid UTF-8',
      () => file('latin1.txt', Buffer.from([0x4d, 0x69, 0x6e, 0x69, 0x73, 0x74, 0xe8, 0x72, 0x65])),
      /invalid UTF-8/,
    ],
    ['an empty file', () => file('empty.txt', ''), /^empty file$/],
    ['a whitespace-only file', () => file('blank.md', ' \n\t\r\n  '), /^whitespace-only file$/],
    [
      'a file over the size limit',
      () => file('big.txt', 'Accusation. '.repeat(200)),
      /file too large \(2400 bytes, limit 1000\)/,
      1000,
    ],
    ['a missing path', () => join(dir, 'does-not-exist.txt'), /no such file or directory/],
    [
      'an explicitly named file of another type',
      () => file('report.docx', 'PK'),
      /unsupported file type \(expected \.txt, \.md, \.html, \.htm, \.pdf\)/,
    ],
    ['a broken PDF', () => file('report.pdf', '%PDF-1.7'), /^unreadable PDF \(/],
    [
      'a dangling symlink inside a folder',
      () => {
        const sub = join(dir, 'links');
        mkdirSync(sub);
        symlinkSync(join(dir, 'gone.txt'), join(sub, 'dangling.txt'));
        return sub;
      },
      /no such file or directory/,
    ],
    [
      'an HTML page with no visible text',
      () => file('chrome-only.html', '<nav>Menu</nav><script>x()</script>'),
      /without visible text/,
    ],
  ];

  for (const [name, makePath, reason, maxBytes] of cases) {
    it(name, async () => {
      const bad = makePath();
      const results = await readAll([good, bad, alsoGood], maxBytes);
      expect(results).toHaveLength(3);
      expect(results[0]?.ok && results[2]?.ok).toBe(true);
      const failure = results[1];
      expect(failure?.ok).toBe(false);
      if (failure && !failure.ok) {
        expect(failure.path.startsWith(bad)).toBe(true);
        expect(failure.error).toMatch(reason);
        expect(failure.error).not.toContain('\n');
      }
    });
  }

  it.skipIf(process.getuid?.() === 0)(
    'an unreadable file (skipped as root, who can read anything)',
    async () => {
      const path = file('locked.txt', 'Secret statement.\n');
      chmodSync(path, 0o000);
      const [result] = await readAll([path]);
      expect(result).toEqual({ ok: false, path, error: 'permission denied' });
    },
  );

  it('checks the size before reading: the limit applies to bytes, not characters', async () => {
    const path = file('cyrillic.txt', 'Министерство'); // 12 characters, 24 bytes
    expect((await readAll([path], 23))[0]?.ok).toBe(false);
    expect((await readAll([path], 24))[0]?.ok).toBe(true);
  });
});
