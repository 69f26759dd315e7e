// Property-based fuzzing of the whole extraction (fast-check): random Unicode, random punctuation
// density, random header blocks and random HTML nesting around words that do trigger actors and
// claims. Whatever comes in: a usable document either extracts or is refused with an InputError,
// extraction never throws, every evidence slice is exactly the text at its offsets, and the
// extraction satisfies the JSON Lines contract. (Cost per KB is measured in bench/extract.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../extract/input/index.js';
import { InputError } from '../../extract/input/input-error.js';
import type { InputFormat } from '../../extract/input/formats.js';
import { extractDocument } from '../../extract/pipeline.js';
import { validateExtraction } from '../../core/contract.js';

const RUNS = { numRuns: 40 };

// Words the rules act on, so that random text does produce actors and claims to check.
const WORDS = [
  'China',
  'Russia',
  'the United States',
  'Britain',
  'APT28',
  'Sandworm',
  'Microsoft',
  'NATO',
  'Chinese',
  'Wang Wenbin',
  'he',
  'she',
  'accused',
  'denied',
  'blamed',
  'said',
  'attributed',
  'to',
  'of',
  'hacking',
  'the',
  'attack',
  'by',
  'spokesperson',
  'ministry',
  'has',
  'rejected',
  'claims',
];
const PUNCTUATION = [
  '.',
  ',',
  '!',
  '?',
  ';',
  ':',
  '“',
  '”',
  '"',
  "'",
  '’',
  '—',
  ' - ',
  '(',
  ')',
  '\n',
  '\r\n',
  '\t',
  '...',
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
);

/** Words with punctuation after each with probability `density`. */
const prose = fc
  .tuple(
    fc.array(fc.tuple(word, fc.constantFrom(...PUNCTUATION)), { minLength: 1, maxLength: 80 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([pairs, density]) =>
    pairs.map(([w, p], i) => ((i * 0.618) % 1 < density ? `${w}${p} ` : `${w} `)).join(''),
  );

const headerValue = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' ')),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const header = fc.option(
  fc
    .array(fc.tuple(fc.constantFrom('title', 'url', 'publisher', 'date', 'Title', 'DATE'), headerValue), {
      minLength: 1,
      maxLength: 5,
    })
    .map((fields) => `${fields.map(([key, value]) => `${key}: ${value}`).join('\n')}\n\n`),
);

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'header',
  'nav',
  'footer',
  'b',
  'i',
  'a',
  'li',
  'ul',
  'table',
  'td',
  'h2',
  'script',
  'style',
  'title',
];
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    prose.map((text) => text.replace(/[<&]/g, ' ')),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
  ),
})).node as fc.Arbitrary<string>;

/** Extracts a document built from `text`, checking every property; an InputError is an accepted
 * refusal. Returns the number of claims, so a property can show its inputs do exercise the rules. */
function check(text: string, format: InputFormat): number {
  let doc;
  try {
    doc = buildDocument(`fuzz.${format === 'html' ? 'html' : 'txt'}`, new TextEncoder().encode(text), format);
  } catch (err) {
    if (err instanceof InputError) return 0;
    throw err;
  }
  const extraction = extractDocument(doc);
  for (const claim of extraction.claims)
    expect(doc.text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
  for (const actor of extraction.actors)
    for (const mention of actor.mentions) expect(mention.end).toBeLessThanOrEqual(doc.text.length);
  const validation = validateExtraction(JSON.parse(JSON.stringify(extraction)), doc.text);
  expect(validation.ok ? [] : validation.problems).toEqual([]);
  return extraction.claims.length;
}

describe('extraction under random input', () => {
  it('plain text: random Unicode and punctuation density, with or without a header', () => {
    fc.assert(
      fc.property(header, fc.array(prose, { minLength: 1, maxLength: 6 }), (head, paragraphs) => {
        check(`${head ?? ''}${paragraphs.join('\n')}`, 'text');
      }),
      RUNS,
    );
  });

  it('HTML: random nesting of block, inline, chrome and script elements', () => {
    fc.assert(
      fc.property(header, html, (head, body) => {
        check(`${head ?? ''}<html><body>${body}</body></html>`, 'html');
      }),
      RUNS,
    );
  });

  it('text that produces claims keeps producing exact evidence', () => {
    const sentence = fc
      .tuple(
        fc.constantFrom('China', 'Russia', 'Britain', 'the United States'),
        fc.constantFrom('accused', 'blamed'),
        fc.constantFrom('China', 'Russia', 'APT28', 'Sandworm'),
        prose,
      )
      .map(([a, verb, b, tail]) => `${a} ${verb} ${b} of ${tail}`);
    let claims = 0;
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), (sentences) => {
        claims += check(sentences.join(' '), 'text');
      }),
      RUNS,
    );
    expect(claims).toBeGreaterThan(0);
  });

  it('lines longer than the sentence limit, cut into pieces, keep exact offsets', () => {
    let claims = 0;
    fc.assert(
      fc.property(fc.array(prose, { minLength: 30, maxLength: 60 }), (parts) => {
        claims += check(parts.join(' China accused Russia of the attack '), 'text');
      }),
      { numRuns: 8 },
    );
    expect(claims).toBeGreaterThan(0);
  });
});
