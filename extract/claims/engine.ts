// The claim engine: applies each rule of the table to each sentence and turns the actors its roles
// name into claims. Every claim carries the id of the rule that made it.
import type { Claim, ClaimKind } from '../../core/types.js';
import type { DocContext } from '../document/context.js';
import type { Resolution, ResolvedMention } from '../actors/resolve.js';
import { isPassive, isPassiveSubject, sentenceItems, type Item } from './items.js';
import { matchAll, type Captures, type CompiledPattern } from './pattern.js';
import type { MayMatch } from './pattern-filter.js';
import type { ClaimRule, Role, RoleSource, RuleTable } from './rule-types.js';
import { actorIds, sentenceSources } from './sources.js';
import { withoutAdjunctAsides, withoutReportingAsides } from './asides.js';
import {
  isNegated,
  isNegatedDoer,
  isUnassertedDoer,
  isEnforcement,
  isEnforcer,
  isCalledVictim,
  isDeniedClaim,
  isActTarget,
  isVictimModifier,
  isClaimModifier,
} from './policies.js';
import { rejectedAccusers } from './rejected-accuser.js';
import { buildSides } from './sides.js';
import { documentCountry } from '../actors/document-country.js';
import type { DraftClaim } from './draft-claim.js';
import { publisherActor } from './publisher.js';
import { runPasses } from './passes.js';
import {
  mediaActors,
  withoutMediaClaimants,
  withoutSameSideAccusations,
  withoutVetoedRules,
} from './document-passes.js';

export function extractClaims(
  ctx: DocContext,
  resolution: Resolution,
  table: RuleTable,
): Omit<Claim, 'id'>[] {
  const bySentence = groupBySentence(ctx.sentences.length, [
    ...resolution.mentions.filter((m) => m.sentence >= 0),
    ...resolution.references,
  ]);
  const items = ctx.sentences.map((s, i) => sentenceItems(s, bySentence[i]!));
  const mayMatch = items.map((sentenceItems) => table.patternFilter.forSentence(sentenceItems));
  // Rules and speakers are read past adjunct asides ("Brightwall, in a blog post, said ...").
  const patternItems = items.map(withoutAdjunctAsides);
  const speakers = resolution.mentions.filter((m) => m.source === 'speaker');
  const publisher = publisherActor(ctx, resolution, table.lists);
  const media = mediaActors(resolution, table, ctx, publisher);
  const sources = sentenceSources(ctx, patternItems, mayMatch, speakers, table, publisher);
  // Several rules may draft the same claim; extractDocument keeps the first of each.
  const drafts: DraftClaim[] = [];
  items.forEach((sentenceItems, index) => {
    const usedCues = new Set<Item>();
    const sentence: RuleSentence = {
      index,
      items: sentenceItems,
      source: sources[index]!,
      mayMatch: mayMatch[index]!,
    };
    for (const rule of table.rules) {
      if (rule.pattern && !sentence.mayMatch(rule.pattern)) continue;
      const matches: Captures[] = rule.pattern ? matchAll(rule.pattern, patternItems[index]!) : [new Map()];
      for (const captures of matches) {
        const cue = captures.get('cue')?.[0];
        if (cue && usedCues.has(cue)) continue;
        const made = applyRule(rule, captures, sentence, table, ctx);
        if (cue && made.length) usedCues.add(cue);
        drafts.push(...made);
      }
    }
  });
  const kept = withoutMediaClaimants(withoutVetoedRules(drafts, items, table), items, media, table);
  kept.push(...runPasses(table.passes, kept, ctx, resolution));
  const sides = buildSides(resolution, kept, documentCountry(ctx)?.name ?? null);
  rejectedAccusers(kept, sides, media);
  return withoutSameSideAccusations(kept, sides).map(toClaim);
}

// Drops the fields only the engine's passes use.
function toClaim(draft: DraftClaim): Omit<Claim, 'id'> {
  const { kind, claimant, subject, predicate, object, act, evidence, rule } = draft;
  return { kind, claimant, subject, predicate, object, act, evidence, rule };
}

/** One sentence as the rules see it: its items, who speaks in it, and which patterns may match it. */
interface RuleSentence {
  index: number;
  items: Item[];
  source: string[];
  mayMatch: MayMatch;
  /** The targets of the sentence's acts, found when a rule first asks (targetsOf). */
  targets?: ReadonlySet<Item>;
  /** The sentence, or the part of it a rule's scope gives, without its reporting asides (clauseOf). */
  doerClauses?: Map<string, Item[]>;
}

