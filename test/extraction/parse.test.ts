// The parse gives the tokens and tags of compromise's own nlp(text), though it skips two hooks and
// chooses the post-tagger's rules its own way (extract/nlp/post-tagger.ts): compared term by term,
// tag order included, on the fixtures, on invented sentences that exercise the post-tagger, and on
// the dev corpus when ../shared is there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tagText, type TaggedTerm } from '../../extract/nlp/parse.js';
import { REPO_ROOT } from '../cli/cli.js';
import { SHARED, sharedFiles } from '../requirements.js';

const termsOf = (sentences: TaggedTerm[][]) =>
  sentences.map((terms) =>
    terms.map(({ text, pre, post, tags }) => ({ text, pre, post, tags: [...(tags ?? [])] })),
  );
const compromiseTerms = (text: string) =>
  termsOf((nlp(text) as unknown as { document: TaggedTerm[][] }).document);

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

const INVENTED = [
  // The post-tagger's rules turn on words, tags and commas: a verb read as a noun and back, a
  // title before a name, a contraction, a question, numbers and dates, a list split by commas.
  'The Veylandic Ministry, which had been warned, said on March 3, 2024 that it would not comment.',
  'Kestria\'s cyber chief Ivo Marten told reporters: "We won\'t tolerate attacks, hacks or leaks."',
  'Did Glass Heron really hack the 3 servers of Brightwall Inc. in May?',
  'Officials blamed the outage on a group they call Tin Lynx, a unit said to work for the GRU.',
  'Running the hacked systems, they were seen as a front; the report, however, names no one.',
];

describe('the parse against nlp(text)', () => {
  it.each(INVENTED)('tags %j as compromise does', (text) => {
    expect(termsOf(tagText(text))).toEqual(compromiseTerms(text));
  });

  it('tags every fixture text as compromise does', () => {
    const files = textFiles(join(REPO_ROOT, 'fixtures'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(termsOf(tagText(text)), file).toEqual(compromiseTerms(text));
    }
  });

  it.runIf(sharedFiles('the parse test on the dev corpus', 'corpus/dev'))(
    'tags every dev-corpus text as compromise does',
    () => {
      for (const file of textFiles(join(SHARED, 'corpus/dev'))) {
        const text = readFileSync(file, 'utf8');
        expect(termsOf(tagText(text)), file).toEqual(compromiseTerms(text));
      }
    },
    60_000,
  );
});
