// The claim pattern language on hand-built sentence items, with its own tiny word lists:
// editing the production rules or word lists must not break these tests.
import { describe, expect, it } from 'vitest';
import type { ResolvedMention } from '../../extract/actors/resolve.js';
import type { Item } from '../../extract/claims/items.js';
import { compilePattern, matchAll, PatternError, type Captures } from '../../extract/claims/pattern.js';
import { PatternFilter } from '../../extract/claims/pattern-filter.js';
import { buildWordLists } from '../../extract/claims/rule-table.js';
import type { ActorType } from '../../core/types.js';

const lists = buildWordLists({
  verbs: { accuse: ['accuse', 'blame'], deny: ['deny'] },
  words: {
    aux: ['has', 'have', 'was'],
    claimNoun: ['accusations', 'claims'],
    denialPhrase: ['groundless', 'baseless'],
    roles: ['spokesperson', 'ambassador'],
    adverbial: ['has', '#Adverb', '!only'],
  },
});

const KINDS: Record<string, [ActorType, ResolvedMention['via']]> = {
  country: ['country', 'name'],
  adj: ['country', 'demonym'],
  org: ['organization', 'name'],
  group: ['threat_group', 'name'],
  person: ['person', 'name'],
};

/** Items from a compact spec: "@country:china" is an actor (kinds above), "word," a word followed by a
 * comma, "name's" a possessive, "word#PastTense" a word with a tag (#Noun makes it nominal); everything else is a lower-case word. */
function items(spec: string): Item[] {
  let offset = 0;
  return spec.split(' ').map((raw) => {
    const [token = '', tag] = raw.split('#');
    const comma = token.endsWith(',');
    const bare = comma ? token.slice(0, -1) : token;
    const possessive = bare.endsWith("'s");
    const text = possessive ? bare.slice(0, -2) : bare;
    const start = offset;
    offset += raw.length + 1;
    const actor = /^@(\w+):(.+)$/.exec(text);
    const [type, via] = actor ? KINDS[actor[1]!]! : [null, 'new' as const];
    const mention: ResolvedMention | null = actor
      ? {
          start,
          end: start + text.length,
          surface: text,
          source: 'lexicon',
          type: type!,
          entryIds: [],
          via,
          sentence: 0,
          actorId: actor[2]!,
        }
      : null;
    return {
      start,
      end: start + bare.length,
      word: actor ? '' : text,
      mention,
      type,
      possessive,
      post: comma ? ', ' : ' ',
      tags: new Set<string>(tag ? [tag] : []),
      capitalized: /^\p{Lu}/u.test(text),
      nominal: tag === 'Noun',
    };
  });
}

/** Each match as { capture: "ids or words" }, so one assertion shows what every capture took. */
function matches(pattern: string, spec: string): Record<string, string>[] {
  const show = (captured: Item[]) => captured.map((i) => i.mention?.actorId ?? i.word).join(' ');
  return matchAll(compilePattern(pattern, lists), items(spec)).map((c: Captures) =>
    Object.fromEntries([...c.entries()].map(([name, captured]) => [name, show(captured)])),
  );
}

describe('compiling patterns', () => {
  it.each([
    ['claimant=@actor %cue', /bad element "%cue"/],
    ['claimant=@robot $accuse', /unknown actor kind "@robot"/],
    ['claimant=@actor $accusations', /unknown word list "\$accusations"/],
    ['claimant=@actor blame|$nope', /unknown word list "\$nope"/],
  ])('rejects "%s"', (pattern, message) => {
    expect(() => compilePattern(pattern, lists)).toThrow(PatternError);
    expect(() => compilePattern(pattern, lists)).toThrow(message);
  });

  it('accepts every documented element', () => {
    const source =
      "a=@actor+ @org|@adj? @country @person @group @party @body 's !'s , !, $aux* word|$deny{1,2} _? ~{0,3}";
    expect(compilePattern(source, lists).elements).toHaveLength(15);
  });
});

