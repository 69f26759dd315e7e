// Transcript speaker labels ("Wang Lei:", "CCTV:") are mentions of the speaking actor.
import { corporateSuffixes, jobTitles as roles, orgHeads } from './name-words.js';
import type { DocContext } from '../document/context.js';
import type { Mention } from './mention.js';
import { isAcronym } from './acronyms.js';

export function findSpeakerLabels(ctx: DocContext): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<number>();
  for (const p of ctx.paragraphs) {
    const label = p.speaker;
    if (!label || p.chrome || seen.has(label.start) || label.start < p.start) continue;
    seen.add(label.start);
    // "Spokesperson Lin Jian:" names Lin Jian; the title is not part of the name.
    const allWords = label.name.split(' ');
    const titleWords = allWords.findIndex((w) => !roles.has(w.toLowerCase()));
    const words = titleWords > 0 && allWords.length - titleWords >= 2 ? allWords.slice(titleWords) : allWords;
    const name = words.join(' ');
    const start = label.end - name.length;
    // "ESET Research:" is ESET speaking: a known company with its divisional suffix.
    const company = words.length > 1 && words.slice(1).every((w) => corporateSuffixes.has(w));
    const direct = ctx.lexicon.lookup(name);
    const entries =
      direct.length || !company
        ? direct
        : ctx.lexicon.lookup(words[0]!).filter((e) => e.category === 'company');
    const isOrg = isAcronym(label.name) || words.some((w) => orgHeads.has(w));
    // "Spokesperson:", "Embassy Spokesperson:" name a role, not an actor: the publisher speaks.
    if (!entries.length && roles.has(words[words.length - 1]!.toLowerCase())) continue;
    if (!entries.length && !isOrg && words.length < 2) continue;
    mentions.push({
      start,
      end: label.end,
      surface: name,
      source: 'speaker',
      type: entries[0]?.type ?? (isOrg ? 'organization' : 'person'),
      entryIds: entries.map((e) => e.id),
      via: entries.length ? 'name' : 'new',
      sentence: -1,
    });
  }
  return mentions;
}
