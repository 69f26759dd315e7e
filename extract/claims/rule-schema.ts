// The shape of rules.json and word-lists.json, checked when they are loaded: a malformed rule fails
// with its id and the offending field instead of misbehaving quietly later.
import { z } from 'zod';

const CLAIM_KINDS = ['accusation', 'denial', 'admission', 'affiliation'] as const;
const ROLES = ['claimant', 'subject', 'object'] as const;

const roleSource = z.union([
  z.custom<`=${string}`>((s) => typeof s === 'string' && /^=\w+$/.test(s), 'a capture is written "=name"'),
  z.enum(['source', 'wrongdoer', 'target', 'rejectedAccuser', 'claimAuthor']),
]);

const ruleId = z.string().regex(/^(accusation|denial|admission|affiliation)\.[a-z0-9-]+$/, 'kind.name');

export const claimRuleSchema = z
  .object({
    id: ruleId,
    kind: z.enum(CLAIM_KINDS),
    predicate: z.string().min(1),
    match: z.string(),
    scope: z.enum(['afterCue', 'beforeCue', 'sentence']).optional(),
    claimant: z.array(roleSource).optional(),
    subject: z.array(roleSource).optional(),
    object: z.array(roleSource).optional(),
    requires: z.array(z.enum(ROLES)),
    unlessKinds: z.array(z.enum(CLAIM_KINDS)).optional(),
    unlessWords: z.string().optional(),
    /** "A and B accused each other": every actor of the claimant role claims against every other. */
    reciprocal: z.boolean().optional(),
    $comment: z.string().optional(),
  })
  .strict()
  .refine((rule) => rule.id.startsWith(`${rule.kind}.`), { message: 'the id starts with the rule kind' });

/** A claim producer written in code (engine passes) that the table declares, so it has an id too. */
export const passSchema = z
  .object({
    id: ruleId,
    kind: z.enum(CLAIM_KINDS),
    $comment: z.string().optional(),
  })
  .strict()
  .refine((pass) => pass.id.startsWith(`${pass.kind}.`), { message: 'the id starts with the pass kind' });

export const ruleDataSchema = z
  .object({
    $comment: z.string().optional(),
    rules: z.array(z.unknown()),
    passes: z.array(passSchema),
    wrongdoer: z.array(z.string()),
    target: z.array(z.string()),
    source: z.array(z.string()),
    claimAuthor: z.array(z.string()),
    reportReference: z.array(z.string()).optional(),
  })
  .strict();

// Patterns match one word per element, so a list entry is one word (a phrase could never match).
const wordList = z
  .array(z.string().regex(/^\S+$/, 'one word, no spaces'))
  .refine((words) => new Set(words).size === words.length, { message: 'a word is listed twice' });

export const wordListDataSchema = z
  .object({
    $comment: z.string().optional(),
    verbs: z.record(wordList),
    words: z.record(wordList),
  })
  .strict();

export type ClaimRuleData = z.infer<typeof claimRuleSchema>;
export type PassData = z.infer<typeof passSchema>;
export type WordListData = z.infer<typeof wordListDataSchema>;
export interface RuleData extends Omit<z.infer<typeof ruleDataSchema>, 'rules' | '$comment'> {
  rules: ClaimRuleData[];
}

export class RuleTableError extends Error {}

/** Validates the rule table: each rule on its own so the error names it; ids are unique. */
export function parseRuleData(data: unknown): RuleData {
  const table = ruleDataSchema.safeParse(data);
  if (!table.success) throw new RuleTableError(`rules.json: ${describe(table.error)}`);
  const rules = table.data.rules.map((raw, i) => {
    const rule = claimRuleSchema.safeParse(raw);
    if (rule.success) return rule.data;
    const id = (raw as { id?: unknown } | null)?.id;
    throw new RuleTableError(
      `rules.json: rule ${typeof id === 'string' ? id : `#${i}`}: ${describe(rule.error)}`,
    );
  });
  const seen = new Set<string>();
  for (const { id } of [...rules, ...table.data.passes]) {
    if (seen.has(id)) throw new RuleTableError(`rules.json: rule id ${id} is used twice`);
    seen.add(id);
  }
  return { ...table.data, rules };
}

export function parseWordListData(data: unknown): WordListData {
  const lists = wordListDataSchema.safeParse(data);
  if (!lists.success) throw new RuleTableError(`word-lists.json: ${describe(lists.error)}`);
  return lists.data;
}

const describe = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`).join('; ');
