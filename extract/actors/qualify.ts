// National bodies carry names that many states share ("Foreign Ministry", "National Cyber Security
// Centre", "Military Intelligence Directorate"). A mention of one means the body of the country the text
// ties it to: a qualifier beside it ("Kestria's", "the Czech", "of Arvenia"), else an earlier qualified
// mention of the same body, else the document's own country (its publisher or dateline). With none of
// these it stays an actor of its own with no country: never another country's body.
import { STATE_BODY_CATEGORIES, type Lexicon, type LexiconEntry } from '../lexicon/types.js';
import type { Mention } from './mention.js';
import { nameKey } from './text-utils.js';
import names from './names.json' with { type: 'json' };
import forms from '../lexicon/curated/forms.json' with { type: 'json' };

const SHARED_NAMES = new Set(names.sharedBodyNames.map(nameKey));
const PORTFOLIO_OF = new Map(
  Object.entries(forms.portfolioForms).flatMap(([portfolio, surfaces]) =>
    surfaces.map((s) => [nameKey(s), portfolio] as const),
  ),
);
/** "Ministry of Foreign Affairs" for 'foreign-affairs': the first form of the portfolio that is a full name. */
const PORTFOLIO_NAME = new Map(
  Object.entries(forms.portfolioForms).map(([portfolio, surfaces]) => [
    portfolio,
    surfaces.find((s) => /^(Ministry|Department) of /.test(s)) ?? surfaces[0]!,
  ]),
);

/** The country a qualifier names: a lexicon country, or a name the lexicon does not know ("Arvenia"). */
export interface CountryRef {
  name: string;
  known: boolean;
}

interface Qualifier extends CountryRef {
  /** The body with its qualifier as written: "Czech Foreign Ministry", "Ministry of Defence of Arvenia". */
  surface: string;
}

const isNationalBody = (e: LexiconEntry) => e.country !== null && STATE_BODY_CATEGORIES.has(e.category);

/** Rewrites lexicon mentions of national bodies so that each means its own country's body. */
export function qualifyBodies(
  text: string,
  mentions: Mention[],
  lexicon: Lexicon,
  documentCountry: CountryRef | null,
): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // First what the text itself ties to a country; then the unqualified shared names, which mean the
  // same body qualified elsewhere in the text (the nearest before, else the first after).
  const decided = sorted.map((m, i): Mention | null => {
    const candidates = m.entryIds.map((id) => lexicon.byId(id)).filter((e) => e !== undefined);
    if (m.type !== 'organization' || candidates.length === 0 || !candidates.every(isNationalBody)) return m;
    const qualifier =
      qualifierOf(text, m, sorted[i - 1], lexicon) ?? countryReferredTo(text, m, sorted.slice(0, i), lexicon);
    if (qualifier) return { ...bodyOf(m, candidates, qualifier), qualifiedSurface: qualifier.surface };
    const shared = candidates.length > 1 || SHARED_NAMES.has(nameKey(m.surface));
    return shared ? null : m;
  });
  const named = countryMentions(sorted, lexicon);
  const qualified = new Map<string, Mention[]>();
  for (const m of decided)
    if (m) for (const key of bodyKeys(m, lexicon)) qualified.set(key, [...(qualified.get(key) ?? []), m]);
  return sorted.map((m, i) => {
    const known = decided[i];
    if (known) return known;
    const same = qualified.get(bodyKey(m.surface)) ?? [];
    const body = same.filter((q) => q.start < m.start).pop() ?? same[0];
    if (!body) {
      const candidates = m.entryIds.map((id) => lexicon.byId(id)).filter((e) => e !== undefined);
      return bodyOf(m, candidates, documentCountry ?? onlyCandidateNamed(candidates, named));
    }
    return { ...m, entryIds: body.entryIds, via: body.via, name: body.name, country: body.country };
  });
}

// How often the text names each country (by name, demonym, capital or government).
function countryMentions(mentions: Mention[], lexicon: Lexicon): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const entry = m.entryIds.length === 1 ? lexicon.byId(m.entryIds[0]!) : undefined;
    if (entry?.type === 'country') counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
  }
  return counts;
}

// "Foreign Ministry spokeswoman Ana Vosse said" in a text about Kestria and Norland, of which only
// Kestria has a foreign ministry the lexicon knows: the only state that can own the body and that the
// text keeps naming. Any doubt (two such states, one passing mention) leaves the body without a country.
const MIN_COUNTRY_MENTIONS = 2;
function onlyCandidateNamed(candidates: LexiconEntry[], named: Map<string, number>): CountryRef | null {
  const owners = new Set(
    candidates.map((e) => e.country).filter((c): c is string => !!c && (named.get(c) ?? 0) > 0),
  );
  const [owner] = owners;
  return owners.size === 1 && (named.get(owner!) ?? 0) >= MIN_COUNTRY_MENTIONS
    ? { name: owner!, known: true }
    : null;
}

