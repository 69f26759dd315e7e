// The document stage: header block -> meta, body offsets relative to the whole file, paragraphs,
// page chrome and transcript speaker labels, and sentence/token offsets from the parser.
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../extract/input/index.js';
import { isChromeLine, segment } from '../../extract/document/segment.js';
import { buildContext } from '../../extract/document/context.js';
import { loadLexicon } from '../../extract/lexicon/index.js';
import {
  actor,
  actorIds,
  extract,
  expectMentionsInBody,
  fixtureDoc,
  mentionTexts,
  textDoc,
} from './extraction.js';

const BRIEFING = 'mfa-press-conference.txt';

describe('header block', () => {
  it('becomes document meta, and the body starts after the blank line that closes it', () => {
    const doc = fixtureDoc(BRIEFING);
    expect(doc.meta).toMatchObject({
      path: `fixtures/extraction/${BRIEFING}`,
      title: "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on May 14, 2025",
      url: 'https://www.example.gov.cn/eng/xw/fyrbt/202505/t20250514.html',
      date: '2025-05-14',
      publisher: "Ministry of Foreign Affairs of the People's Republic of China",
    });
    expect(doc.text.slice(0, doc.bodyStart)).toMatch(/^title: .*\npublisher: .*\n\n$/s);
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^عربي Español/);
  });

  it('is the same whether the document comes from readDocuments or buildDocument', async () => {
    const results = [];
    for await (const r of readDocuments([`fixtures/extraction/${BRIEFING}`])) results.push(r);
    expect(results).toEqual([{ ok: true, doc: fixtureDoc(BRIEFING) }]);
  });

  it('gives actor mentions offsets into the whole file, none of them inside the header', () => {
    const x = extract(fixtureDoc(BRIEFING));
    expectMentionsInBody(x);
    // The title names Lin Jian too; only the three body labels are mentions.
    expect(mentionTexts(x, 'lin-jian')).toEqual(['Lin Jian', 'Lin Jian', 'Lin Jian']);
    const first = actor(x, 'lin-jian').mentions[0]!;
    expect(first.start).toBe(x.doc.text.indexOf('\nLin Jian:') + 1);
  });

  it('is body text when a line of the block is not a header key, so nothing is lost', () => {
    const doc = textDoc(
      'title: Kremlin rejects claims\nsummary: Russia denied it.\n\nRussia denied hacking the Bundestag.\n',
    );
    expect(doc.bodyStart).toBe(0);
    expect(doc.meta.title).toBe('title: Kremlin rejects claims');
    expect(actorIds(extract(doc))).toContain('russia');
  });
});

describe('page chrome', () => {
  it('marks language menus, "Print" and "Suggest to a friend" as chrome, and prose as not', () => {
    const doc = fixtureDoc(BRIEFING);
    const chrome = segment(doc.text, doc.bodyStart)
      .filter((p) => p.chrome)
      .map((p) => doc.text.slice(p.start, p.end));
    expect(chrome).toEqual(['عربي Español Русский Français 简体中文', 'Print', 'Suggest to a friend']);
  });

  it('yields no actors: "Chinese" in a language menu is not a mention of China', () => {
    const x = extract(
      textDoc(
        'عربي 简体中文 Chinese Русский 日本語\nPrint\nSuggest to a friend\n\nGermany said Chinese hackers breached the Bundestag network.\n',
      ),
    );
    expect(actorIds(x).sort()).toEqual(['bundestag', 'china', 'germany']);
    const prose = x.doc.text.indexOf('Germany');
    expect(actor(x, 'china').mentions).toEqual([
      { start: x.doc.text.indexOf('Chinese', prose), end: x.doc.text.indexOf(' hackers') },
    ]);
  });

  it('treats a "|"-separated language menu as chrome', () => {
    expect(isChromeLine('English | 中文 | Français | Русский')).toBe(true);
  });
});

describe('transcript speaker labels', () => {
  it('open turns that run on through unlabelled paragraphs until the next label', () => {
    const doc = fixtureDoc(BRIEFING);
    const turns = segment(doc.text, doc.bodyStart)
      .filter((p) => !p.chrome)
      .map(
        (p) =>
          `${p.speaker?.name ?? '-'}: ${doc.text.slice(p.textStart, p.end).split(' ').slice(0, 3).join(' ')}`,
      );
    expect(turns).toEqual([
      'Lin Jian: Good afternoon. I',
      'Bloomberg: The Dutch government',
      'Lin Jian: These accusations are',
      'Lin Jian: The United States',
      'AFP: Does the Chinese',
      'Lin Jian: We will take',
    ]);
  });

  it('count only when a document has at least two of them: one "Word:" line is a headline', () => {
    const single = 'Cyber attack: Lithuania blames Russia\n\nLithuania said Russia attacked its networks.\n';
    expect(segment(single, 0).every((p) => p.speaker === null && p.textStart === p.start)).toBe(true);
    const two = 'Reporter: Who is behind it?\n\nMinister: Russia is.\n';
    expect(segment(two, 0).map((p) => p.speaker?.name)).toEqual(['Reporter', 'Minister']);
    expect(segment(two, 0).map((p) => two.slice(p.textStart, p.end))).toEqual([
      'Who is behind it?',
      'Russia is.',
    ]);
  });
});

describe('parser offsets', () => {
  it('gives every token and sentence absolute offsets that index the text, curly quotes included', () => {
    const doc = textDoc(
      'title: Beijing responds\n\nThe NSA’s “TAO” unit hacked Northwestern Polytechnical University. Beijing said so.\n',
    );
    const { text, sentences } = buildContext(doc, loadLexicon());
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The NSA’s “TAO” unit hacked Northwestern Polytechnical University.',
      'Beijing said so.',
    ]);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences[0]!.tokens.find((t) => t.text.startsWith('NSA'))?.lower).toBe("nsa's");
  });
});
