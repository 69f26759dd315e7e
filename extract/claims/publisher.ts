// Who a document speaks for when it names no speaker, and which actors are news outlets.
// A publisher speaks for a body only when its name says it is a government body ("Embassy of ..."),
// or that the text is an organisation's own release ("ESET press release", "Google blog post").
import type { Actor } from '../../core/types.js';
import type { Resolution } from '../actors/resolve.js';
import { nameKey } from '../actors/text-utils.js';
import { publisherForms } from '../actors/find-publisher.js';
import type { DocContext } from '../document/context.js';
import type { Lexicon } from '../lexicon/types.js';
import type { WordLists } from './pattern.js';

// Statements a government body publishes speak for it when no speaker is named (press releases,
// embassy remarks); a news outlet's own narration speaks for nobody.
const PUBLISHING_BODIES = new Set([
  'country',
  'ministry',
  'agency',
  'government',
  'military',
  'police',
  'prosecutor',
  'regulator',
  'international',
]);

// An organisation's own release speaks for it, whoever relays it ("PRNewswire press release by X").
const RELEASING_BODIES = new Set([...PUBLISHING_BODIES, 'company', 'research', 'university', 'unit']);

export function publisherActor(ctx: DocContext, resolution: Resolution, lists: WordLists): string[] {
  const publisher = ctx.publisher;
  if (!publisher) return [];
  if (hasWord(publisher, lists.get('releaseWords')!)) return releasingBody(publisher, ctx, resolution);
  if (hasWord(publisher, lists.get('mediaWords')!) || !hasWord(publisher, lists.get('governmentWords')!))
    return [];
  // The publisher as the text names it ("Ministry of Foreign Affairs of Arvenia", a body the lexicon lacks).
  const named = resolution.actors.find((a) =>
    [a.name, ...a.aliases].some((n) => nameKey(n) === nameKey(publisher)),
  );
  if (named) return [named.id];
  const present = new Set(resolution.actors.map((a) => a.id));
  for (const match of ctx.lexicon.findMentions(publisher)) {
    if (match.via === 'demonym' || match.via === 'capital') continue;
    for (const id of match.entryIds) {
      const entry = ctx.lexicon.byId(id);
      if (!entry || !PUBLISHING_BODIES.has(entry.category)) continue;
      if (present.has(entry.id)) return [entry.id];
      const country = entry.country && ctx.lexicon.country(entry.country);
      if (country && present.has(country.id)) return [country.id];
    }
  }
  return [];
}

// The first organisation of the release's publisher line that the text names and that is no news outlet.
function releasingBody(publisher: string, ctx: DocContext, resolution: Resolution): string[] {
  const present = new Set(resolution.actors.map((a) => a.id));
  for (const match of ctx.lexicon.findMentions(publisher)) {
    if (match.via === 'demonym' || match.via === 'capital') continue;
    for (const id of match.entryIds) {
      const entry = ctx.lexicon.byId(id);
      if (
        entry &&
        RELEASING_BODIES.has(entry.category) &&
        entry.category !== 'country' &&
        present.has(entry.id)
      )
        return [entry.id];
    }
  }
  return [];
}

export function isMedia(actor: Actor, lexicon: Lexicon, mediaWords: ReadonlySet<string>): boolean {
  const entry = lexicon.byId(actor.id);
  if (entry) return entry.category === 'media';
  return actor.type === 'organization' && hasWord(actor.name, mediaWords);
}

const hasWord = (name: string, words: ReadonlySet<string>) =>
  name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => words.has(w));

/** The document's publisher as its text names it (the forms the actor stage looks for, find-publisher.ts). */
export function isOwnPublisher(ctx: DocContext, actor: Actor): boolean {
  const keys = new Set((publisherForms(ctx)?.surfaces ?? []).map(nameKey));
  return [actor.name, ...actor.aliases].some((n) => keys.has(nameKey(n)));
}
