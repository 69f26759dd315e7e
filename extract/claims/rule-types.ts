// The shape of the claim rule table (rules.json) and its compiled form.
import type { ClaimKind } from '../../core/types.js';
import type { CompiledPattern, WordLists } from './pattern.js';

/** Where a role's actor comes from: a capture (`=name`) or a named strategy. */
export type RoleSource = `=${string}` | 'source' | 'wrongdoer' | 'target' | 'rejectedAccuser' | 'claimAuthor';
export type Role = 'claimant' | 'subject' | 'object';
export type Scope = 'afterCue' | 'beforeCue' | 'sentence';

export interface ClaimRuleData {
  id: string;
  kind: ClaimKind;
  predicate: string;
  match: string;
  scope?: Scope;
  claimant?: RoleSource[];
  subject?: RoleSource[];
  object?: RoleSource[];
  requires: Role[];
  /** Drop this rule's claims when the sentence also yields claims of these kinds ... */
  unlessKinds?: ClaimKind[];
  /** ... or contains a word of this list. */
  unlessWords?: string;
}

export interface ClaimRule extends ClaimRuleData {
  pattern: CompiledPattern | null;
}

export interface RuleTable {
  rules: ClaimRule[];
  wrongdoer: CompiledPattern[];
  target: CompiledPattern[];
  source: CompiledPattern[];
  claimAuthor: CompiledPattern[];
  /** Word lists the engine itself consults: negation, victim, mediaWords. */
  lists: WordLists;
}
