// rules.json and word-lists.json are checked when loaded: a broken rule fails with its id.
import { describe, expect, it } from 'vitest';
import rulesData from '../../extract/claims/rules.json' with { type: 'json' };
import wordListData from '../../extract/claims/word-lists.json' with { type: 'json' };
import { parseRuleData, parseWordListData, RuleTableError } from '../../extract/claims/rule-schema.js';
import { buildWordLists, compileRuleTable } from '../../extract/claims/rule-table.js';

const rule = {
  id: 'accusation.test-accuse',
  kind: 'accusation',
  predicate: 'accused',
  match: 'claimant=@actor+ cue=$accuse subject=@actor+',
  claimant: ['=claimant'],
  subject: ['=subject'],
  requires: ['claimant', 'subject'],
};
const table = (rules: unknown[], passes: unknown[] = []) => ({
  rules,
  passes,
  wrongdoer: [],
  target: [],
  source: [],
  claimAuthor: [],
});
const lists = buildWordLists({ verbs: { accuse: ['accuse'] }, words: {} });

describe('rule table validation', () => {
  it('accepts the production rules and word lists, with unique rule ids', () => {
    const data = parseRuleData(rulesData);
    const ids = [...data.rules, ...data.passes].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => parseWordListData(wordListData)).not.toThrow();
  });

  it.each([
    [{ ...rule, requires: ['accuser'] }, /rule accusation\.test-accuse: requires\.0/],
    [{ ...rule, kind: 'denial' }, /rule accusation\.test-accuse: .*starts with the rule kind/],
    [{ ...rule, claimant: ['speaker'] }, /rule accusation\.test-accuse: claimant\.0/],
    [{ ...rule, macth: 'x' }, /rule accusation\.test-accuse: .*macth/],
  ])('names the rule and the field that is wrong (%#)', (bad, message) => {
    expect(() => parseRuleData(table([bad]))).toThrow(message);
  });

  it('refuses a rule id used twice', () => {
    expect(() => parseRuleData(table([rule, rule]))).toThrow(/accusation\.test-accuse is used twice/);
  });

  it('names the rule whose pattern uses an unknown word list', () => {
    const data = parseRuleData(table([{ ...rule, match: 'claimant=@actor+ cue=$blame subject=@actor+' }]));
    expect(() => compileRuleTable(data, lists)).toThrow(
      /rule accusation\.test-accuse: unknown word list "\$blame"/,
    );
  });

  it('refuses a declared pass that has no implementation', () => {
    const data = parseRuleData(table([], [{ id: 'accusation.no-such-pass', kind: 'accusation' }]));
    expect(() => compileRuleTable(data, lists)).toThrow(RuleTableError);
  });

  it('refuses a word list that repeats a word or holds a phrase', () => {
    expect(() => parseWordListData({ verbs: {}, words: { aux: ['has', 'has'] } })).toThrow(
      /words\.aux: a word is listed twice/,
    );
    expect(() => parseWordListData({ verbs: { accuse: ['call out'] }, words: {} })).toThrow(/one word/);
  });
});

describe('verb lists', () => {
  it('hold every inflection of each lemma, regular where compromise gives the base form back', () => {
    const verbs = buildWordLists({ verbs: { v: ['accuse', 'unseal', 'scam', 'smear'] }, words: {} }).get('v');
    expect([...verbs!].sort()).toEqual(
      [
        ...['accuse', 'accused', 'accuses', 'accusing'],
        ...['unseal', 'unsealed', 'unseals', 'unsealing'],
        ...['scam', 'scammed', 'scams', 'scamming'],
        ...['smear', 'smeared', 'smears', 'smearing'],
      ].sort(),
    );
  });
});
