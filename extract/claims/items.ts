// A sentence as a sequence of items for the claim patterns: each actor mention is one item,
// every other token is a word item. Punctuation travels on `post`.
import type { Sentence } from '../nlp/parse.js';
import type { ResolvedMention } from '../actors/resolve.js';
import type { ActorType } from '../../core/types.js';

export interface Item {
  start: number;
  end: number;
  /** lower-case word ('' for named actors; a lower-case reference such as "it" keeps its word) */
  word: string;
  mention: ResolvedMention | null;
  type: ActorType | null;
  possessive: boolean;
  /** the word starts with a capital letter (a name, or a headline word) */
  capitalized: boolean;
  /** compromise tags the word as part of a noun phrase (determiner, adjective, number, noun) */
  nominal: boolean;
  post: string;
  tags: ReadonlySet<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();

export function sentenceItems(s: Sentence, sentenceMentions: ResolvedMention[]): Item[] {
  const mentions = withQualifiers(sentenceMentions);
  const items: Item[] = [];
  let m = 0;
  let depth = 0;
  for (const token of s.tokens) {
    // compromise reads "FSB's" as the contraction "FSB is" and adds an empty verb token; the text
    // has no such word, and it would part a possessive from what it owns.
    if (!token.text) continue;
    depth += token.pre.match(/\(/g)?.length ?? 0;
    while (m < mentions.length && mentions[m]!.end <= token.start) m++;
    const mention = mentions[m];
    const inMention = mention && mention.start < token.end && token.start < mention.end ? mention : null;
    const insideBrackets = depth > 0;
    // A bracket may close inside the token's text too ("(TAG)’s" is one token).
    depth = Math.max(0, depth - (`${token.text}${token.post}`.match(/\)/g)?.length ?? 0));
    // Bracketed asides ("(R-Maine)") are not part of the sentence's structure; bracketed names are.
    if (insideBrackets && !inMention) {
      const last = items[items.length - 1];
      if (last && depth === 0) last.post += token.post.replace(/^[^)]*\)/, '');
      continue;
    }
    const previous = items[items.length - 1];
    // One item per actor: a mention and its bracketed acronym right after it ("TAO (Office of ...)") join.
    const sameActor =
      inMention &&
      previous?.mention &&
      previous.mention.actorId === inMention.actorId &&
      /^\s*\(?\s*$/.test(previous.post);
    if (inMention && (previous?.mention === inMention || sameActor)) {
      previous.end = token.end;
      // The bracket around a joined acronym is part of the name, not a break after it.
      previous.post =
        sameActor && previous.mention !== inMention ? token.post.replace(/^\s*\)/u, '') : token.post;
      // A description's word is its head, the last word ("the ministry" -> "ministry").
      if (previous.word) previous.word = token.lower.replace(/[^\p{L}\p{N}'-]+$/gu, '');
      previous.possessive = isPossessive(token.text);
      continue;
    }
    items.push({
      start: token.start,
      end: token.end,
      // A reference the actor stage resolved ("it", "the ministry") keeps its word for the cue lists.
      word:
        inMention && /^\p{Lu}/u.test(token.text)
          ? ''
          : token.lower.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'-]+$/gu, ''),
      mention: inMention,
      type: inMention ? inMention.type : null,
      possessive: isPossessive(token.text),
      capitalized: /^\p{Lu}/u.test(token.text),
      nominal: !inMention && isNominal(token.tags),
      post: token.post,
      tags: inMention ? NO_TAGS : token.tags,
    });
  }
  return items;
}

// "the Ministry of Defence of Kestria said", "the Kestria Defence Ministry said": the country that
// qualifies a body, named right before it or after "of", is part of the body's name, so the claim frames
// see one actor there, not the country as the subject of "said". (A country adjective stays an item of
// its own: the patterns read it as part of the body's noun phrase.)
function withQualifiers(mentions: ResolvedMention[]): ResolvedMention[] {
  const widened = mentions.map((m) => {
    const q = m.qualifiedSurface;
    if (!q || q.length <= m.surface.length) return m;
    if (q.startsWith(m.surface) && /^\s+of\s/u.test(q.slice(m.surface.length)))
      return { ...m, end: m.start + q.length };
    const start = m.end - q.length;
    const namedBefore = mentions.some((c) => c.via !== 'demonym' && c.start >= start && c.end <= m.start);
    if (q.endsWith(m.surface) && /(?:['’]s)?\s+$/u.test(q.slice(0, -m.surface.length)) && namedBefore)
      return { ...m, start };
    return m;
  });
  return widened.filter(
    (m) =>
      !widened.some(
        (w) => w !== m && w.start <= m.start && m.end <= w.end && w.end - w.start > m.end - m.start,
      ),
  );
}

const PHRASE_TAGS = ['Determiner', 'Adjective', 'Noun', 'Value', 'Acronym'];
const NOT_PHRASE_TAGS = ['Pronoun', 'Preposition', 'Conjunction', 'Verb', 'Adverb', 'QuestionWord'];
const isNominal = (tags: ReadonlySet<string>) =>
  PHRASE_TAGS.some((t) => tags.has(t)) && !NOT_PHRASE_TAGS.some((t) => tags.has(t));

const isPossessive = (text: string) => /\p{L}['’]s?$/u.test(text) && !/^(it|he|she|let)['’]s$/iu.test(text);

const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** A verb in the passive. compromise tags some passives as a plain past tense ("has not been hacked"):
 * a past form right after a form of "be" is one. */
export const isPassive = (verb: Item, before: Item | undefined) =>
  verb.tags.has('Passive') || (verb.tags.has('PastTense') && BE_FORMS.has(before?.word ?? ''));

const isGerund = (item: Item) => item.tags.has('Gerund') || item.word.endsWith('ing');

// Auxiliaries and adjuncts may stand between a subject and its verb ("X in 2017 might have been stolen").
const PASSIVE_WINDOW = 6;

/** The actor is the subject of a passive verb ("Tollgate was claimed to have been hit", "the tool might
 * have been stolen"), of one of `verbs` when given: it undergoes what the verb says rather than doing or
 * saying it ("X has been seen using ..." still does). compromise tags the
 * verb group Passive in its one parse of the document. */
export function isPassiveSubject(items: Item[], actor: Item, verbs?: ReadonlySet<string>): boolean {
  const after = items.indexOf(actor) + 1;
  for (let i = after; i < items.length && i - after <= PASSIVE_WINDOW; i++) {
    const item = items[i]!;
    // compromise reads some participles after a copula as adjectives or nouns ("customers were
    // targeted", "was hit"): a listed verb right after "be" is the passive all the same, unless it is
    // the -ing form of the progressive ("is targeting").
    const next = items[i + 1];
    if (verbs && item.tags.has('Copula') && next && verbs.has(next.word) && !isGerund(next)) return true;
    if (item.tags.has('Verb') && !item.tags.has('Auxiliary'))
      return item.tags.has('Passive') && (!verbs || verbs.has(item.word));
  }
  return false;
}
