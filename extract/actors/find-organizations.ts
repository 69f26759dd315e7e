// Organisations the lexicon does not know: capitalised phrases of two words or more that contain an
// organisation word ("Tianhe District Public Security Bureau", "Senate Judiciary Committee", "Ziv
// Medical Center"); a lone organisation word ("Ltd", "the Ministry") names no one in particular.
import names from './names.json' with { type: 'json' };
import {
  connectors,
  corporateSuffixes,
  honorifics,
  jobTitles as roles,
  locativeHeads,
  orgHeads,
} from './name-words.js';
import type { DocContext } from '../document/context.js';
import { sentenceAt } from '../document/context.js';
import type { Sentence, Token } from '../nlp/parse.js';
import { contains, newMention, overlaps, type Mention } from './mention.js';
import { bareText, breaksAfter, breaksBefore, isCapitalized, isPossessive } from './text-utils.js';

// Title modifiers ("National", "Foreign") stay: they begin many organisation names.
const CORPORATE = new Set(['company', 'media', 'research']);
const MAX_NAME_TOKENS = 12;
const GENERIC_HEADS: ReadonlySet<string> = new Set(names.genericHeads);

// An organisation's name ends with its organisation word, or goes on after it only through a connector
// ("Bureau of Investigation"), a number ("Unit 26165") or its place ("US Embassy Costa Rica"): "Embassy
// Information" and "Press Conference" are menu items and headlines, not names.
function headFinal(tokens: Token[], ctx: DocContext): boolean {
  let last = -1;
  tokens.forEach((t, k) => {
    if (orgHeads.has(bareText(t))) last = k;
  });
  const rest = tokens.slice(last + 1);
  const place = rest.map((t) => t.text).join(' ');
  return (
    rest.length === 0 ||
    connectors.has(rest[0]!.lower) ||
    (rest[0]!.lower === 'to' && locativeHeads.has(bareText(tokens[last]!))) ||
    /^\d+$/.test(rest[0]!.text) ||
    rest.every((t) => t.tags.has('Place')) ||
    !!ctx.lexicon.country(place)
  );
}

