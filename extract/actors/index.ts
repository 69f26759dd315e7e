// Actor stage: find mentions (lexicon, speaker labels, people, organisations, acronyms), then resolve
// them into actors. Earlier finders win overlaps: the lexicon is more reliable than capitalisation.
import type { DocContext } from '../document/context.js';
import { findAcronymDefinitions, findAcronymUses } from './acronyms.js';
import { documentCountry, isStateBody } from './document-country.js';
import { findCredits } from './find-credits.js';
import { findNamedByShape } from './find-named.js';
import { findRepeats } from './find-repeats.js';
import { findLexiconMentions } from './find-lexicon.js';
import { findListMembers } from './find-lists.js';
import { findOrganizations } from './find-organizations.js';
import { findPartialNames, findPeople } from './find-people.js';
import { findPublisher } from './find-publisher.js';
import { findSpeakerLabels } from './find-speakers.js';
import { withHyphenatedNames } from './hyphenated.js';
import { overlaps, type Mention } from './mention.js';
import { qualifyBodies } from './qualify.js';
import { findReferences } from './references.js';
import { resolveActors, type Resolution } from './resolve.js';

export function findActors(ctx: DocContext): Resolution {
  const lexicon = qualifyBodies(ctx.text, findLexiconMentions(ctx), ctx.lexicon, documentCountry(ctx));
  const organizations = findOrganizations(ctx, lexicon);
  const speakers = findSpeakerLabels(ctx);
  const known = withoutOverlaps([
    ...speakers,
    ...findCredits(ctx, [...speakers, ...lexicon]),
    ...findNamedByShape(ctx, [...speakers, ...lexicon]),
    ...lexicon.filter((m) => !organizations.some((o) => overlaps(o, m))),
    ...findPublisher(ctx, [...speakers, ...lexicon]),
    ...organizations,
  ]);
  const people = findPeople(ctx, known);
  const listed = findListMembers(ctx, [...known, ...people]);
  const named = [...known, ...people, ...listed];
  const partial = findPartialNames(ctx, people, named);
  const { links, added } = findAcronymDefinitions(ctx, [...named, ...partial]);
  const all = withHyphenatedNames(ctx.text, withoutOverlaps([...named, ...partial, ...added]));
  const acronyms = links.map((l) => l.acronym.surface);
  const uses = findAcronymUses(ctx, acronyms, all);
  const repeats = findRepeats(ctx, [...all, ...uses]);
  const resolution = resolveActors(ctx.text, [...all, ...uses, ...repeats], links, ctx.lexicon);
  const references = findReferences(ctx.sentences, resolution.mentions, stateBodyCountries(ctx, resolution));
  return { ...resolution, references };
}

// Keeps the first of any overlapping mentions (callers order finders by reliability).
function withoutOverlaps(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of mentions) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept;
}

// The country of every actor that is a body of a state, and of every country: what a description like
// "Kestria's spy agency" can refer to.
const stateBodyCountries = (ctx: DocContext, resolution: Resolution): Map<string, string | null> =>
  new Map(
    resolution.actors
      .filter((a) => a.type === 'country' || isStateBody(ctx.lexicon, a))
      .map((a) => [a.id, a.country]),
  );
