// People: compromise's #Person tags, plus capitalised names that a job title introduces
// ("spokesperson Mao Ning"), an apposition describes ("Emily Horne, a spokesperson") or a
// reporting verb attributes ("said Jake Williams"). Titles never become part of the name.
import {
  auxiliaries,
  generationalSuffixes,
  honorifics,
  jobTitles,
  nameParticles,
  personNouns,
  orgHeads,
  reportingVerbs,
  titleWords as roles,
} from './name-words.js';
import type { DocContext } from '../document/context.js';
import type { Sentence, Token } from '../nlp/parse.js';
import { overlaps, type Mention } from './mention.js';
import { bareText, breaksAfter, breaksBefore, isCapitalized, isPossessive } from './text-utils.js';

// Title words (`roles`) may stand before a name; job nouns alone mark an apposition.
const MAX_NAME_TOKENS = 4;
const NOT_NAME_TAGS = ['Preposition', 'Determiner', 'Conjunction', 'Adverb', 'Date', 'Month', 'WeekDay'];

// Registries and charge sheets write the surname in capitals, which compromise may read as a verb ("MORENETS").
const isAllCapsWord = (t: Token) => /^\p{Lu}{2,}$/u.test(bareText(t));
const isTitleWord = (t: Token) =>
  honorifics.has(t.lower.replace(/\.$/, '')) || roles.has(t.lower) || t.tags.has('Honorific');
// A verb is no name word ("Has Amber Lynx claimed ...?") unless compromise reads it as a name ("Will").
const isNameWord = (t: Token) =>
  isCapitalized(t) &&
  !isTitleWord(t) &&
  !orgHeads.has(bareText(t)) &&
  !t.tags.has('Pronoun') &&
  !auxiliaries.has(t.lower) &&
  // compromise reads a name word like "Un" ("Kim Jong Un") as a verb prefix; a prefix is no verb.
  (!t.tags.has('Verb') || t.tags.has('Prefix') || t.tags.has('Person') || isAllCapsWord(t)) &&
  // "In January, the minister said": function words and dates open no name ("Theresa May" is tagged #Person).
  (!NOT_NAME_TAGS.some((tag) => t.tags.has(tag)) || t.tags.has('Person')) &&
  /\p{L}/u.test(t.text);

export function findPeople(ctx: DocContext, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  ctx.sentences.forEach((s, si) => {
    const free = (i: number, j: number) => {
      const span = { start: s.tokens[i]!.start, end: s.tokens[j]!.end };
      return !taken.some((m) => overlaps(m, span)) && !found.some((m) => overlaps(m, span));
    };
    const add = (i: number, j: number) => {
      if (j < i || !free(i, j)) return;
      const start = s.tokens[i]!.start;
      const end = nameEnd(s.tokens[j]!);
      found.push({
        start,
        end,
        surface: ctx.text.slice(start, end),
        source: 'person',
        type: 'person',
        entryIds: [],
        via: 'new',
        sentence: si,
      });
    };
    const inMention = (t: Token) => taken.some((m) => m.start <= t.start && t.end <= m.end);
    for (let i = 0; i < s.tokens.length; i++) {
      // A name never starts inside a known name ("... Foreign Affairs Ngo Toan Thang").
      if (inMention(s.tokens[i]!)) continue;
      let run = nameRun(s, i);
      if (run < i) continue;
      // A known name ends the run: "Correspondent Ana Vosse Norvik Times" holds a person, then an outlet.
      for (let j = i + 1; j <= run; j++) if (inMention(s.tokens[j]!)) run = j - 1;
      const tokens = s.tokens.slice(i, run + 1);
      const tagged = tokens.filter((t) => t.tags.has('Person'));
      if (partOfTitle(s, run) && !tagged.length) {
        i = run;
        continue;
      }
      if (tagged.length && isRegistryName(tokens)) {
        // "ZHANG Shilong", "Alexey Valeryevich MININ": the capitals mark the surname, not a headline.
        add(i, run);
      } else if (tagged.length && isTitleCase(s)) {
        // compromise's #Person words are the name; capitalised neighbours are headline words ("Affairs Wang Lei Takes").
        // In a full sentence dense with names the words after them still belong to the name ("... Nikaeen Ravari.").
        let first = i + tokens.indexOf(tagged[0]!);
        // "Press Secretary Karine Jean-Pierre": the word between a title and the #Person words is a
        // given name compromise does not know.
        if (first > i && !isTitleWord(s.tokens[first - 1]!) && introducedByTitle(s, first - 1)) first--;
        const last = isProse(s) ? run : i + tokens.indexOf(tagged[tagged.length - 1]!);
        if (
          last > first ||
          introducedByTitle(s, first) ||
          s.tokens[first]!.tags.has('LastName') ||
          s.tokens[first]!.tags.has('FirstName')
        )
          add(first, last);
      } else if (
        tagged.length &&
        // A text names a person by the surname alone, seldom by the first name ("Regina police").
        (tokens.length > 1 || tagged[0]!.tags.has('LastName'))
      ) {
        add(i, run);
      } else if (
        tokens.length > 1 &&
        (introducedByTitle(s, i) ||
          describedAfter(s, run) ||
          reported(s, i, run, tokens.length) ||
          appositionAfterRole(s, i) ||
          introducedByRoleOf(s, i, taken))
      ) {
        add(i, run);
      } else if (
        tokens.length === 1 &&
        i > 0 &&
        (describedByArticle(s, run) || titledSurname(s, i)) &&
        isPlainName(tokens[0]!)
      ) {
        // "Killmilk, a senior member of the group, ...": a one-word name described as a person.
        add(i, run);
      }
      i = run;
    }
  });
  return found;
}