function bodyKeys(m: Mention, lexicon: Lexicon): string[] {
  const entry = m.entryIds.length === 1 ? lexicon.byId(m.entryIds[0]!) : undefined;
  if (!entry && !m.name) return [];
  const surfaces = entry ? [entry.name, ...entry.aliases, m.surface] : [m.surface];
  const portfolio = entry?.portfolio ?? PORTFOLIO_OF.get(nameKey(m.surface));
  return [...surfaces.map(bodyKey), ...(portfolio ? [portfolio] : [])];
}

// The same body under its portfolio ("Foreign Ministry" = "Ministry of Foreign Affairs") or its name.
const bodyKey = (surface: string) => {
  const key = nameKey(surface);
  return PORTFOLIO_OF.get(key) ?? key;
};

function bodyOf(m: Mention, candidates: LexiconEntry[], country: CountryRef | null): Mention {
  const own = country && candidates.find((e) => e.country === country.name);
  if (own) return { ...m, entryIds: [own.id] };
  const portfolio = PORTFOLIO_OF.get(nameKey(m.surface));
  const generic = portfolio ? PORTFOLIO_NAME.get(portfolio)! : m.surface.replace(/^the\s+/i, '');
  return {
    ...m,
    entryIds: [],
    via: 'new',
    name: country ? `${generic} of ${country.name}` : generic,
    country: country?.name ?? null,
  };
}

const ADJACENT = /^(['’]s)?\s+$|^['’]s$/u;
// A proper adjective or possessive the lexicon does not know: "Kestovian", "Arvenia's".
const UNKNOWN_QUALIFIER = /(?:^|[\s(])(\p{Lu}\p{Ll}[\p{L}-]+)(['’]s)?\s+$/u;
const DEMONYM_SHAPE = /(ian|an|ese|ish|ic|i)$/;
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})/u;

function qualifierOf(
  text: string,
  m: Mention,
  previous: Mention | undefined,
  lexicon: Lexicon,
): Qualifier | null {
  const from = (start: number) => text.slice(start, m.end);
  if (previous && ADJACENT.test(text.slice(previous.end, m.start))) {
    const entry = lexicon.byId(previous.entryIds[0] ?? '');
    if (previous.entryIds.length === 1 && entry?.type === 'country')
      return { name: entry.name, known: true, surface: from(previous.start) };
  }
  const before = UNKNOWN_QUALIFIER.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (before && !previousCovers(previous, m) && !lexicon.lookup(before[1]!).length) {
    const word = before[1]!;
    // "Kestria's", "the Kestovian", "the Norland Foreign Ministry": an unknown name right before a body.
    const afterThe = /\bthe\s+\S+\s+$/i.test(text.slice(Math.max(0, m.start - 40), m.start));
    if (before[2] ? isPlaceName(text, word) : DEMONYM_SHAPE.test(word) || afterThe)
      return {
        name: before[2] ? word : countryOfAdjective(text, word),
        known: false,
        surface: from(m.start - before[0].length + before[0].indexOf(word)),
      };
  }
  const after = OF_COUNTRY.exec(text.slice(m.end, m.end + 60));
  if (after) {
    const surface = text.slice(m.start, m.end + after[0].length);
    const country = lexicon.country(after[1]!);
    if (country) return { name: country.name, known: true, surface };
    if (!lexicon.lookup(after[1]!).length && !after[1]!.split(' ').some((w) => names.orgHeads.includes(w)))
      return { name: after[1]!, known: false, surface };
  }
  return null;
}

// "the country's Foreign Ministry": the country named last before it.
const COUNTRY_REFERENCE = new RegExp(`\\bthe\\s+(?:${names.countryNouns.join('|')})['’]s\\s+$`, 'iu');
function countryReferredTo(text: string, m: Mention, before: Mention[], lexicon: Lexicon): Qualifier | null {
  if (!COUNTRY_REFERENCE.test(text.slice(Math.max(0, m.start - 20), m.start))) return null;
  const country = before
    .map((b) => (b.entryIds.length === 1 ? lexicon.byId(b.entryIds[0]!) : undefined))
    .filter((e) => e?.type === 'country')
    .pop();
  return country ? { name: country.name, known: true, surface: m.surface } : null;
}

// A lexicon mention right before this one already holds the words before it.
const previousCovers = (previous: Mention | undefined, m: Mention) =>
  !!previous && m.start - previous.end <= 3;

// A possessor is a country when the text also uses it as a place ("in Kestria", "against Kestria"),
// which a person ("Marten's ministry") seldom is.
const isPlaceName = (text: string, word: string) =>
  new RegExp(`\\b(in|to|from|against|with|and|of)\\s+${word}\\b`, 'u').test(text);

// "Kestovian" -> "Kestovia" when the text names it; else the adjective itself stands for the country.
function countryOfAdjective(text: string, adjective: string): string {
  const stem = adjective.replace(/n$/, '');
  return new RegExp(`\\b${stem}\\b`, 'u').test(text) ? stem : adjective;
}