describe('word lists', () => {
  it('conjugate verb lists and match any form, and mix lists with literal alternatives', () => {
    expect([...lists.get('accuse')!]).toEqual(
      expect.arrayContaining(['accuse', 'accuses', 'accused', 'accusing', 'blamed']),
    );
    expect(matches('c=@actor cue=$accuse s=@actor', '@country:uk accused @country:russia')).toEqual([
      { c: 'uk', cue: 'accused', s: 'russia' },
    ]);
    expect(
      matches('c=@actor cue=condemned|$accuse s=@actor', '@country:uk condemned @country:russia'),
    ).toEqual([{ c: 'uk', cue: 'condemned', s: 'russia' }]);
    expect(matches('c=@actor cue=$accuse s=@actor', '@country:uk praised @country:russia')).toEqual([]);
  });

  it('take any word compromise gives a "#Tag" entry\'s tag, but not a word listed as "!word"', () => {
    const pattern = 'c=@actor $adverbial* cue=$accuse s=@actor';
    expect(matches(pattern, '@country:uk has often#Adverb accused @country:russia')).toEqual([
      { c: 'uk', cue: 'accused', s: 'russia' },
    ]);
    expect(matches(pattern, '@country:uk only#Adverb accused @country:russia')).toEqual([]);
    expect(matches(pattern, '@country:uk often#Noun accused @country:russia')).toEqual([]);
  });

  it('repeat with * and {m,n}, shortest first', () => {
    expect(matches('c=@actor $aux* cue=$accuse s=@actor', '@country:uk has accused @country:russia')).toEqual(
      [{ c: 'uk', cue: 'accused', s: 'russia' }],
    );
    expect(matches('c=@actor gap=_{1,2} s=@actor', '@country:uk very strongly and @country:russia')).toEqual(
      [],
    );
    expect(matches('c=@actor gap=_{1,2} s=@actor', '@country:uk and also @country:russia')).toEqual([
      { c: 'uk', gap: 'and also', s: 'russia' },
    ]);
    expect(matches('a=_{1,3} b=_{1,3}', 'one two three')).toEqual([{ a: 'one', b: 'two' }]);
  });
});

describe('actor elements', () => {
  it('match only their kind; @adj only a country named by its adjective, and no other kind matches that', () => {
    expect(matches('s=@group', '@group:apt28 @country:russia')).toEqual([{ s: 'apt28' }]);
    expect(matches('s=@adj hackers', '@adj:china hackers')).toEqual([{ s: 'china' }]);
    expect(matches('s=@country hackers', '@adj:china hackers')).toEqual([]);
    expect(matches('s=@actor hackers', '@adj:china hackers')).toEqual([]);
    expect(matches('s=@org|@adj hackers', '@adj:china hackers')).toEqual([{ s: 'china' }]);
    expect(matches('s=@party', '@person:wang-lei')).toEqual([]);
    // @body: an organisation or a country, never a threat group or a person
    expect(matches('s=@body', '@org:tollgate')).toEqual([{ s: 'tollgate' }]);
    expect(matches('s=@body', '@country:norland')).toEqual([{ s: 'norland' }]);
    expect(matches('s=@body', '@group:grey-otter @person:wang-lei @adj:china')).toEqual([]);
  });

  it('are optional with ?', () => {
    expect(matches('c=@actor? cue=$deny', 'officials denied')).toEqual([{ cue: 'denied' }]);
    expect(matches('c=@actor? cue=$deny', '@country:russia denied')).toEqual([
      { c: 'russia', cue: 'denied' },
    ]);
  });

  it('take coordinated actors with + ("A and B", "A, B and C", "A or the B")', () => {
    expect(
      matches('c=@actor+ cue=$accuse s=@actor+', '@country:uk and @country:us accused @country:russia'),
    ).toEqual([{ c: 'uk us', cue: 'accused', s: 'russia' }]);
    expect(matches('c=@actor+ cue=$accuse', '@country:uk, @country:us and @country:canada blamed')).toEqual([
      { c: 'uk us canada', cue: 'blamed' },
    ]);
    expect(matches('s=@actor+', '@country:russia or the @org:gru')).toEqual([{ s: 'russia gru' }]);
    expect(matches('c=@actor cue=$accuse', '@country:uk and @country:us accused')).toEqual([
      { c: 'us', cue: 'accused' },
    ]);
  });

  it('end a list before an actor that starts a new clause ("... to A and B traced ...")', () => {
    expect(matches('to s=@actor+', 'to @country:north-korea and @org:microsoft traced#PastTense')).toEqual([
      { s: 'north-korea' },
    ]);
    expect(matches('to s=@actor+', 'to @country:north-korea and @org:microsoft')).toEqual([
      { s: 'north-korea microsoft' },
    ]);
  });

  it('read "A and its allies" as A with others it does not name', () => {
    expect(matches('c=@actor^+ are', '@country:us and its allies#Noun are')).toEqual([{ c: 'us' }]);
  });

  it('keep the conjunct before the verb in a list that opens its clause ("A and B accused ...")', () => {
    expect(matches('c=@actor+ cue=$accuse', '@country:uk and @country:japan accused#PastTense')).toEqual([
      { c: 'uk japan', cue: 'accused' },
    ]);
    expect(
      matches('c=@actor+ cue=$accuse', 'on monday, the @country:us and @country:japan accused#PastTense'),
    ).toEqual([{ c: 'us japan', cue: 'accused' }]);
    // Mid-clause, a list before a finite verb is still cut there: the name opens the next clause.
    expect(matches('to s=@actor+ ~', 'to @country:north-korea and @org:microsoft traced#PastTense')).toEqual([
      { s: 'north-korea' },
    ]);
  });

  it('do not read an apposition "A, B" (no "and") as a list, but three names or more', () => {
    expect(matches('s=@actor+', '@org:nsa, @org:tao')).toEqual([{ s: 'nsa' }, { s: 'tao' }]);
    expect(matches('s=@actor+', '@country:a, @country:b, @org:c')).toEqual([{ s: 'a b c' }]);
    expect(matches('first=@org+ , second=@org', '@org:nsa, @org:tao')).toEqual([
      { first: 'nsa', second: 'tao' },
    ]);
  });
});

