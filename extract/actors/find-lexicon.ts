// Mentions of actors the lexicon knows, in the prose of each paragraph.
import {
  attributiveHeads,
  corporateSuffixes,
  honorifics,
  isOriginOrLinkSuffix,
  locationWords,
  orgHeads,
  platformNouns,
  seatedGovernmentNouns,
  titleWords,
} from './name-words.js';
import { sentenceAt, tokenAt, type DocContext } from '../document/context.js';
import type { Mention } from './mention.js';
import { bareText } from './text-utils.js';

export function findLexiconMentions(ctx: DocContext): Mention[] {
  const mentions: Mention[] = [];
  ctx.paragraphs.forEach((p) => {
    if (p.chrome) return;
    for (const found of ctx.lexicon.findMentions(ctx.text.slice(p.textStart, p.end))) {
      const sentence = sentenceAt(ctx.sentences, p.textStart + found.start);
      const m = attributiveLead(ctx, p.textStart, found, sentence);
      if (!m) continue;
      const start = p.textStart + m.start;
      const end = p.textStart + m.end;
      if (m.via === 'capital' && !isMetonymy(ctx, sentence, start)) continue;
      // "a US-based firm", "Iranian-born", "a China-linked group": a place of origin or a sponsor, not
      // the government speaking: a mention of the country that speaks for nobody (read as adjectival).
      const origin = isOriginOrLinkSuffix(/^-\p{L}+/u.exec(ctx.text.slice(end, end + 16))?.[0]);
      // "Lisa Monaco" is a person, not the country: compromise tagged a first name right before it.
      if (ctx.lexicon.byId(m.entryIds[0]!)?.type === 'country' && followsFirstName(ctx, sentence, start))
        continue;
      // "pro-Russian hacktivists", "anti-Chinese" and "pro-Japan slogans" name a stance, not the country.
      if (
        (m.via === 'demonym' || m.via === 'name') &&
        /(pro|anti)-$/i.test(ctx.text.slice(Math.max(0, start - 5), start))
      )
        continue;
      const entry = ctx.lexicon.byId(m.entryIds[0]!);
      if (entry?.category === 'company' && (namesProduct(ctx, sentence, end) || usedAsPlatform(ctx, start)))
        continue;
      mentions.push({
        start,
        end,
        surface: ctx.text.slice(start, end),
        source: 'lexicon',
        type: entry?.type ?? 'organization',
        entryIds: m.entryIds,
        via: origin ? 'demonym' : m.via,
        ...(origin && (m.via === 'name' || m.via === 'alias') && { namesPlace: true }),
        sentence,
      });
    }
  });
  return mentions;
}

type LexiconMatch = ReturnType<DocContext['lexicon']['findMentions']>[number];

// "Russian military officers", "Chinese state hackers": a name ending in a word that can also modify
// the noun after it names no body there; the country it opens with ("Russian") is still named.
function attributiveLead(
  ctx: DocContext,
  offset: number,
  m: LexiconMatch,
  sentence: number,
): LexiconMatch | null {
  if (!modifiesNextNoun(ctx, sentence, offset + m.start, offset + m.end)) return m;
  const text = ctx.text.slice(offset + m.start, offset + m.end);
  const lead = text.slice(0, text.search(/\s+\p{L}+$/u));
  const country = lead ? ctx.lexicon.findMentions(lead)[0] : undefined;
  return country &&
    country.start === 0 &&
    country.end === lead.length &&
    ctx.lexicon.byId(country.entryIds[0]!)?.type === 'country'
    ? { ...country, start: m.start, end: m.start + lead.length }
    : null;
}

// "Russian military officers": a name ending in a word that can also modify the noun after it.
function modifiesNextNoun(ctx: DocContext, sentence: number, start: number, end: number): boolean {
  const lastWord = /(\p{L}+)$/u.exec(ctx.text.slice(start, end))?.[1];
  if (!lastWord || !attributiveHeads.has(lastWord)) return false;
  const s = ctx.sentences[sentence];
  const next = s?.tokens.find((t) => t.start >= end);
  if (!next || /\S/.test(ctx.text.slice(end, next.start))) return false;
  return (
    next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Pronoun') && /^\p{Ll}/u.test(next.text)
  );
}

// "Microsoft Exchange servers", "Adobe Flash": a company's name before a capitalised noun of its own
// names the product, not the company (its divisions and legal forms are corporateSuffixes); before a
// platform noun ("Facebook accounts") it names the service.
function namesProduct(ctx: DocContext, sentence: number, end: number): boolean {
  const next = ctx.sentences[sentence]?.tokens.find((t) => t.start >= end);
  if (!next || ctx.text.slice(end, next.start) !== ' ') return false;
  const word = next.text.replace(/['’]s$/u, '');
  // "Facebook accounts", "the official Facebook page": the company's service, not the company.
  if (platformNouns.has(next.text)) return true;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    next.tags.has('Noun') &&
    !['Verb', 'Person', 'Place', 'Date', 'Value', 'Honorific'].some((tag) => next.tags.has(tag)) &&
    !corporateSuffixes.has(word) &&
    !orgHeads.has(word) &&
    !titleWords.has(word.toLowerCase()) &&
    !honorifics.has(word.toLowerCase())
  );
}

// "claimed it via Twitter", "a post on Facebook": a company's service as the channel a message went
// through ("attacks on Google" still name the company).
const PLATFORM_BEFORE = /(?:\bvia|\b(\p{L}+)\s+on)\s+$/u;
function usedAsPlatform(ctx: DocContext, start: number): boolean {
  const before = PLATFORM_BEFORE.exec(ctx.text.slice(Math.max(0, start - 30), start));
  return !!before && (!before[1] || platformNouns.has(before[1].toLowerCase()));
}

function followsFirstName(ctx: DocContext, sentence: number, start: number): boolean {
  const s = ctx.sentences[sentence];
  const i = s ? tokenAt(s, start) : -1;
  return i > 0 && !!s!.tokens[i - 1]!.tags.has('FirstName') && !/[,.;:]/.test(s!.tokens[i - 1]!.post);
}

// "Beijing said" / "accused Washington" name governments; "in Beijing", "BEIJING —" (a dateline) name places,
// but "officials in Beijing" and "the regime in Beijing" are the government seated there ("US officials in
// Beijing" are not: a country before them says whose officials they are).
function isMetonymy(ctx: DocContext, sentence: number, start: number): boolean {
  const s = ctx.sentences[sentence];
  if (!s) return false;
  const i = tokenAt(s, start);
  const token = s.tokens[i];
  if (!token) return false;
  if (token.text === token.text.toUpperCase() && token.text.length > 3) return false;
  const previous = s.tokens[i - 1];
  if (!previous || !locationWords.has(previous.lower)) return true;
  const seat = s.tokens[i - 2];
  const owner = s.tokens[i - 3];
  return (
    previous.lower === 'in' &&
    !!seat &&
    seatedGovernmentNouns.has(seat.lower) &&
    !(owner && ctx.lexicon.country(bareText(owner)))
  );
}
