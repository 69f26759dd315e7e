// References back: a pronoun ("she said", "it denied"), a definite description ("the bureau", "the
// group"), a speaker named by a role the text gave them ('"...," the minister said') or a role-only
// speaker ("a spokeswoman for the Ostravian Interior Ministry") stands for the nearest earlier actor of
// a compatible kind. A small entity-centric coreference step: each reference
// keeps its own offsets and points at an actor that a name already introduced; it never makes an actor.
import type { ActorType } from '../../core/types.js';
import type { Sentence, Token } from '../nlp/parse.js';
import type { ResolvedMention } from './resolve.js';
import { tokenAt } from '../document/context.js';
import { namingWords, referenceWords, reportingVerbs } from './name-words.js';

/** How far back (in sentences) a pronoun or description may find its actor. */
const REACH = 3;
const ROLE_OWNER_LOOKAHEAD = 6;
/** Lower-case words a definite description may have before its noun ("the foreign ministry"). */
const MAX_MODIFIERS = 2;

export function findReferences(
  sentences: Sentence[],
  mentions: ResolvedMention[],
  countryOf: ReadonlyMap<string, string | null> = new Map(),
): ResolvedMention[] {
  // Mentions by sentence (names, then the references found so far), so that each lookup reads only
  // the few sentences in reach: the cost stays linear in the length of the document.
  const bySentence = sentences.map((): ResolvedMention[] => []);
  for (const m of mentions) if (m.sentence >= 0) bySentence[m.sentence]?.push(m);
  for (const list of bySentence) list.sort((a, b) => a.start - b.start);
  const possessors = new Set(sentences.flatMap((s, si) => possessorsIn(s, bySentence[si]!)));
  const mentionsOf = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    const list = mentionsOf.get(m.actorId);
    if (list) list.push(m);
    else mentionsOf.set(m.actorId, [m]);
  }
  const found: ResolvedMention[] = [];
  sentences.forEach((s, si) => {
    const named = [...bySentence[si]!];
    const inName = (t: Token) => named.some((m) => m.start <= t.start && t.end <= m.end);
    const inReach = () => bySentence.slice(Math.max(0, si - REACH), si + 1).flat();
    const add = (reference: ResolvedMention) => {
      found.push(reference);
      bySentence[si]!.push(reference);
    };
    s.tokens.forEach((t, i) => {
      if (inName(t)) return;
      // '"...," he said': whoever the quote names is not who speaks it.
      const afterQuote = i > 0 && CLOSING_QUOTE.test(s.tokens[i - 1]!.post);
      const refer = (types: readonly ActorType[], head: string | null, end = t.end, start = t.start) => {
        const candidates = inReach().filter((m) => !possessors.has(m) && !(afterQuote && m.sentence === si));
        const antecedent = nearestBefore(candidates, start, si, types, head);
        if (antecedent) add({ ...antecedent, start, end, surface: textOf(s, start, end), sentence: si });
      };
      const roleHead = roleSpeakerHead(s, i);
      if (referenceWords.personPronouns.includes(t.lower)) refer(['person'], null);
      else if (referenceWords.thingPronouns.includes(t.lower) && actsNext(s, i)) refer(NON_PERSON, null);
      else if (referenceWords.speakerPronouns.includes(t.lower) && reportsNext(s, i)) refer(NON_PERSON, null);
      else if (roleHead >= 0) {
        // '"...," the minister said': the person the text gave that role, named in reach.
        const role = roleClass(s.tokens[roleHead]!.lower);
        const holder = inReach()
          .filter(
            (m) =>
              m.type === 'person' &&
              m.end <= t.start &&
              !(afterQuote && m.sentence === si) &&
              holdsRole(sentences, mentionsOf.get(m.actorId) ?? [], role, t.start),
          )
          .sort((a, b) => a.start - b.start)
          .pop();
        if (holder)
          add({
            ...holder,
            start: t.start,
            end: s.tokens[roleHead]!.end,
            surface: textOf(s, t.start, s.tokens[roleHead]!.end),
            sentence: si,
          });
      } else if (opensDescription(s, i)) {
        const head = s.tokens[descriptionHead(s, i + 1)];
        const types = head && descriptions[head.lower];
        if (head && types) refer(types as ActorType[], head.lower, head.end);
      } else if (isRoleOnlySpeaker(s, i)) {
        const owner = named.find(
          (m) =>
            m.sentence === si && m.start > t.end && m.type !== 'person' && m.start <= roleOwnerLimit(s, i),
        );
        if (owner)
          add({
            ...owner,
            start: t.start,
            end: s.tokens[i + 1]!.end,
            surface: textOf(s, t.start, s.tokens[i + 1]!.end),
            sentence: si,
          });
      }
    });
  });
  return [...found, ...qualifiedDescriptions(sentences, mentions, countryOf)];
}

/** "South Korea's spy agency", "the Canadian signals intelligence agency": a description qualified by a
 * country means that country's body when the text names exactly one body of that country. */
