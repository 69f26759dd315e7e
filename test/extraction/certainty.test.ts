// Certainty of a claim from hedge words in its evidence sentence (extract/certainty/cues.json):
// one case per cue family, the precedence rules, and the pass over a whole fixture document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../../extract/certainty/certainty.js';
import { buildDocument } from '../../extract/input/document.js';
import { extractDocument } from '../../extract/pipeline.js';
import { validateExtraction } from '../../core/contract.js';

describe('certaintyOf, per cue family', () => {
  it.each([
    ['modal: may / might / could be', 'Officials said Arvenia may be behind the attack.', 'low'],
    ['modal: might', 'The group might have used stolen credentials.', 'low'],
    ['suspicion: suspected', 'Kestovian hackers are suspected of breaching the ministry.', 'low'],
    ['belief: is believed to', 'Amber Lynx is believed to work for the Kestovian army.', 'low'],
    ['report: allegedly / reportedly', 'The unit allegedly stole the files.', 'low'],
    ['confidence: low confidence', 'We assess with low confidence that Amber Lynx did it.', 'low'],
    ['likelihood: likely', 'The attack was likely carried out by Amber Lynx.', 'moderate'],
    ['likelihood: probably', 'Amber Lynx probably operates from Kestovia.', 'moderate'],
    [
      'confidence: moderate confidence',
      'We assess with moderate confidence that Amber Lynx did it.',
      'moderate',
    ],
    ['appearance: appears to', 'The wiper appears to be the work of Amber Lynx.', 'moderate'],
    ['confidence: high confidence', 'We assess with high confidence that Amber Lynx did it.', 'high'],
    ['likelihood: almost certainly', 'Amber Lynx was almost certainly responsible.', 'high'],
    ['no hedge', 'Arvenia accused Kestovia of the attack on its grid.', 'asserted'],
  ] as const)('%s', (_family, sentence, expected) => {
    expect(certaintyOf(sentence, 'accusation')).toBe(expected);
  });

  it('takes the longest cue at a position: "highly likely" is high, not likely', () => {
    expect(certaintyOf('It is highly likely that Amber Lynx did it.', 'accusation')).toBe('high');
  });

  it('takes the most hedged level when several cues appear', () => {
    expect(certaintyOf('With high confidence, Amber Lynx may have done it.', 'accusation')).toBe('low');
  });

  it('does not read the noun "suspects" as a hedge', () => {
    expect(
      certaintyOf('Police named 20 suspects from Kestovia in the attack on Arvenia.', 'accusation'),
    ).toBe('asserted');
  });

  it('does not read the month May, or words that merely contain a cue, as hedges', () => {
    expect(certaintyOf('Arvenia accused Kestovia in May 2024 of the attack.', 'accusation')).toBe('asserted');
    expect(certaintyOf('May 2024: Arvenia accused Kestovia of the attack.', 'accusation')).toBe('asserted');
    expect(certaintyOf('Arvenia accused the mayor of Kestovia of unlikelyhood.', 'accusation')).toBe(
      'asserted',
    );
  });

  it('leaves denials asserted: "the alleged hacking" hedges the accusation, not the denial', () => {
    expect(certaintyOf('Kestovia denied the alleged hacking.', 'denial')).toBe('asserted');
  });
});

describe('certainty in extractions', () => {
  it('every claim of the hedged fixture carries the certainty of its sentence, under the contract', () => {
    const path = 'fixtures/extraction/hedged-attributions.txt';
    const doc = buildDocument(path, readFileSync(path), 'text');
    const extraction = extractDocument(doc);
    expect(validateExtraction(extraction, doc.text)).toMatchObject({ ok: true });
    const bySubject = Object.fromEntries(
      extraction.claims.map((c) => [`${c.claimant}>${c.subject}`, c.certainty]),
    );
    expect(bySubject).toMatchObject({
      'mandiant>apt29': expect.stringMatching(/^(low|high)$/),
      'eset>sandworm': 'moderate',
      'microsoft>volt-typhoon': 'low',
      'dragos>sandworm': 'moderate',
      'germany>russia': 'asserted',
    });
    const mandiant = extraction.claims.filter((c) => c.claimant === 'mandiant').map((c) => c.certainty);
    expect(mandiant.sort()).toEqual(['high', 'low']);
  });
});