function applyRule(
  rule: ClaimRule,
  captures: Captures,
  sentence: RuleSentence,
  table: RuleTable,
  ctx: DocContext,
): DraftClaim[] {
  const { items } = sentence;
  const cue = captures.get('cue')?.[0];
  const cueIndex = cue ? items.indexOf(cue) : -1;
  // Accusations and admissions assert something; denials and affiliations are read differently.
  const asserts = rule.kind === 'accusation' || rule.kind === 'admission';
  if (asserts && isNegated(items, cueIndex, table)) return [];
  // Cue words are verbs: "the Mandiant report" is not "Mandiant reported". compromise knows a few only
  // as nouns ("the EU sanctions two Veylandic officers"): right after its actor and before an object
  // (not a preposition or a verb: "EU sanctions on Veyland", "US sanctions have hurt") it is the verb.
  if (cue && cue.word !== 'that' && !cue.tags.has('Verb') && !isVerbAfterActor(items, cueIndex)) return [];
  // The subject of a passive verb is not its doer: "X was accused", "X was claimed to have been hit".
  if (
    cue &&
    isPassive(cue, items[cueIndex - 1]) &&
    (captures.get('claimant')?.[0]?.start ?? Infinity) < cue.start
  )
    return [];
  // An act a rule captures (`act`) is admitted only unnegated ("said it had not attacked" denies it),
  // and, when the rule captures its doer as the claimant itself (`doer`: "it", "we"), only in the
  // active voice: "confirmed that it was attacked" reports what the claimant suffered.
  const admitted = captures.get('act')?.[0];
  if (
    admitted &&
    (isNegated(items, items.indexOf(admitted), table) ||
      (captures.has('doer') && admitted.tags.has('Passive')) ||
      isEnforcement(items, items.indexOf(admitted), table))
  )
    return [];
  // "Iran denies US claims it was behind ...": after a verb of denial, "US claims" is what is denied,
  // a noun, not the US claiming anything.
  if (asserts && isDeniedClaim(items, captures, cueIndex, table)) return [];
  // A victim is never the accused: "linked Tin Lynx to attacks on Tollgate" names Tollgate as what was
  // attacked. (In "blamed the attacks on X" the "on" is the verb's, and X the accused.)
  const accused = captures.get('subject');
  if (rule.kind === 'accusation' && accused && !table.lists.get('blameOn')?.has(cue?.word ?? ''))
    captures.set(
      'subject',
      accused.filter(
        (item) =>
          !isActTarget(items, item, table) &&
          !isVictimModifier(items, item, table, ctx) &&
          !(cue && table.lists.get('accuse')?.has(cue.word) && isClaimModifier(items, item, table)),
      ),
    );
  const scoped = scopeItems(items, rule.scope, cueIndex);
  const role = (r: Role): string[] => {
    for (const from of rule[r] ?? []) {
      const ids = resolveRole(from, captures, sentence, scoped, table);
      if (ids.length) return ids;
    }
    return [];
  };
  // A role the rule requires and cannot fill ends it before the next role is looked for (finding a
  // wrongdoer or a target means trying patterns over the sentence).
  const claimants = role('claimant');
  if (rule.requires.includes('claimant') && !claimants.length) return [];
  const subjects = rule.reciprocal
    ? claimants
    : role('subject').filter((id) => !claimants.includes(id) || rule.kind === 'affiliation');
  if (rule.requires.includes('subject') && !subjects.length) return [];
  const objects = role('object').filter((id) => !claimants.includes(id) && !subjects.includes(id));
  if (rule.requires.includes('object') && !objects.length) return [];
  const needsAccuser = (rule.object ?? []).includes('rejectedAccuser') && objects.length === 0;
  const s = ctx.sentences[sentence.index]!;
  const evidence = { start: s.start, end: s.end, text: ctx.text.slice(s.start, s.end) };
  const act = actPhrase(table.actStems, ctx.text, rule.kind, rule.predicate, captures, items);
  const drafts: DraftClaim[] = [];
  for (const claimant of claimants.length ? claimants : [null]) {
    for (const subject of subjects.length ? subjects : [null]) {
      if (subject !== null && subject === claimant) continue;
      drafts.push({
        kind: rule.kind,
        claimant: rule.kind === 'affiliation' ? null : claimant,
        subject,
        predicate: rule.predicate,
        object: objects[0] ?? null,
        act,
        evidence,
        rule: rule.id,
        sentence: sentence.index,
        needsAccuser,
        sentenceActors: actorIds(items),
      });
    }
  }
  return drafts;
}

