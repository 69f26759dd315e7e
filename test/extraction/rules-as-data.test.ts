// Rules are data: the engine run with a tiny lexicon of invented actors and a tiny rule table of its
// own. A verb added to a word list, or a new rule, changes the claims without touching code.
import { describe, expect, it } from 'vitest';
import {
  buildWordLists,
  compileRuleTable,
  type RuleData,
  type WordListData,
} from '../../extract/claims/rule-table.js';
import { createLexicon, type LexiconEntry } from '../../extract/lexicon/index.js';
import { country } from './invented-world.js';
import { actorIds, claimSummaries, claimWith, expectGrounded, extractText } from './extraction.js';

const lexicon = createLexicon(
  [
    country('Arvenia', 'Arvenian', 'Velsk'),
    country('Kestovia', 'Kestovian', 'Dornholm'),
    {
      id: 'acsc',
      name: 'Arvenian Cyber Security Centre',
      type: 'organization',
      category: 'agency',
      aliases: ['ACSC'],
      country: 'Arvenia',
      parent: 'arvenia',
    },
    {
      id: 'amber-lynx',
      name: 'Amber Lynx',
      type: 'threat_group',
      category: 'threat_group',
      aliases: [],
      country: 'Kestovia',
      parent: null,
    },
  ] satisfies LexiconEntry[],
  { governmentNouns: ['government'], governmentOf: [], nonActorPhrases: [], portfolioForms: {} },
);

// The lists the engine itself consults must exist; the rule lists are ours.
const wordLists = (accuse: string[]): WordListData => ({
  verbs: { accuse, report: ['say'], wrongdoing: ['breach', 'sabotage'] },
  words: {
    aux: ['has', 'have'],
    negation: ['not', 'never'],
    victim: ['victim'],
    mediaWords: ['news'],
    governmentWords: ['government'],
  },
});
const ruleData: RuleData = {
  rules: [
    {
      id: 'accusation.test-accuse',
      kind: 'accusation',
      predicate: 'accused',
      match: 'claimant=@actor+ $aux* cue=$accuse subject=@actor+',
      claimant: ['=claimant'],
      subject: ['=subject'],
      requires: ['claimant', 'subject'],
    },
    {
      id: 'accusation.test-said-wrongdoing',
      kind: 'accusation',
      predicate: 'said',
      match: 'claimant=@actor+ cue=$report',
      scope: 'afterCue',
      claimant: ['=claimant'],
      subject: ['wrongdoer'],
      requires: ['claimant', 'subject'],
    },
  ],
  passes: [],
  wrongdoer: ['wrongdoer=@actor+ $aux* $wrongdoing'],
  target: [],
  source: [],
  claimAuthor: [],
};
const table = (accuse: string[]) => compileRuleTable(ruleData, buildWordLists(wordLists(accuse)));

const TEXT =
  'Arvenia has fingered Kestovia for the outage. The ACSC said Amber Lynx breached the grid operator.\n';

describe('the engine with a custom lexicon and rule table', () => {
  it('finds the invented actors, and only them', () => {
    expect(actorIds(extractText(TEXT, { lexicon, rules: table(['accuse']) })).sort()).toEqual([
      'acsc',
      'amber-lynx',
      'arvenia',
      'kestovia',
    ]);
  });

  it('makes only the claims its rules describe, each with the id of its rule', () => {
    const x = extractText(TEXT, { lexicon, rules: table(['accuse']) });
    expect(
      x.claims.filter((c) => c.kind === 'accusation').map((c) => `${c.rule} ${c.claimant}>${c.subject}`),
    ).toEqual(['accusation.test-said-wrongdoing acsc>amber-lynx']);
    expectGrounded(x, claimWith(x, 'accusation', 'breached'), 'said Amber Lynx breached');
  });

  it('a verb added to a word list yields a new claim from the rule that names the list', () => {
    const x = extractText(TEXT, { lexicon, rules: table(['accuse', 'finger']) });
    const claim = claimWith(x, 'accusation', 'fingered');
    expect([claim.rule, claim.claimant, claim.subject]).toEqual([
      'accusation.test-accuse',
      'arvenia',
      'kestovia',
    ]);
    expectGrounded(x, claim, 'has fingered Kestovia');
  });

  it('the negation list still applies to the new verb', () => {
    const x = extractText('Arvenia has never fingered Kestovia for the outage.\n', {
      lexicon,
      rules: table(['accuse', 'finger']),
    });
    expect(claimSummaries(x, 'accusation')).toEqual([]);
  });

  it('a rule table without a rule for a sentence form makes no claim of it', () => {
    const noRules = compileRuleTable(
      { ...ruleData, rules: [] },
      buildWordLists(wordLists(['accuse', 'finger'])),
    );
    expect(claimSummaries(extractText(TEXT, { lexicon, rules: noRules }), 'accusation')).toEqual([]);
  });
});