// The last index of a run of name words starting at i (at most MAX_NAME_TOKENS), or i-1 if none.
function nameRun(s: Sentence, i: number): number {
  let j = i - 1;
  let particles = 0;
  while (j + 1 < s.tokens.length && j + 1 - i - particles < MAX_NAME_TOKENS) {
    const t = s.tokens[j + 1]!;
    // "Ursula von der Leyen", "Abu Bakr al-Baghdadi": lower-case particles inside a name, before its next word.
    const inner = j >= i ? particleRun(s, j + 1) : 0;
    if (inner && !breaksAfter(s.tokens[j]!)) {
      j += inner;
      particles += inner;
      continue;
    }
    const suffix = j >= i && generationalSuffixes.has(bareText(t).replace(/\.$/, ''));
    if ((!isNameWord(t) && !suffix) || (j >= i && breaksBefore(t))) break;
    j++;
    if (breaksAfter(t) || isPossessive(t)) break;
  }
  return j;
}

// The number of name particles from k on when a capitalised name word follows them, else 0.
const MAX_PARTICLES = 2;
function particleRun(s: Sentence, k: number): number {
  let n = 0;
  while (
    n < MAX_PARTICLES &&
    nameParticles.has(s.tokens[k + n]?.text ?? '') &&
    !breaksAfter(s.tokens[k + n]!)
  )
    n++;
  const next = s.tokens[k + n];
  return n && next && isNameWord(next) && !breaksBefore(next) ? n : 0;
}

// Headlines capitalise every word, so a capitalised run there is no evidence of a name. A sentence that
// ends in a full stop with lower-case words in it is prose, however many names it lists (`isProse`).
const PROSE_LOWER_WORDS = 2;
const isProse = (s: Sentence) => {
  const last = s.tokens[s.tokens.length - 1];
  const lower = s.tokens.filter((t) => /^\p{Ll}{2,}/u.test(t.text)).length;
  return !!last && /[.!?]/.test(last.post + last.text.slice(-1)) && lower >= PROSE_LOWER_WORDS;
};
const isTitleCase = (s: Sentence) => {
  const words = s.tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.length > 2 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > 0.6;
};

// Registries and charge sheets write the surname in capitals: "ZHANG Shilong", "Alexey Valeryevich MININ".
const isMixedCaseWord = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(bareText(t));
const isRegistryName = (tokens: Token[]) =>
  tokens.length >= 2 &&
  (isAllCapsWord(tokens[0]!) || isAllCapsWord(tokens[tokens.length - 1]!)) &&
  tokens.filter(isAllCapsWord).length === 1 &&
  tokens.every((t) => isAllCapsWord(t) || isMixedCaseWord(t));

// "Foreign Minister X", "Secretary of State X": a title ending right before the name, with a job
// noun or honorific in it ("National Grid Operator" has only a modifier, so no name follows).
const TITLE_SPAN = 3;
const introducedByTitle = (s: Sentence, i: number) => {
  const previous = s.tokens[i - 1];
  if (!previous || !isTitleWord(previous) || breaksAfter(previous)) return false;
  return s.tokens
    .slice(Math.max(0, i - TITLE_SPAN), i)
    .some(
      (t) => jobTitles.has(t.lower) || honorifics.has(t.lower.replace(/\.$/, '')) || t.tags.has('Honorific'),
    );
};

// "President Halvorsen", "Foreign Minister Dray": a capitalised title right before one name word is
// how texts name a person by the surname ("official Facebook", "fellow Democrats" are no titles; in
// "Minister Responsible for Cyber Security" the word after the title still belongs to the title).
const titledSurname = (s: Sentence, i: number) => {
  const previous = s.tokens[i - 1];
  const word = s.tokens[i]!;
  return (
    !!previous &&
    !['for', 'of'].includes(s.tokens[i + 1]?.lower ?? '') &&
    isCapitalized(previous) &&
    (jobTitles.has(previous.lower) || honorifics.has(previous.lower.replace(/\.$/, ''))) &&
    introducedByTitle(s, i) &&
    !['Adjective', 'Plural'].some((tag) => word.tags.has(tag))
  );
};