function isVerbAfterActor(items: Item[], i: number): boolean {
  const next = items[i + 1];
  return (
    !!items[i - 1]?.mention &&
    !!next &&
    !/[,;:.()]/u.test(items[i]!.post) &&
    !['Preposition', 'Verb', 'Conjunction'].some((tag) => next.tags.has(tag))
  );
}

function resolveRole(
  from: RoleSource,
  captures: Captures,
  sentence: RuleSentence,
  scoped: Item[],
  table: RuleTable,
): string[] {
  if (from.startsWith('=')) return actorIds(captures.get(from.slice(1)));
  const { items, mayMatch } = sentence;
  switch (from) {
    case 'source':
      return sentence.source;
    case 'wrongdoer': {
      const victims = targetsOf(sentence, table);
      const clause = clauseOf(sentence, scoped, table);
      return firstCapture(
        table.wrongdoer.filter(mayMatch),
        clause,
        'wrongdoer',
        (item) =>
          !victims.has(item) &&
          !isCalledVictim(clause, item, table) &&
          !isNegatedDoer(clause, item, table) &&
          !isUnassertedDoer(clause, item, table) &&
          !isEnforcer(clause, item, table) &&
          !isPassiveSubject(clause, item, table.lists.get('wrongdoingVerb')),
      );
    }
    case 'target':
      return firstCapture(table.target.filter(mayMatch), items, 'target');
    case 'claimAuthor':
      return firstCapture(table.claimAuthor.filter(mayMatch), items, 'author');
    default:
      return [];
  }
}

// The targets of a sentence's acts ("against X", "the breach of X"), found once per sentence. (Kept on
// the sentence, not in a module-wide WeakMap: a long-lived weak table that every sentence enters makes
// each young-generation garbage collection slower.)
function targetsOf(sentence: RuleSentence, table: RuleTable): ReadonlySet<Item> {
  sentence.targets ??= new Set(
    table.target.flatMap((p) => matchAll(p, sentence.items).flatMap((c) => c.get('target') ?? [])),
  );
  return sentence.targets;
}

// The part of the sentence a doer is looked for in, without reporting asides: the same few parts (the
// whole sentence, what follows or precedes a cue) are asked for by rule after rule.
function clauseOf(sentence: RuleSentence, scoped: Item[], table: RuleTable): Item[] {
  const key = `${sentence.items.indexOf(scoped[0]!)}:${scoped.length}`;
  sentence.doerClauses ??= new Map();
  let clause = sentence.doerClauses.get(key);
  if (!clause) {
    clause = withoutReportingAsides(scoped, table.lists.get('report')!);
    sentence.doerClauses.set(key, clause);
  }
  return clause;
}

// Patterns are listed most reliable first: the first that captures anything decides.
function firstCapture(
  patterns: CompiledPattern[],
  items: Item[],
  name: string,
  keep: (item: Item) => boolean = () => true,
): string[] {
  for (const pattern of patterns) {
    const ids = matchAll(pattern, items).flatMap((captures) => actorIds(captures.get(name)?.filter(keep)));
    if (ids.length) return [...new Set(ids)];
  }
  return [];
}

function scopeItems(items: Item[], scope: ClaimRule['scope'], cueIndex: number): Item[] {
  if (cueIndex < 0 || scope === 'sentence' || !scope) return items;
  return scope === 'afterCue' ? items.slice(cueIndex) : items.slice(0, cueIndex);
}

function groupBySentence(count: number, mentions: ResolvedMention[]): ResolvedMention[][] {
  const groups: ResolvedMention[][] = Array.from({ length: count }, () => []);
  for (const m of mentions) groups[m.sentence]?.push(m);
  for (const g of groups) g.sort((a, b) => a.start - b.start);
  return groups;
}

// A few words saying what was done: from the first wrongdoing word after the cue to the end of its
// phrase (at most a few items, stopping at a comma), else the rule's predicate.
const ACT_ITEMS = 4;

function actPhrase(
  stems: readonly string[],
  text: string,
  kind: ClaimKind,
  predicate: string,
  captures: Captures,
  items: Item[],
): string {
  if (kind === 'affiliation') return predicate;
  const cue = captures.get('cue')?.[0];
  const from = cue ? items.indexOf(cue) + 1 : 0;
  const first = items.findIndex(
    (i, k) => k >= from && !i.mention && stems.some((stem) => i.word.includes(stem)),
  );
  if (first < 0) return predicate;
  let last = first;
  while (last + 1 < items.length && last - first < ACT_ITEMS && !/[,;.]/.test(items[last]!.post)) last++;
  return text.slice(items[first]!.start, items[last]!.end).replace(/[“”"]/g, '');
}
