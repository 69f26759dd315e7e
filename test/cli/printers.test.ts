import { describe, expect, it } from 'vitest';
import { createPrinter, OUTPUT_FORMATS } from '../../src/output/printer.js';
import type { OutputFormat } from '../../src/output/printer.js';
import { forTerminal, withoutControls } from '../../core/terminal-text.js';
import type { Extraction } from '../../core/types.js';

const evidence =
  'The Embassy of Kestovia firmly rejects the groundless accusations made by the Ministry of Foreign Affairs of Arvenia regarding the grid incident.';

const extraction: Extraction = {
  document: {
    id: 'd32b84d5bf4609ff',
    path: 'fixtures/input/kestovia-embassy-denial.html',
    title: 'Response to\u001b[31m Accusations',
    url: null,
    date: '2024-03-19',
    publisher: 'Embassy of Kestovia',
    sha256: 'd32b84d5bf4609ff'.repeat(4),
  },
  actors: [
    {
      id: 'kestovia-embassy',
      name: 'Embassy of Kestovia',
      type: 'organization',
      aliases: ['the Embassy'],
      country: 'Kestovia',
      mentions: [
        { start: 4, end: 23 },
        { start: 200, end: 210 },
      ],
    },
    {
      id: 'arvenia-mfa',
      name: 'Ministry of Foreign Affairs of Arvenia',
      type: 'organization',
      aliases: [],
      country: 'Arvenia',
      mentions: [{ start: 90, end: 128 }],
    },
    {
      id: 'amber-lynx',
      name: 'Amber Lynx',
      type: 'threat_group',
      aliases: ['AL-7', 'Copper Fox'],
      country: null,
      mentions: [],
    },
    {
      id: 'kestovia-mid',
      name: 'Kestovian Military Intelligence Directorate',
      type: 'organization',
      aliases: [],
      country: 'Kestovia',
      mentions: [],
    },
  ],
  claims: [
    {
      id: 'c1',
      kind: 'denial',
      claimant: 'kestovia-embassy',
      subject: null,
      predicate: 'rejects',
      object: 'arvenia-mfa',
      act: 'the accusations',
      evidence: { text: evidence, start: 0, end: evidence.length },
      rule: 'deny-rejects',
    },
    {
      id: 'c2',
      kind: 'affiliation',
      claimant: null,
      subject: 'amber-lynx',
      predicate: 'unit of',
      object: 'kestovia-mid',
      act: '',
      evidence: { text: 'Amber Lynx, a unit of the Directorate', start: 0, end: 37 },
      rule: 'apposition-unit',
    },
    {
      id: 'c3',
      kind: 'admission',
      claimant: 'amber-lynx',
      subject: null,
      predicate: 'admitted',
      object: null,
      act: 'disrupting the grid',
      evidence: { text: 'Amber Lynx admitted disrupting the grid.', start: 0, end: 40 },
      rule: 'admit-verb',
    },
  ],
};

function print(format: OutputFormat, items: Extraction[]): string {
  let out = '';
  const printer = createPrinter(format, (chunk) => (out += chunk));
  for (const item of items) printer.document(item);
  printer.end();
  return out;
}

function withColumns<T>(columns: number, work: () => T): T {
  const saved = process.env.COLUMNS;
  process.env.COLUMNS = String(columns);
  try {
    return work();
  } finally {
    if (saved === undefined) delete process.env.COLUMNS;
    else process.env.COLUMNS = saved;
  }
}

describe('printers', () => {
  it('offers jsonl, json and table', () => {
    expect(OUTPUT_FORMATS).toEqual(['jsonl', 'json', 'table']);
  });

  it('jsonl: one compact line per document', () => {
    const out = print('jsonl', [extraction, extraction]);
    expect(out.split('\n')).toEqual([JSON.stringify(extraction), JSON.stringify(extraction), '']);
  });

  it.each([0, 1, 3])('json: streams exactly JSON.stringify(all, null, 2) for %i documents', (count) => {
    const items = Array.from({ length: count }, () => extraction);
    expect(print('json', items)).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });

  it('table: shows actors with mention counts and claims with roles by name', () => {
    const out = withColumns(300, () => print('table', [extraction]));
    expect(out).toContain('== fixtures/input/kestovia-embassy-denial.html (2024-03-19, Embassy of Kestovia)');
    expect(out).toMatch(/│ Embassy of Kestovia\s+│ organization\s+│ Kestovia\s+│ the Embassy\s+│ 2\s+│/);
    expect(out).toMatch(/│ Amber Lynx\s+│ threat_group\s+│\s+│ AL-7, Copper Fox\s+│ 0\s+│/);
    expect(out).toContain('Embassy of Kestovia -> ? -> Ministry of Foreign Affairs of Arvenia');
    expect(out).toContain('? -> Amber Lynx -> Kestovian Military Intelligence Directorate');
    expect(out).toMatch(/│ admission\s+│ Amber Lynx\s+│/);
    expect(out).toContain('deny-rejects');
    expect(out).toContain(evidence);
  });

  it('table: fits the terminal width, wrapping long cells without losing their text', () => {
    for (const columns of [100, 140]) {
      const out = withColumns(columns, () => print('table', [extraction]));
      for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(columns);
      const cellText = out
        .split('\n')
        .map((line) => line.split('│').at(-2)?.trim() ?? '')
        .join(' ');
      expect(cellText.replace(/\s+/g, ' ')).toContain(evidence);
    }
  });

  it('table: --limit cuts each table and says how many rows were cut', () => {
    let out = '';
    const printer = createPrinter('table', (chunk) => (out += chunk), { limit: 1 });
    printer.document(extraction);
    expect(out).toContain(`Actors (${extraction.actors.length})`);
    expect(out).toContain(`(${extraction.actors.length - 1} more actors not shown; raise --limit)`);
    expect(out).toContain(`(${extraction.claims.length - 1} more claims not shown; raise --limit)`);
  });

  it('table: never passes control characters from document text to the terminal', () => {
    expect(print('table', [extraction])).not.toContain('\u001b');
  });
});

describe('forTerminal', () => {
  it('removes escape sequences and control characters, and collapses whitespace', () => {
    expect(forTerminal('Kestovia\u001b]0;owned\u0007 denies\r\n\tit\u0085')).toBe(
      'Kestovia ]0;owned denies it',
    );
  });

  it('cuts long text with an ellipsis within the limit', () => {
    const cut = forTerminal('Arvenia accused Kestovia of attacking the grid', 20);
    expect(cut).toBe('Arvenia accused Kes…');
    expect(cut).toHaveLength(20);
    expect(forTerminal('short', 20)).toBe('short');
  });
});

describe('withoutControls', () => {
  it('replaces control characters in a file name one for one, keeping spaces', () => {
    expect(withoutControls('reports/a  b\u001b[2J.txt\n')).toBe('reports/a  b?[2J.txt?');
  });
});
