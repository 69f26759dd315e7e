// text -> document -> sentences -> actor mentions -> resolved actors -> claims
import { createHash } from 'node:crypto';
import type { Actor, Claim, Extraction, SourceDocument } from '../core/types.js';
import { findActors } from './actors/index.js';
import { extractClaims } from './claims/engine.js';
import { qualifiedNameAffiliations } from './claims/qualified-names.js';
import { loadRuleTable } from './claims/rule-table.js';
import type { RuleTable } from './claims/rule-types.js';
import { buildContext } from './document/context.js';
import { loadLexicon } from './lexicon/index.js';
import type { Lexicon } from './lexicon/types.js';
import { installLexiconPlugin } from './nlp/lexicon-plugin.js';

export interface ExtractOptions {
  /** Defaults to the production lexicon; tests pass their own small one. */
  lexicon?: Lexicon;
  /** Defaults to the production rules. */
  rules?: RuleTable;
}

/** Extracts actors and claims from one document. Pure: no I/O. */
export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}): Extraction {
  const lexicon = options.lexicon ?? loadLexicon();
  installLexiconPlugin(lexicon);
  const ctx = buildContext(doc, lexicon);
  const resolution = findActors(ctx);
  const drafts = [
    ...extractClaims(ctx, resolution, options.rules ?? loadRuleTable()),
    ...qualifiedNameAffiliations(ctx, resolution),
  ];
  const claims = uniqueClaims(drafts).map((c, i): Claim => ({ id: claimId(doc.meta.id, c, i), ...c }));
  const used = new Set(claims.flatMap((c) => [c.claimant, c.subject, c.object]));
  const actors = resolution.actors.filter((a) => !resolution.adjectivalOnly.has(a.id) || used.has(a.id));
  return { document: doc.meta, actors: actors.map(sortMentions), claims };
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
