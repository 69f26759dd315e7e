// text -> document -> sentences -> actor mentions -> resolved actors -> claims
import { createHash } from 'node:crypto';
import type { Actor, Claim, Extraction, SourceDocument, Span } from '../core/types.js';
import { findActors } from './actors/index.js';
import { withCertainty } from './certainty/certainty.js';
import { extractClaims } from './claims/engine.js';
import { loadRuleTable } from './claims/rule-table.js';
import type { RuleTable } from './claims/rule-types.js';
import { buildContext } from './document/context.js';
import { loadLexicon } from './lexicon/index.js';
import type { Lexicon } from './lexicon/types.js';
import { installLexiconPlugin } from './nlp/lexicon-plugin.js';
import { parseWindows } from './nlp/parse.js';

export interface ExtractOptions {
  /** Defaults to the production lexicon; tests pass their own small one. */
  lexicon?: Lexicon;
  /** Defaults to the production rules. */
  rules?: RuleTable;
}

/** Extracts actors and claims from one document. Pure: no I/O. A document longer than SECTION_CHARS
 * is extracted in sections of about that size (whole lines where there are lines), so that time stays
 * linear and memory bounded however long it is: the stages that compare mentions with mentions
 * never see more than a section. Acronyms, partial names and pronouns are then linked within a
 * section only; actors are merged by id across sections. */
export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}): Extraction {
  const lexicon = options.lexicon ?? loadLexicon();
  const rules = options.rules ?? loadRuleTable();
  installLexiconPlugin(lexicon);
  const drafts: Omit<Claim, 'id'>[] = [];
  const actors = new Map<string, Actor>();
  /** Whether every section that names the actor names it only adjectivally. */
  const adjectivalOnly = new Map<string, boolean>();
  for (const section of sections(doc.text, doc.bodyStart)) {
    const ctx = buildContext(doc, lexicon, section);
    const resolution = findActors(ctx);
    drafts.push(...extractClaims(ctx, resolution, rules));
    for (const actor of resolution.actors) {
      const seen = actors.get(actor.id);
      if (seen) mergeActor(seen, actor);
      else actors.set(actor.id, { ...actor, aliases: [...actor.aliases], mentions: [...actor.mentions] });
      const adjectival = resolution.adjectivalOnly.has(actor.id);
      adjectivalOnly.set(actor.id, (adjectivalOnly.get(actor.id) ?? true) && adjectival);
    }
  }
  const claims: Claim[] = withCertainty(
    uniqueClaims(drafts).map((c, i) => ({ id: claimId(doc.meta.id, c, i), ...c })),
  );
  const used = new Set(claims.flatMap((c) => [c.claimant, c.subject, c.object]));
  const kept = [...actors.values()].filter((a) => !adjectivalOnly.get(a.id) || used.has(a.id));
  return { document: doc.meta, actors: kept.map(sortMentions), claims };
}

/** Sections of the body: runs of parse windows (whole lines, or pieces of a very long line) of
 * about SECTION_CHARS; a document shorter than that is one section. */
export const SECTION_CHARS = 64 * 1024;

function sections(text: string, bodyStart: number): Span[] {
  if (text.length - bodyStart <= SECTION_CHARS) return [{ start: bodyStart, end: text.length }];
  const found: Span[] = [];
  for (const [start, end] of parseWindows(text, bodyStart, text.length)) {
    const last = found.at(-1);
    if (last && end - last.start <= SECTION_CHARS) last.end = end;
    else found.push({ start, end });
  }
  return found;
}

function mergeActor(into: Actor, other: Actor): void {
  for (const alias of [other.name, ...other.aliases])
    if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
  into.mentions.push(...other.mentions);
}

function uniqueClaims(claims: Omit<Claim, 'id'>[]): Omit<Claim, 'id'>[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.kind}|${c.claimant}|${c.subject}|${c.object}|${c.evidence.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Stable across runs: the document's content id plus what the claim says and where.
function claimId(documentId: string, c: Omit<Claim, 'id'>, index: number): string {
  const digest = createHash('sha256')
    .update(`${c.kind}|${c.claimant}|${c.subject}|${c.object}|${c.evidence.start}|${index}`)
    .digest('hex');
  return `${documentId}-${digest.slice(0, 12)}`;
}

const sortMentions = (a: Actor): Actor => ({
  ...a,
  mentions: [...a.mentions].sort((x, y) => x.start - y.start),
});