function qualifiedDescriptions(
  sentences: Sentence[],
  mentions: ResolvedMention[],
  countryOf: ReadonlyMap<string, string | null>,
): ResolvedMention[] {
  const bodiesOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    const country = countryOf.get(m.actorId);
    if (m.type !== 'organization' || !country) continue;
    bodiesOf.set(country, (bodiesOf.get(country) ?? new Set()).add(m.actorId));
  }
  const found: ResolvedMention[] = [];
  for (const qualifier of mentions) {
    const country = qualifier.type === 'country' ? countryOf.get(qualifier.actorId) : null;
    const bodies = country ? [...(bodiesOf.get(country) ?? [])] : [];
    const s = sentences[qualifier.sentence];
    if (bodies.length !== 1 || !s) continue;
    const next = s.tokens.findIndex((t) => t.start >= qualifier.end);
    const last = s.tokens[next - 1];
    if (next < 0 || !last || (qualifier.via !== 'demonym' && !/['’]s$/u.test(last.text))) continue;
    const head = descriptionHead(s, next);
    const types: readonly string[] | undefined = head < 0 ? undefined : descriptions[s.tokens[head]!.lower];
    if (!types?.includes('organization')) continue;
    const start = s.tokens[next]!.start;
    const end = s.tokens[head]!.end;
    const body = mentions.find((m) => m.actorId === bodies[0])!;
    found.push({ ...body, start, end, surface: textOf(s, start, end), sentence: qualifier.sentence });
  }
  return found;
}

// "Britain's National Cyber Security Centre ... It said": the possessor qualifies the actor named right
// after it, which is the one a later pronoun or description takes up.
function possessorsIn(s: Sentence, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  return mentions.filter((m) => {
    const k = s.tokens.findIndex((t) => t.start < m.end && m.end <= t.end);
    // compromise leaves an empty token where it splits off the "'s".
    const next = s.tokens.slice(k + 1).find((t) => t.text);
    return (
      k >= 0 &&
      POSSESSIVE.test(s.tokens[k]!.text) &&
      !!next &&
      mentions.some((n) => n !== m && n.actorId !== m.actorId && n.start === next.start)
    );
  });
}

const POSSESSIVE = /['’]s$/u;
const descriptions: Readonly<Record<string, readonly string[]>> = referenceWords.descriptions;
const CLOSING_QUOTE = /["”’]\s*$/u;
const NON_PERSON: readonly ActorType[] = ['organization', 'threat_group', 'country'];

const textOf = (s: Sentence, start: number, end: number) =>
  s.tokens
    .filter((t) => t.start >= start && t.end <= end)
    .map((t, k, all) => t.text + (k < all.length - 1 ? t.post : ''))
    .join('');

// "it denied", "it has accused": "it" is an actor only as the subject of an act ("it is likely" is not).
function actsNext(s: Sentence, i: number): boolean {
  const next = verbAfter(s, i);
  return (
    !!next &&
    next.tags.has('Verb') &&
    !next.tags.has('Copula') &&
    !referenceWords.notActs.includes(next.lower)
  );
}

// "they said", "they also told": the pronoun speaks.
const reportsNext = (s: Sentence, i: number) => reportingVerbs.has(verbAfter(s, i)?.lower ?? '');

// The word after a pronoun past auxiliaries and adverbs ("it has also accused"): its verb, if any.
const BEFORE_VERB = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'again']);
function verbAfter(s: Sentence, i: number): Token | undefined {
  let k = i + 1;
  while (s.tokens[k] && BEFORE_VERB.has(s.tokens[k]!.lower)) k++;
  return s.tokens[k];
}

// "the bureau said": "the" and a lower-case word, not the start of a name ("the Bureau of ...").
function opensDescription(s: Sentence, i: number): boolean {
  const the = s.tokens[i]!;
  const head = s.tokens[i + 1];
  if (the.lower !== 'the' || !head || /^\p{Lu}/u.test(head.text) || /[,;:]/.test(the.post)) return false;
  const after = s.tokens[i + 2];
  return !after || (after.lower !== 'of' && !/^\p{Lu}/u.test(after.text)) || /[,;:.]/.test(head.post);
}

// The description noun at `from` or after up to two lower-case modifiers ("foreign ministry", "spy
// agency"), or -1.
function descriptionHead(s: Sentence, from: number): number {
  for (let h = from; h <= from + MAX_MODIFIERS; h++) {
    const word = s.tokens[h];
    if (!word || /^\p{Lu}/u.test(word.text)) return -1;
    if (word.lower in descriptions) return nameAfter(s, h) ? -1 : h;
    if (/[,;:.]/.test(word.post) || !(word.tags.has('Adjective') || word.tags.has('Noun'))) return -1;
  }
  return -1;
}

// "the ministry of ...", "the agency Brightwall", "the group known as Tin Lynx", "tracks the group as
// Tin Lynx": the description opens or introduces a name rather than refers.
function nameAfter(s: Sentence, h: number): boolean {
  const after = s.tokens[h + 1];
  if (!after || /[;:.]/.test(s.tokens[h]!.post)) return false;
  if (
    NAMING_OPENERS.has(after.lower) ||
    (after.lower === 'as' && /^\p{Lu}/u.test(s.tokens[h + 2]?.text ?? ''))
  )
    return true;
  return !s.tokens[h]!.post.includes(',') && (after.lower === 'of' || /^\p{Lu}/u.test(after.text));
}

/** The first words of the phrases that introduce a name ("called", "known as", "dubbed"). */
const NAMING_OPENERS = new Set(namingWords.naming.map((phrase) => phrase.split(' ')[0]!));

// '"...," the minister said', "the spokeswoman added": "the", up to two lower-case modifiers and a
// speaker's role, then a reporting verb. The index of the role word, or -1.
function roleSpeakerHead(s: Sentence, i: number): number {
  if (s.tokens[i]!.lower !== 'the' || /[,;:]/.test(s.tokens[i]!.post)) return -1;
  for (let h = i + 1; h <= i + 1 + MAX_MODIFIERS; h++) {
    const word = s.tokens[h];
    if (!word || /^\p{Lu}/u.test(word.text) || /[,;:.]/.test(s.tokens[h - 1]!.post)) return -1;
    if (referenceWords.speakerRoles.includes(word.lower)) return reportsNext(s, h) ? h : -1;
  }
  return -1;
}

// A spokesman, a spokeswoman and a spokesperson hold one role.
const roleClass = (word: string) => (word.startsWith('spokes') ? 'spokes' : word);

/** Words before a name that may hold its title ("Foreign Ministry spokesperson Mao Ning"), and after
 * the comma that follows it ("Ivo Marten, a spokesman for the ministry"). */
const TITLE_WORDS_BEFORE = 4;
const APPOSITION_WORDS = 8;

/** Whether one of a person's mentions before `offset` is introduced or described by the role. */
function holdsRole(
  sentences: Sentence[],
  mentions: ResolvedMention[],
  role: string,
  offset: number,
): boolean {
  const hasRole = (tokens: Token[]) => tokens.some((t) => roleClass(t.lower) === role);
  return mentions.some((m) => {
    const s = sentences[m.sentence];
    if (!s || m.end > offset) return false;
    const first = tokenAt(s, m.start);
    const last = tokenAt(s, m.end - 1);
    if (first < 0 || last < 0) return false;
    const before = s.tokens.slice(Math.max(0, first - TITLE_WORDS_BEFORE), first);
    const afterComma = /,\s*$/.test(s.tokens[last]!.post);
    const after = afterComma ? s.tokens.slice(last + 1, last + 1 + APPOSITION_WORDS) : [];
    return hasRole(before) || hasRole(after);
  });
}

// "a spokeswoman for the Ostravian Interior Ministry said": the role speaks for the body named after it.
function isRoleOnlySpeaker(s: Sentence, i: number): boolean {
  const article = s.tokens[i]!;
  const role = s.tokens[i + 1];
  const link = s.tokens[i + 2];
  // "Emily Horne, a spokesperson for ...": an apposition to a name, which speaks for itself.
  const apposition = i > 0 && /,\s*$/.test(s.tokens[i - 1]!.post);
  return (
    !apposition &&
    ['a', 'an', 'the'].includes(article.lower) &&
    !!role &&
    referenceWords.speakerRoles.includes(role.lower) &&
    !!link &&
    ['for', 'of', 'at', 'from'].includes(link.lower)
  );
}

const roleOwnerLimit = (s: Sentence, i: number) =>
  s.tokens[Math.min(s.tokens.length - 1, i + ROLE_OWNER_LOOKAHEAD)]!.end;

// The actor an earlier mention names: for a description, the nearest one whose name has the
// description's word ("the bureau" -> "Federal Bureau of Investigation"); otherwise the first compatible
// mention of the nearest sentence before (the first is most often the subject: the entity the text is
// about), or of this sentence before the reference.
function nearestBefore(
  mentions: ResolvedMention[],
  offset: number,
  sentence: number,
  types: readonly ActorType[],
  head: string | null,
): ResolvedMention | undefined {
  const inReach = mentions
    .filter(
      (m) =>
        m.end <= offset && m.sentence >= sentence - REACH && types.includes(m.type) && m.via !== 'demonym',
    )
    .sort((a, b) => a.start - b.start);
  if (head) {
    const headed = inReach.filter((m) => m.surface.toLowerCase().split(/\s+/).includes(head));
    if (headed.length) return headed[headed.length - 1];
  }
  const same = inReach.filter((m) => m.sentence === sentence);
  if (same.length) return same[same.length - 1];
  const last = inReach[inReach.length - 1];
  return last && inReach.find((m) => m.sentence === last.sentence);
}
