// The precision policies the claim engine applies to what a rule's pattern captured: negation, open
// questions and conditionals, victims named as targets or as modifiers, verbs of enforcement, denied
// claims. Each says in its comment which wording it reads, and reads its words from the rule table.
import type { DocContext } from '../document/context.js';
import type { Item } from './items.js';
import type { Captures } from './pattern.js';
import type { RuleTable } from './rule-types.js';

const NEGATION_WINDOW = 3;
const VICTIM_WINDOW = 5;
const UNASSERTED_WINDOW = 4;
const ENFORCED_WINDOW = 4;

// "did not blame", "has never admitted"
export function isNegated(items: Item[], cueIndex: number, table: RuleTable): boolean {
  const negation = table.lists.get('negation')!;
  return (
    cueIndex > 0 &&
    items.slice(Math.max(0, cueIndex - NEGATION_WINDOW), cueIndex).some((i) => negation.has(i.word))
  );
}

// "Ostravia has no plans to carry out cyberattacks", "Veyland has never conducted": negation reaches
// into the clause that names the doer.
export function isNegatedDoer(items: Item[], item: Item, table: RuleTable): boolean {
  const negation = table.lists.get('negation')!;
  const at = items.indexOf(item);
  return items.slice(at + 1, at + 1 + NEGATION_WINDOW).some((i) => negation.has(i.word));
}

// "If Veyland hacked the grid", "unclear whether Veyland was behind it", "no evidence that Veyland
// ...": a doer in a conditional, an open question or a clause whose evidence is denied is asserted by
// nobody.
export function isUnassertedDoer(items: Item[], item: Item, table: RuleTable): boolean {
  const evidence = table.lists.get('evidenceWord')!;
  const openClause = table.lists.get('openClause');
  const at = items.indexOf(item);
  const before = items.slice(Math.max(0, at - UNASSERTED_WINDOW), at);
  return before.some(
    (w, i) => !!openClause?.has(w.word) || (w.word === 'no' && evidence.has(before[i + 1]?.word ?? '')),
  );
}

// "The FBI disrupted a botnet", "said it took down a Veylandic hacking operation": a verb of
// enforcement done to a wrongdoing is none, though "disrupt" elsewhere names one ("disrupted the grid").
export function isEnforcement(items: Item[], verbAt: number, table: RuleTable): boolean {
  if (!table.lists.get('enforce')?.has(items[verbAt]?.word ?? '')) return false;
  const wrongdoing = table.lists.get('wrongdoingNoun');
  return items.slice(verbAt + 1, verbAt + 1 + ENFORCED_WINDOW).some((i) => wrongdoing?.has(i.word));
}

/** The actor is the subject of a verb of enforcement done to a wrongdoing. */
export function isEnforcer(items: Item[], item: Item, table: RuleTable): boolean {
  const at = items.indexOf(item);
  for (let i = at + 1; i < items.length && i - at <= ENFORCED_WINDOW; i++)
    if (items[i]!.tags.has('Verb') && !items[i]!.tags.has('Auxiliary')) return isEnforcement(items, i, table);
  return false;
}

// "China is a major victim of cyberattacks": the actor suffered the wrongdoing.
export function isCalledVictim(items: Item[], item: Item, table: RuleTable): boolean {
  const victim = table.lists.get('victim')!;
  const at = items.indexOf(item);
  return items.slice(at + 1, at + 1 + VICTIM_WINDOW).some((i) => victim.has(i.word));
}

export function isDeniedClaim(
  items: Item[],
  captures: Captures,
  cueIndex: number,
  table: RuleTable,
): boolean {
  const claimant = captures.get('claimant');
  if (!claimant?.length || items.indexOf(claimant[claimant.length - 1]!) !== cueIndex - 1) return false;
  return !!table.lists.get('deny')?.has(items[indexBefore(items, claimant[0]!)]?.word ?? '');
}

// "attacks on X", "a campaign against the X": the actor a wrongdoing noun is done to.
export function isActTarget(items: Item[], item: Item, table: RuleTable): boolean {
  const k = indexBefore(items, item);
  return (
    !!table.lists.get('actTargetPreposition')?.has(items[k]?.word ?? '') &&
    !!table.lists.get('wrongdoingNoun')?.has(items[k - 1]?.word ?? '')
  );
}

// "condemned the Tollgate breach": a company, a party, a ministry ... named as the modifier of a
// wrongdoing noun is what was done to it. A threat group, a country, an intelligence, military or police
// body there names the doer ("the Tin Lynx campaign", "the GRU operation", "Veylandic attacks").
export function isVictimModifier(items: Item[], item: Item, table: RuleTable, ctx: DocContext): boolean {
  const mention = item.mention;
  if (!mention || mention.type !== 'organization' || item.possessive) return false;
  const category = ctx.lexicon.byId(mention.entryIds[0] ?? '')?.category ?? '';
  if (table.lists.get('doerCategory')?.has(category)) return false;
  return !!table.lists.get('wrongdoingNoun')?.has(items[items.indexOf(item) + 1]?.word ?? '');
}

// "condemned the Brightwall report": criticising a report or a claim is disputing it, not accusing
// its author of a wrongdoing.
export const isClaimModifier = (items: Item[], item: Item, table: RuleTable): boolean =>
  !item.possessive && !!table.lists.get('claimNoun')?.has(items[items.indexOf(item) + 1]?.word ?? '');

/** The index of the word before an item's noun phrase: before the item, past one determiner. */
function indexBefore(items: Item[], item: Item): number {
  const k = items.indexOf(item) - 1;
  return items[k]?.tags.has('Determiner') ? k - 1 : k;
}