// "Digital Transformation Minister Ivo Marten": capitalised words right before a job title qualify it.
const partOfTitle = (s: Sentence, j: number) => {
  const next = s.tokens[j + 1];
  return !!next && !breaksAfter(s.tokens[j]!) && jobTitles.has(next.lower) && isCapitalized(next);
};

// "the spokesperson for the Iranian Foreign Ministry, Nasser Ka'nani, denied ..."
const ROLE_LOOKBACK = 8;
const appositionAfterRole = (s: Sentence, i: number) =>
  /,\s*$/.test(s.tokens[i - 1]?.post ?? '') &&
  s.tokens.slice(Math.max(0, i - ROLE_LOOKBACK), i).some((t) => jobTitles.has(t.lower));

// "Emily Horne, a spokesperson for ..." / "Caroline Xavier, head of the agency" / "Geng Yansheng - a spokesman"
const describedAfter = (s: Sentence, j: number) => {
  const last = s.tokens[j];
  if (!last || !/[,–—-]\s*$/.test(last.post)) return false;
  // A role word soon after: "a spokesperson", "a Ministry of National Defense spokesman", "a Kestrian national".
  return s.tokens
    .slice(j + 1, j + 1 + ROLE_LOOKBACK)
    .some((t) => jobTitles.has(t.lower) || personNouns.has(t.lower));
};

// "Deputy Spokesperson of Vietnam's Ministry of Foreign Affairs Ngo Toan Thang", "Brightwall's head of
// research Pell Dray": a role, then whose role it is (an organisation, or lower-case words), then the name.
const ROLE_OWNER_WORDS = 2;
function introducedByRoleOf(s: Sentence, i: number, taken: Mention[]): boolean {
  const before = s.tokens[i - 1];
  if (!before || breaksAfter(before)) return false;
  const owner = taken.find((m) => m.type !== 'person' && m.end === nameEnd(before));
  let k = i - 1;
  if (owner) while (k >= 0 && s.tokens[k]!.end > owner.start) k--;
  else {
    const lower = k;
    while (
      k >= 0 &&
      lower - k < ROLE_OWNER_WORDS &&
      /^\p{Ll}/u.test(s.tokens[k]!.text) &&
      s.tokens[k]!.lower !== 'of'
    )
      k--;
    if (k === lower) return false;
  }
  while (k >= 0 && (['of', 'the', 'for', 'at'].includes(s.tokens[k]!.lower) || isPossessive(s.tokens[k]!)))
    k--;
  return k >= 0 && jobTitles.has(s.tokens[k]!.lower) && !breaksAfter(s.tokens[k]!);
}

// "Killmilk, a senior member of ...": a comma, an article, then a role within a few words.
const describedByArticle = (s: Sentence, j: number) =>
  /,\s*$/.test(s.tokens[j]!.post) &&
  ['a', 'an'].includes(s.tokens[j + 1]?.lower ?? '') &&
  describedAfter(s, j);
const isPlainName = (t: Token) =>
  ['ProperNoun', 'Person'].some((tag) => t.tags.has(tag)) && !t.tags.has('Acronym') && !t.tags.has('Place');

const reported = (s: Sentence, i: number, j: number, length: number) =>
  length >= 2 &&
  (reportingVerbs.has(s.tokens[i - 1]?.lower ?? '') || reportingVerbs.has(s.tokens[j + 1]?.lower ?? ''));

// A possessive name ends before its "'s".
const nameEnd = (t: Token) => (isPossessive(t) ? t.start + t.text.replace(/['’]s?$/u, '').length : t.end);

/** Single-word references to people named in full elsewhere: "Wray said", "Xiaolong added". */
export function findPartialNames(ctx: DocContext, people: Mention[], taken: Mention[]): Mention[] {
  const parts = new Set<string>();
  for (const p of people) {
    const words = p.surface.split(/\s+/).filter((w) => !generationalSuffixes.has(w.replace(/\.$/, '')));
    if (words.length < 2) continue;
    // The family name, or the given name for names written family-first ("Wang Xiaolong" -> "Xiaolong").
    for (const w of [words[0]!, words[words.length - 1]!])
      if (w.length >= 3 && /^\p{Lu}/u.test(w)) parts.add(w.replace(/[.,]$/, ''));
  }
  const found: Mention[] = [];
  ctx.sentences.forEach((s, si) => {
    for (const t of s.tokens) {
      const bare = bareText(t);
      if (!parts.has(bare)) continue;
      const start = t.start + Math.max(0, t.text.indexOf(bare));
      const span = { start, end: start + bare.length };
      if ([...taken, ...people].some((m) => overlaps(m, span))) continue;
      found.push({
        ...span,
        surface: bare,
        source: 'person',
        type: 'person',
        entryIds: [],
        via: 'new',
        sentence: si,
      });
    }
  });
  return found;
}
