// The JSON Lines contract (`claimgraph extract --format jsonl`) as a runtime schema, plus the
// checks a schema cannot express: claim roles point at the line's actors, and every offset
// points into the document text it claims to quote.
import { z } from 'zod';
import { CALENDAR_DATE_RULE, isCalendarDate } from './calendar-date.js';
import { ACTOR_TYPES, CERTAINTY_LEVELS, CLAIM_KINDS } from './types.js';
import type { ActorType, Certainty, ClaimKind, Extraction } from './types.js';

const nullableText = z.string().min(1).nullable();
const offset = z.number().int().nonnegative();
const ordered = (s: { start: number; end: number }) => s.start <= s.end;
const ORDER_MESSAGE = 'start must not be after end';
const span = z.object({ start: offset, end: offset }).strict().refine(ordered, ORDER_MESSAGE);
const evidence = z
  .object({ text: z.string().min(1), start: offset, end: offset })
  .strict()
  .refine(ordered, ORDER_MESSAGE);

const DocumentMetaSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/, 'first 16 hex chars of sha256'),
    path: z.string().min(1),
    title: nullableText,
    url: nullableText,
    date: z.string().refine(isCalendarDate, CALENDAR_DATE_RULE).nullable(),
    dateSource: z
      .object({ from: z.string().min(1), start: offset, end: offset })
      .strict()
      .refine(ordered, ORDER_MESSAGE)
      .nullable()
      .optional(),
    publisher: nullableText,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 hex chars'),
  })
  .strict()
  .refine((d) => d.sha256.startsWith(d.id), { message: 'id must be the start of sha256', path: ['id'] });

const ActorSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    type: z.enum(ACTOR_TYPES as [ActorType, ...ActorType[]]),
    aliases: z.array(z.string().min(1)),
    country: nullableText,
    mentions: z.array(span),
  })
  .strict();

const ClaimSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(CLAIM_KINDS as [ClaimKind, ...ClaimKind[]]),
    claimant: z.string().min(1).nullable(),
    subject: z.string().min(1).nullable(),
    predicate: z.string(),
    object: z.string().min(1).nullable(),
    act: z.string(),
    evidence,
    rule: z.string().min(1),
    certainty: z.enum(CERTAINTY_LEVELS as [Certainty, ...Certainty[]]).optional(),
  })
  .strict();

export const ExtractionSchema: z.ZodType<Extraction> = z
  .object({ document: DocumentMetaSchema, actors: z.array(ActorSchema), claims: z.array(ClaimSchema) })
  .strict();

export type Validation = { ok: true; extraction: Extraction } | { ok: false; problems: string[] };

/** Validates one parsed JSONL object: shape, id references, and — when the document text is
 * given — that every span lies inside it and every evidence quote is exactly its slice. */
export function validateExtraction(value: unknown, documentText?: string): Validation {
  const parsed = ExtractionSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  }
  const problems = [...referenceProblems(parsed.data)];
  if (documentText !== undefined) problems.push(...offsetProblems(parsed.data, documentText));
  return problems.length === 0 ? { ok: true, extraction: parsed.data } : { ok: false, problems };
}

function* referenceProblems({ actors, claims }: Extraction): Generator<string> {
  const actorIds = new Set<string>();
  for (const [i, actor] of actors.entries()) {
    if (actorIds.has(actor.id)) yield `actors.${i}.id: duplicate actor id "${actor.id}"`;
    actorIds.add(actor.id);
  }
  const claimIds = new Set<string>();
  for (const [i, claim] of claims.entries()) {
    if (claimIds.has(claim.id)) yield `claims.${i}.id: duplicate claim id "${claim.id}"`;
    claimIds.add(claim.id);
    for (const role of ['claimant', 'subject', 'object'] as const) {
      const id = claim[role];
      if (id !== null && !actorIds.has(id))
        yield `claims.${i}.${role}: "${id}" is not an actor of this document`;
    }
  }
}

/** Offset checks against the document text (the whole file as read, HTML already converted). */
export function* offsetProblems({ document, actors, claims }: Extraction, text: string): Generator<string> {
  if (document.dateSource && document.dateSource.end > text.length)
    yield `document.dateSource: end ${document.dateSource.end} is past the text (${text.length})`;
  for (const [i, actor] of actors.entries()) {
    for (const [j, m] of actor.mentions.entries()) {
      if (m.end > text.length)
        yield `actors.${i}.mentions.${j}: end ${m.end} is past the text (${text.length})`;
    }
  }
  for (const [i, { evidence }] of claims.entries()) {
    if (evidence.end > text.length) {
      yield `claims.${i}.evidence: span ${evidence.start}-${evidence.end} is outside the text (${text.length})`;
    } else if (text.slice(evidence.start, evidence.end) !== evidence.text) {
      yield `claims.${i}.evidence.text differs from the document text at ${evidence.start}-${evidence.end}`;
    }
  }
}
