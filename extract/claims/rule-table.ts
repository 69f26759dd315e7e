// Loads and compiles the claim rules and word lists. Tests pass their own small tables.
import nlp from 'compromise';
import rulesData from './rules.json' with { type: 'json' };
import wordListData from './word-lists.json' with { type: 'json' };
import { compilePattern, type WordLists } from './pattern.js';
import { PatternFilter } from './pattern-filter.js';
import type { RuleTable } from './rule-types.js';
import { CLAIM_PASSES } from './passes.js';
import {
  parseRuleData,
  parseWordListData,
  RuleTableError,
  type RuleData,
  type WordListData,
} from './rule-schema.js';

export type { RuleData, WordListData };

/** Every inflection of each base verb (accuse -> accuse, accuses, accused, accusing); `finite` leaves
 * out the -ing form, which cannot end a quote's attribution ("..., said X" but not "..., saying X"). */
export function conjugateAll(verbs: string[], finite = false): Set<string> {
  const forms = new Set<string>();
  for (const verb of verbs) {
    forms.add(verb);
    const [head = verb] = verb.split(' ');
    // Tag the word as a verb first: on its own compromise reads "trace" or "target" as a noun.
    for (const conjugation of (nlp(head).tag('Infinitive') as ReturnType<typeof nlp>)
      .verbs()
      .conjugate() as Record<string, string>[]) {
      for (const [tense, form] of Object.entries(conjugation)) {
        // compromise leaves some verbs uninflected ("smear", "unseal", "scam" as their own past): the
        // regular form stands in where it gave the base form back.
        const inflected = form === head && tense in REGULAR_SUFFIX ? regularForm(head, tense) : form;
        if (!inflected.includes(' ') && !(finite && tense === 'Gerund')) forms.add(inflected.toLowerCase());
      }
    }
  }
  return forms;
}

const REGULAR_SUFFIX: Readonly<Record<string, string>> = { PastTense: 'ed', Gerund: 'ing' };

// "smear" -> "smeared", "scam" -> "scammed", "scamming": a one-syllable verb ending in a single vowel
// and consonant doubles it; a final "e" gives way to the suffix.
function regularForm(verb: string, tense: string): string {
  const suffix = REGULAR_SUFFIX[tense]!;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return verb + verb.slice(-1) + suffix;
  return (verb.endsWith('e') ? verb.slice(0, -1) : verb) + suffix;
}

/** Each verb list `name` also gives `nameFinite`, its forms without the -ing form. */
export function buildWordLists(data: WordListData): WordLists {
  const lists = new Map<string, ReadonlySet<string>>();
  for (const [name, verbs] of Object.entries(data.verbs)) {
    lists.set(name, conjugateAll(verbs));
    lists.set(`${name}Finite`, conjugateAll(verbs, true));
  }
  for (const [name, words] of Object.entries(data.words)) lists.set(name, new Set(words));
  return lists;
}

export function compileRuleTable(data: RuleData, lists: WordLists): RuleTable {
  const compile = (p: string) => compilePattern(p, lists);
  for (const pass of data.passes)
    if (!CLAIM_PASSES.has(pass.id))
      throw new RuleTableError(`rules.json: pass ${pass.id} has no implementation`);
  const rules = data.rules.map((r) => {
    try {
      return { ...r, pattern: r.match.trim() ? compile(r.match) : null };
    } catch (error) {
      throw new RuleTableError(`rules.json: rule ${r.id}: ${(error as Error).message}`);
    }
  });
  const patterns = {
    wrongdoer: data.wrongdoer.map(compile),
    target: data.target.map(compile),
    source: data.source.map(compile),
    claimAuthor: data.claimAuthor.map(compile),
    reportReference: (data.reportReference ?? []).map(compile),
  };
  return {
    rules,
    passes: data.passes,
    ...patterns,
    lists,
    actStems: [...(lists.get('actStems') ?? [])],
    patternFilter: new PatternFilter([
      ...rules.flatMap((r) => (r.pattern ? [r.pattern] : [])),
      ...Object.values(patterns).flat(),
    ]),
  };
}

let production: RuleTable | undefined;
/** The production rules, compiled once. */
export function loadRuleTable(): RuleTable {
  production ??= compileRuleTable(parseRuleData(rulesData), buildWordLists(parseWordListData(wordListData)));
  return production;
}