describe('gaps and zero-width checks', () => {
  it('"_" skips words but never an actor; "~" skips anything', () => {
    expect(matches('$claimNoun _{0,3} $denialPhrase', 'accusations by @country:uk are groundless')).toEqual(
      [],
    );
    expect(
      matches('$claimNoun gap=~{0,3} $denialPhrase', 'accusations by @country:uk are groundless'),
    ).toEqual([{ gap: 'by uk are' }]);
  });

  it('"\'s" needs a possessive, "!\'s" none, "," a comma, "!," no punctuation', () => {
    expect(matches("p=@country 's s=@org", "@country:russia's @org:gru")).toEqual([
      { p: 'russia', s: 'gru' },
    ]);
    expect(matches("p=@country 's s=@org", '@country:russia @org:gru')).toEqual([]);
    expect(matches("p=@country !'s s=@org", "@country:russia's @org:gru")).toEqual([]);
    expect(matches("p=@country !'s s=@org", '@country:russia @org:gru')).toEqual([{ p: 'russia', s: 'gru' }]);
    expect(matches('s=@org , $roles', '@org:nsa, spokesperson')).toEqual([{ s: 'nsa' }]);
    expect(matches('s=@org , $roles', '@org:nsa spokesperson')).toEqual([]);
    expect(matches('p=@country !, s=@org', '@country:russia, @org:gru')).toEqual([]);
    expect(matches('p=@country !, s=@org', '@country:russia @org:gru')).toEqual([{ p: 'russia', s: 'gru' }]);
  });

  it('finds every match, leftmost first, without overlaps', () => {
    expect(matches('c=@actor cue=$deny', '@country:russia denied and @country:china denied too')).toEqual([
      { c: 'russia', cue: 'denied' },
      { c: 'china', cue: 'denied' },
    ]);
  });
});

describe('the pattern filter', () => {
  const patterns = [
    'c=@actor $aux* cue=$accuse s=@actor',
    '$claimNoun ~{0,4} $denialPhrase',
    'c=@actor $aux{1,2} cue=$deny',
    'c=@actor $aux? $roles* said',
  ].map((source) => compilePattern(source, lists));
  const filter = new PatternFilter(patterns);
  const mayMatch = (spec: string) => patterns.map(filter.forSentence(items(spec)));

  it('rules out a pattern when the sentence lacks a word of one of its required lists', () => {
    expect(mayMatch('@country:russia blamed @country:china')).toEqual([true, false, false, false]);
    expect(mayMatch('the accusations are groundless')).toEqual([false, true, false, false]);
    expect(mayMatch('@country:china has denied it, the ambassador said')).toEqual([false, false, true, true]);
  });

  it('needs no word of an optional list, and counts a resolved reference by its word', () => {
    expect(mayMatch('@country:china said')).toEqual([false, false, false, true]);
    const reference = items('@org:it blamed @country:china');
    reference[0]!.word = 'it';
    expect(patterns.map(filter.forSentence(reference))).toEqual([true, false, false, false]);
  });

  it('counts a word by its tag for a list with a "#Tag" entry, unless the list leaves it out', () => {
    const adverbial = compilePattern('c=@actor $adverbial{1,2} cue=$deny', lists);
    const byTag = new PatternFilter([adverbial]);
    expect(byTag.forSentence(items('@country:china firmly#Adverb denied it'))(adverbial)).toBe(true);
    expect(byTag.forSentence(items('@country:china only#Adverb denied it'))(adverbial)).toBe(false);
  });

  it('rules out a pattern that needs an actor of a kind the sentence does not name', () => {
    const personal = compilePattern('c=@person $aux? said', lists);
    const byPerson = new PatternFilter([personal]);
    expect(byPerson.forSentence(items('@country:china said'))(personal)).toBe(false);
    expect(byPerson.forSentence(items('@person:marten said'))(personal)).toBe(true);
  });

  it('never rules out a pattern that matches, nor one it was not built from', () => {
    for (const spec of ['@country:russia has blamed @country:china', 'claims that it was groundless'])
      for (const pattern of patterns)
        if (matchAll(pattern, items(spec)).length)
          expect(filter.forSentence(items(spec))(pattern)).toBe(true);
    const other = compilePattern('c=@actor $deny', lists);
    expect(filter.forSentence(items('@country:china blamed'))(other)).toBe(true);
  });
});
