// The shape of the claim rule table (rules.json) and its compiled form.
import type { CompiledPattern, WordLists } from './pattern.js';
import type { PatternFilter } from './pattern-filter.js';
import type { ClaimRuleData, PassData } from './rule-schema.js';

export type { ClaimRuleData, PassData };

/** Where a role's actor comes from: a capture (`=name`) or a named strategy. */
export type RoleSource = NonNullable<ClaimRuleData['claimant']>[number];
export type Role = 'claimant' | 'subject' | 'object';
export type Scope = 'afterCue' | 'beforeCue' | 'sentence';

export interface ClaimRule extends ClaimRuleData {
  pattern: CompiledPattern | null;
}

export interface RuleTable {
  rules: ClaimRule[];
  /** Claim producers written in code, run after the rules in this order. */
  passes: PassData[];
  wrongdoer: CompiledPattern[];
  target: CompiledPattern[];
  source: CompiledPattern[];
  claimAuthor: CompiledPattern[];
  /** A sentence that cites a report without naming its authors ("According to the report, ..."). */
  reportReference: CompiledPattern[];
  /** The word lists, the rules' and those the engine itself consults: negation, victim and
   * evidenceWord always; openClause, actTargetPreposition, blameOn and the like when present. */
  lists: WordLists;
  /** Word stems that start the `act` phrase of a claim ("hack" in "hacked the grid"). */
  actStems: readonly string[];
  /** Tells which of the table's patterns may match a sentence, so the others are not tried. */
  patternFilter: PatternFilter;
}
