// A name the text introduced once ("a group called Glass Heron", "cybersecurity firm Brightwall") is a
// mention wherever it occurs again ("Glass Heron denied it"), even where no cue stands beside it.
import type { DocContext } from '../document/context.js';
import { overlaps, type Mention } from './mention.js';
import { wholeWordMatches, wholeWordPattern } from '../../core/whole-words.js';

const REPEATED_SOURCES = new Set(['organization', 'acronym']);

export function findRepeats(ctx: DocContext, mentions: Mention[]): Mention[] {
  const introduced = new Map<string, Mention>();
  for (const m of mentions)
    if (m.via === 'new' && REPEATED_SOURCES.has(m.source) && m.type !== 'person' && m.surface.length > 2)
      if (!introduced.has(m.surface)) introduced.set(m.surface, m);
  if (!introduced.size) return [];
  const names = [...introduced.keys()].sort((a, b) => b.length - a.length);
  // A repeat may be wrapped across a line ("Glass\nHeron").
  const pattern = wholeWordPattern(names, { flexibleSpaces: true });
  // Every match starts with a name's first word as it is written: a sentence without any of them is
  // not searched at all.
  const firstWords = [...new Set(names.map((name) => name.split(' ')[0]!))];
  const found: Mention[] = [];
  ctx.sentences.forEach((s, si) => {
    const text = ctx.text.slice(s.start, s.end);
    if (!firstWords.some((word) => text.includes(word))) return;
    for (const hit of wholeWordMatches(text, pattern)) {
      const span = { start: s.start + hit.start, end: s.start + hit.end };
      if (mentions.some((m) => overlaps(m, span)) || found.some((m) => overlaps(m, span))) continue;
      const first = introduced.get(hit.text.replace(/\s+/g, ' '));
      if (first) found.push({ ...first, ...span, surface: hit.text, sentence: si });
    }
  });
  return found;
}
