// Long lines cost what their length costs: a line without punctuation, or a paragraph of many
// sentences, is parsed in pieces of at most MAX_SENTENCE_CHARS, cut at a sentence end when there is
// one and at a space otherwise, and every token still indexes the text exactly.
import { describe, expect, it } from 'vitest';
import type { Item } from '../../extract/claims/items.js';
import { compilePattern, matchAll, MATCH_STEP_BUDGET } from '../../extract/claims/pattern.js';
import { buildContext } from '../../extract/document/context.js';
import { loadLexicon } from '../../extract/lexicon/index.js';
import { MAX_SENTENCE_CHARS, parseWindows } from '../../extract/nlp/parse.js';
import { SECTION_CHARS } from '../../extract/pipeline.js';
import { extractText, textDoc } from './extraction.js';

const WORDS = ['officials', 'said', 'the', 'network', 'of', 'Arvenia', 'was', 'probed', 'again', 'today'];

function unpunctuated(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${WORDS[(i * 7) % WORDS.length]} `;
  return text;
}

function sentencesOf(text: string) {
  return buildContext(textDoc(text), loadLexicon()).sentences;
}

describe('long lines', () => {
  it('an unpunctuated line becomes sentences no longer than the limit, cut between words', () => {
    const text = unpunctuated(12 * MAX_SENTENCE_CHARS);
    const sentences = sentencesOf(text);
    expect(sentences.length).toBeGreaterThanOrEqual(12);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    const words = sentences.flatMap((s) => s.tokens.map((t) => t.text));
    expect(words.join(' ')).toBe(text.trim());
  });

  it('a paragraph of many sentences is cut only at sentence ends', () => {
    const sentence = 'Britain has accused China of the hack on the grid operator. ';
    const text = sentence.repeat(Math.ceil((3 * MAX_SENTENCE_CHARS) / sentence.length));
    const windows = parseWindows(text, 0, text.length);
    expect(windows.length).toBeGreaterThan(1);
    for (const [, end] of windows.slice(0, -1)) expect(text.slice(end - 2, end)).toBe('. ');
    expect(extractText(text).claims.length).toBe(sentencesOf(text).length);
  });

  it('a single word longer than the limit is cut at the limit, never inside a surrogate pair', () => {
    const text = '😀'.repeat(MAX_SENTENCE_CHARS);
    const windows = parseWindows(text, 0, text.length);
    expect(windows.map(([start, end]) => text.slice(start, end)).join('')).toBe(text);
    for (const [start, end] of windows) {
      expect(end - start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.codePointAt(start)).toBe(0x1f600);
    }
  });

  it('whole short lines are parsed together, each window ending with its line break', () => {
    const text = 'First line here.\nSecond line here.\n\nThird line.';
    expect(parseWindows(text, 6, text.length)).toEqual([[6, text.length]]);
  });

  it('a document longer than a section is extracted in sections, with actors merged across them', () => {
    const line = 'Britain has accused China of the hack on the grid operator.\n';
    const lines = Math.ceil((1.3 * SECTION_CHARS) / line.length);
    const x = extractText(line.repeat(lines));
    expect(x.claims).toHaveLength(lines);
    for (const claim of x.claims)
      expect(x.doc.text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    expect(x.actors.map((a) => a.id).sort()).toEqual(['china', 'united-kingdom']);
    for (const a of x.actors) expect(a.mentions).toHaveLength(lines);
  });

  it('pattern work per sentence is capped by a step budget', () => {
    const words = [...Array<string>(150).fill('a'), 'z'];
    const items: Item[] = words.map((word, i) => ({
      start: i * 2,
      end: i * 2 + 1,
      word,
      mention: null,
      type: null,
      possessive: false,
      post: ' ',
      tags: new Set<string>(),
      capitalized: false,
      nominal: false,
    }));
    // Three backtracking gaps before a word that comes only at the end: thousands of tries per start.
    const pattern = compilePattern('a _* a _* a _* last=z', new Map());
    const found = (budget: number) => matchAll(pattern, items, budget).map((c) => c.get('last')?.[0]?.word);
    expect(found(MATCH_STEP_BUDGET)).toEqual(['z']);
    expect(found(1_000)).toEqual([]);
  });
});
