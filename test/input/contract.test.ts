import { describe, expect, it } from 'vitest';
import { validateExtraction } from '../../core/contract.js';
import type { Extraction } from '../../core/types.js';

const text = 'title: Grid\n\nArvenia accused Amber Lynx of attacking the National Grid Operator.';
const sentenceStart = text.indexOf('Arvenia');

function valid(): Extraction {
  return {
    document: {
      id: '0123456789abcdef',
      path: 'fixtures/input/x.txt',
      title: 'Grid',
      url: null,
      date: '2024-03-18',
      publisher: null,
      sha256: '0123456789abcdef'.repeat(4),
    },
    actors: [
      {
        id: 'arvenia',
        name: 'Arvenia',
        type: 'country',
        aliases: [],
        country: 'Arvenia',
        mentions: [{ start: sentenceStart, end: sentenceStart + 7 }],
      },
      {
        id: 'amber-lynx',
        name: 'Amber Lynx',
        type: 'threat_group',
        aliases: ['AL'],
        country: null,
        mentions: [],
      },
      {
        id: 'grid',
        name: 'National Grid Operator',
        type: 'organization',
        aliases: [],
        country: null,
        mentions: [],
      },
    ],
    claims: [
      {
        id: 'c1',
        kind: 'accusation',
        claimant: 'arvenia',
        subject: 'amber-lynx',
        predicate: 'attacked',
        object: 'grid',
        act: 'attacking the National Grid Operator',
        evidence: { text: text.slice(sentenceStart), start: sentenceStart, end: text.length },
        rule: 'accuse-of',
      },
    ],
  };
}

function problemsOf(value: unknown, documentText?: string): string[] {
  const result = validateExtraction(value, documentText);
  return result.ok ? [] : result.problems;
}

describe('validateExtraction', () => {
  it('accepts a well-formed extraction, with and without the document text', () => {
    expect(problemsOf(valid())).toEqual([]);
    expect(problemsOf(valid(), text)).toEqual([]);
  });

  it('rejects shape errors with the path of the field', () => {
    const wrong = valid() as unknown as { actors: { type: string }[]; document: Record<string, unknown> };
    wrong.actors[0]!.type = 'nation';
    wrong.document.date = '18/03/2024';
    wrong.document.extra = true;
    const problems = problemsOf(wrong);
    expect(problems.some((p) => p.startsWith('actors.0.type:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('document.date:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('(root)') || p.startsWith('document:'))).toBe(true);
  });

  it('rejects an id that is not the start of sha256', () => {
    const wrong = valid();
    wrong.document.id = 'fedcba9876543210';
    expect(problemsOf(wrong)).toEqual(['document.id: id must be the start of sha256']);
  });

  it('rejects claim roles that name no actor of the line, and duplicate ids', () => {
    const wrong = valid();
    wrong.claims[0]!.subject = 'ghost';
    wrong.claims.push({ ...wrong.claims[0]!, subject: 'amber-lynx' });
    wrong.actors.push({ ...wrong.actors[2]! });
    expect(problemsOf(wrong)).toEqual([
      'actors.3.id: duplicate actor id "grid"',
      'claims.0.subject: "ghost" is not an actor of this document',
      'claims.1.id: duplicate claim id "c1"',
    ]);
  });

  it('rejects evidence whose text is not the document slice, or spans outside the text', () => {
    const shifted = valid();
    shifted.claims[0]!.evidence.start += 1;
    expect(problemsOf(shifted, text)).toEqual([
      `claims.0.evidence.text differs from the document text at ${sentenceStart + 1}-${text.length}`,
    ]);
    const outside = valid();
    outside.actors[0]!.mentions.push({ start: 0, end: text.length + 5 });
    expect(problemsOf(outside, text)).toEqual([
      `actors.0.mentions.1: end ${text.length + 5} is past the text (${text.length})`,
    ]);
  });

  it('rejects a span that ends before it starts', () => {
    const wrong = valid();
    wrong.actors[0]!.mentions = [{ start: 5, end: 2 }];
    wrong.claims[0]!.evidence.end = 0;
    expect(problemsOf(wrong)).toEqual([
      'actors.0.mentions.0: start must not be after end',
      'claims.0.evidence: start must not be after end',
    ]);
  });
});
