// Transcript speaker labels ("Wang Lei:", "CCTV:") are mentions of the speaking actor.
import names from './names.json' with { type: 'json' };
import type { DocContext } from '../document/context.js';
import type { Mention } from './mention.js';
import { isAcronym } from './acronyms.js';

const orgHeads = new Set(names.orgHeads);
const roles = new Set(names.roles);

export function findSpeakerLabels(ctx: DocContext): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<number>();
  for (const p of ctx.paragraphs) {
    const label = p.speaker;
    if (!label || p.chrome || seen.has(label.start) || label.start < p.start) continue;
    seen.add(label.start);
    const entries = ctx.lexicon.lookup(label.name);
    const words = label.name.split(' ');
    const isOrg = isAcronym(label.name) || words.some((w) => orgHeads.has(w));
    // "Spokesperson:", "Embassy Spokesperson:" name a role, not an actor: the publisher speaks.
    if (!entries.length && roles.has(words[words.length - 1]!.toLowerCase())) continue;
    if (!entries.length && !isOrg && words.length < 2) continue;
    mentions.push({
      start: label.start,
      end: label.end,
      surface: label.name,
      source: 'speaker',
      type: entries[0]?.type ?? (isOrg ? 'organization' : 'person'),
      entryIds: entries.map((e) => e.id),
      via: entries.length ? 'name' : 'new',
      sentence: -1,
    });
  }
  return mentions;
}
