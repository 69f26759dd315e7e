// Ambiguous short forms ("Foreign Ministry" may be any country's) take the country the text ties them
// to: a country named right before them ("China's foreign ministry"), else the country the document
// mentions most.
import type { Lexicon } from '../lexicon/types.js';
import type { Mention } from './mention.js';

export function countryCounts(mentions: Mention[], lexicon: Lexicon): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.entryIds.length !== 1) continue;
    const entry = lexicon.byId(m.entryIds[0]!);
    if (entry?.type === 'country') counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
  }
  return counts;
}

export function chooseEntry(
  m: Mention,
  previous: Mention | undefined,
  text: string,
  lexicon: Lexicon,
  counts: Map<string, number>,
): string | null {
  if (m.entryIds.length <= 1) return m.entryIds[0] ?? null;
  const candidates = m.entryIds.map((id) => lexicon.byId(id)).filter((e) => e !== undefined);
  const adjacentCountry =
    previous && /^['’]?s?\s*$/u.test(text.slice(previous.end, m.start)) && previous.entryIds.length === 1
      ? lexicon.byId(previous.entryIds[0]!)
      : undefined;
  if (adjacentCountry?.type === 'country') {
    const match = candidates.find((e) => e.country === adjacentCountry.name);
    if (match) return match.id;
  }
  let best = candidates[0];
  for (const e of candidates)
    if ((counts.get(e.country ?? '') ?? 0) > (counts.get(best?.country ?? '') ?? 0)) best = e;
  return best?.id ?? null;
}
