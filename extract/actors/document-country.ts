// The country a document speaks from: its publisher when that is a state body ("Ministry of Foreign
// Affairs of Arvenia", "US Department of Justice"), else its dateline ("SEOUL —", "BEIJING, Sept. 6").
// An unqualified "the Justice Department" in it is that country's. News outlets give no country: a
// wire story about Washington is not British because its agency is.
import type { DocContext } from '../document/context.js';
import { STATE_BODY_CATEGORIES, type Lexicon } from '../lexicon/types.js';
import type { Actor } from '../../core/types.js';
import type { CountryRef } from './qualify.js';
import names from './names.json' with { type: 'json' };

const OF_NAME = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3})/gu;
const STATE_HEAD = new RegExp(`\\b(${names.stateHeads.join('|')})\\b`);
// "WASHINGTON —", "BEIJING, Sept. 6 (Xinhua) --", "LONDON (Reuters) -"
/** A body of a state: by its lexicon entry, or for a name the lexicon lacks by its words ("Ministry of
 * ...", "... Embassy"). */
export function isStateBody(lexicon: Lexicon, actor: Actor): boolean {
  const entry = lexicon.byId(actor.id);
  return entry ? STATE_BODY_CATEGORIES.has(entry.category) : STATE_HEAD.test(actor.name);
}
const DATELINE = /^\s*([A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2})\s*(?:,|\(|[—–-])/;
const DATELINE_LOOKAHEAD = 3;

export function documentCountry(ctx: DocContext): CountryRef | null {
  return publisherCountry(ctx) ?? datelineCountry(ctx);
}

function publisherCountry(ctx: DocContext): CountryRef | null {
  const publisher = ctx.publisher?.trim();
  if (!publisher) return null;
  const mentions = ctx.lexicon.findMentions(publisher);
  let stateBody = STATE_HEAD.test(publisher);
  for (const m of mentions) {
    const entries = m.entryIds.map((id) => ctx.lexicon.byId(id));
    if (m.via === 'government' && entries[0]) return { name: entries[0].name, known: true };
    const state = entries.filter((e) => e?.country && STATE_BODY_CATEGORIES.has(e.category));
    if (m.entryIds.length === 1 && state[0]) return { name: state[0].country!, known: true };
    if (state.length) stateBody = true;
  }
  if (!stateBody) return null;
  // A state body named with its country: "Ministry of Foreign Affairs of Arvenia", "Embassy of China in the UK".
  // The last "of": "Ministry of Foreign Affairs of Arvenia" is Arvenia's.
  const of = [...publisher.matchAll(OF_NAME)].pop();
  if (of) {
    const after = publisher.slice(of.index);
    const known = ctx.lexicon
      .findMentions(after)
      .map((m) => ctx.lexicon.byId(m.entryIds[0] ?? ''))
      .find((e) => e?.type === 'country');
    return known ? { name: known.name, known: true } : { name: of[1]!, known: false };
  }
  const country = mentions
    .map((m) => ctx.lexicon.byId(m.entryIds[0] ?? ''))
    .find((e) => e?.type === 'country');
  return country ? { name: country.name, known: true } : null;
}

function datelineCountry(ctx: DocContext): CountryRef | null {
  for (const s of ctx.sentences.slice(0, DATELINE_LOOKAHEAD)) {
    const line = DATELINE.exec(ctx.text.slice(s.start, s.end));
    const country = line ? ctx.lexicon.country(line[1]!) : undefined;
    if (country) return { name: country.name, known: true };
  }
  return null;
}