export function findOrganizations(ctx: DocContext, lexiconMentions: Mention[]): Mention[] {
  const found: Mention[] = [
    ...diplomaticMissions(ctx, lexiconMentions),
    ...placeGovernments(ctx, lexiconMentions),
  ];
  ctx.sentences.forEach((s, si) => {
    for (let i = 0; i < s.tokens.length; i++) {
      if (!isCapitalized(s.tokens[i]!) || s.tokens[i]!.lower === 'the') continue;
      const j = chunkEnd(s, i);
      const chunk = trimChunk(ctx, s, i, j, lexiconMentions);
      if (chunk) {
        const [a, b] = chunk;
        const start = s.tokens[a]!.start;
        const last = s.tokens[b]!;
        const end = isPossessive(last) ? last.start + last.text.replace(/['’]s?$/u, '').length : last.end;
        // "Veyland's Justice Ministry": a country's possessive before the name makes it that country's body.
        const owner =
          a > 0 && isPossessive(s.tokens[a - 1]!)
            ? ctx.lexicon.country(bareText(s.tokens[a - 1]!))
            : undefined;
        found.push({
          ...newMention(ctx, start, end, 'organization', 'organization', si),
          ...(owner && {
            country: owner.name,
            qualifiedSurface: ctx.text.slice(s.tokens[a - 1]!.start, end),
          }),
        });
      }
      i = j;
    }
  });
  return found;
}

// "the Nova Scotia government", "the Punjab government": a place the lexicon does not hold as a country,
// then a lower-case government noun, is that place's own government (a country's is the country, and
// "the Modi government" stands for one).
const PLACE_GOVERNMENT = new RegExp(
  String.raw`\b(?:the\s+)((?:\p{Lu}[\p{L}'’-]+\s+){1,3})(${names.placeGovernmentNouns.join('|')})\b`,
  'gu',
);

function placeGovernments(ctx: DocContext, lexiconMentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const p of ctx.paragraphs)
    for (const m of ctx.text.slice(p.textStart, p.end).matchAll(PLACE_GOVERNMENT)) {
      const place = m[1]!.trim();
      const start = p.textStart + m.index! + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length + m[2]!.length;
      if (ctx.lexicon.country(place) || lexiconMentions.some((l) => overlaps(l, { start, end }))) continue;
      // "the Modi government" stands for a country; only a place compromise knows as one has its own.
      const words = ctx.sentences[sentenceAt(ctx.sentences, start)]?.tokens.filter(
        (t) => t.start >= start && t.end <= start + place.length,
      );
      if (!words?.length || !words.every((t) => t.tags.has('Place'))) continue;
      found.push(newMention(ctx, start, end, 'organization', 'organization'));
    }
  return found;
}

// "the Russian embassy", "the Chinese consulate": a country adjective and a lower-case diplomatic
// word (capitalised names, "Chinese Embassy in Manila", are whole names the chunker finds).
const DIPLOMATIC = new RegExp(`^\\s+(${names.diplomaticHeads.join('|')})\\b`);

function diplomaticMissions(ctx: DocContext, lexiconMentions: Mention[]): Mention[] {
  return lexiconMentions.flatMap((m) => {
    const head = m.via === 'demonym' ? DIPLOMATIC.exec(ctx.text.slice(m.end, m.end + 24)) : null;
    if (!head) return [];
    const end = m.end + head[0].length;
    return [
      {
        ...m,
        end,
        surface: ctx.text.slice(m.start, end),
        source: 'organization' as const,
        type: 'organization' as const,
        entryIds: [],
        via: 'new' as const,
      },
    ];
  });
}

// Capitalised words, joined by lower-case connectors ("of", "for", "and") when a capitalised word follows.
// A verb ("Microsoft Says ...") or a date ("... on April 3") ends a name: headlines are not names. "and"
// after an organisation word starts a second name ("Yonhap News and KBS"); "in" and "to" continue only a
// body that sits somewhere or is sent to someone ("Embassy in Manila", "Mission to the United Nations"); "on" continues only a body
// that sits on something ("Committee on Intelligence"); a number after an organisation word is part of
// it ("Unit 26165", "Centre 18").
function chunkEnd(s: Sentence, i: number): number {
  let j = i;
  while (j + 1 < s.tokens.length) {
    const current = s.tokens[j]!;
    if (breaksAfter(current) || isPossessive(current)) break;
    const next = s.tokens[j + 1]!;
    if (breaksBefore(next) || endsName(next)) break;
    // A title-case headline capitalises its connectors ("Poland Accuses Russia Of Cyberattack On News
    // Agency"): they join names only as the lower-case ones do.
    const capitalizedWord = isCapitalized(next) && !connectors.has(next.lower);
    if (capitalizedWord || (/^\d+$/.test(next.text) && orgHeads.has(bareText(current)))) {
      j++;
      continue;
    }
    // "Mission to the United Nations": the article belongs to the name that follows it.
    const article =
      next.lower === 'to' && s.tokens[j + 2]?.lower === 'the' && !breaksAfter(s.tokens[j + 2]!) ? 1 : 0;
    const after = s.tokens[j + 2 + article];
    const head = orgHeads.has(bareText(current));
    const joins =
      (connectors.has(next.lower) || next.lower === 'to') &&
      (!['in', 'to'].includes(next.lower) || locativeHeads.has(bareText(current))) &&
      (next.lower !== 'on' || head) &&
      !(head && (next.lower === 'and' || next.lower === '&'));
    if (
      joins &&
      !breaksAfter(next) &&
      after &&
      isCapitalized(after) &&
      !endsName(after) &&
      !/[,]/.test(current.post)
    ) {
      j += 2 + article;
      continue;
    }
    break;
  }
  return j;
}

const endsName = (t: Token) =>
  t.tags.has('Date') ||
  t.tags.has('Month') ||
  t.tags.has('WeekDay') ||
  (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('ProperNoun'));

// A chunk names an organisation when it has an organisation word. Leading titles and words that a
// lexicon mention already covers (a demonym or country before a known agency) are trimmed; a chunk
// that is nothing but a known actor plus such words is left to the lexicon.
function trimChunk(
  ctx: DocContext,
  s: Sentence,
  i: number,
  j: number,
  lexiconMentions: Mention[],
): [number, number] | null {
  let a = i;
  const lead = (t: Token) =>
    roles.has(t.lower) || honorifics.has(t.lower) || endsName(t) || t.tags.has('Preposition');
  while (a <= j && lead(s.tokens[a]!)) a++;
  // "Customers of Norvik Bank were affected": a plural common noun capitalised only because it opens
  // the sentence, and its "of", are not part of the name that follows.
  const opener = s.tokens[a];
  if (
    a === 0 &&
    opener?.tags.has('Plural') &&
    !opener.tags.has('ProperNoun') &&
    s.tokens[a + 1]?.lower === 'of'
  )
    a += 2;
  while (a <= j && connectors.has(s.tokens[a]!.lower)) a++;
  let b = j;
  while (b >= a && (connectors.has(s.tokens[b]!.lower) || roles.has(s.tokens[b]!.lower))) b--;
  if (b < a || b - a >= MAX_NAME_TOKENS) return null;
  const tokens = s.tokens.slice(a, b + 1);
  if (!tokens.some((t) => orgHeads.has(bareText(t)))) return null;
  // A lone organisation word ("Ltd", "the Ministry") names no one in particular.
  if (tokens.length === 1) return null;
  if (!headFinal(tokens, ctx)) return null;
  const span = { start: s.tokens[a]!.start, end: s.tokens[b]!.end };
  const inside = lexiconMentions.filter((m) => overlaps(m, span));
  if (inside.some((m) => !contains(span, m))) return null;
  const known = inside.filter((m) => m.via !== 'demonym' && m.via !== 'capital');
  // "Hacked By Russian Group": a nationality and a bare group word name no one.
  if (
    tokens.length === 2 &&
    inside.length === 1 &&
    inside[0]!.via === 'demonym' &&
    GENERIC_HEADS.has(bareText(tokens[1]!))
  )
    return null;
  if (known.length === 0) return [a, b];
  // Tokens not covered by any lexicon mention: if none carries an organisation word, the lexicon wins.
  const uncovered = tokens.filter((t) => !inside.some((m) => m.start <= t.start && t.start < m.end));
  const extendsKnown = uncovered.some((t) => orgHeads.has(bareText(t)) || !ctx.lexicon.country(bareText(t)));
  // "Symantec Corp", "ESET Research": a known company with its legal or divisional suffix is that company.
  const suffixOnly =
    uncovered.every((t) => corporateSuffixes.has(bareText(t))) &&
    known.every((m) => m.entryIds.some((id) => CORPORATE.has(ctx.lexicon.byId(id)?.category ?? '')));
  if (suffixOnly) return null;
  // "Ministry of Foreign Affairs of Arvenia": a generic ministry name qualified by a country the lexicon
  // does not know is that country's ministry, a new organisation.
  const after = uncovered.filter((t) => t.start >= known[0]!.end);
  const unknownQualifier =
    known.length === 1 &&
    known[0]!.entryIds.length > 1 &&
    after[0]?.lower === 'of' &&
    after.length > 1 &&
    after.slice(1).every(isCapitalized);
  return extendsKnown && (unknownQualifier || uncovered.some((t) => orgHeads.has(bareText(t))))
    ? [a, b]
    : null;
}
