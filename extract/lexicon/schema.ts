// Shapes of the lexicon's JSON data files, checked when the lexicon is loaded and when it is built, so that a
// hand-edited curated file with a typo fails loudly with the file and entry named.
import { z } from 'zod';
import { ACTOR_TYPES } from '../../core/types.js';
import { ClaimgraphError } from '../../core/errors.js';
import { ACTOR_CATEGORIES, type CountryEntry, type FormTables, type LexiconEntry } from './types.js';

const nonEmpty = z.string().trim().min(1);

export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case slugs'),
    name: nonEmpty,
    type: z.enum(ACTOR_TYPES as [LexiconEntry['type'], ...LexiconEntry['type'][]]),
    category: z.enum(ACTOR_CATEGORIES),
    aliases: z.array(nonEmpty),
    country: nonEmpty.nullable(),
    parent: nonEmpty.nullable(),
    portfolio: nonEmpty.optional(),
  })
  .strict();

export const countryEntrySchema = entrySchema
  .extend({ demonyms: z.array(nonEmpty), capitals: z.array(nonEmpty) })
  .strict();

export const formTablesSchema = z
  .object({
    governmentNouns: z.array(nonEmpty),
    governmentOf: z.array(nonEmpty),
    nonActorPhrases: z.array(nonEmpty),
    portfolioForms: z.record(z.array(nonEmpty)),
  })
  .strict();

function parse<T>(schema: z.ZodType<T>, data: unknown, source: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
  throw new ClaimgraphError('lexicon', `${source}: ${where}`);
}

export function parseEntries(data: unknown, source: string): LexiconEntry[] {
  return parse(z.array(entrySchema), data, source);
}

export function parseCountryEntries(data: unknown, source: string): CountryEntry[] {
  return parse(z.array(countryEntrySchema), data, source);
}

export function parseFormTables(data: unknown, source: string): FormTables {
  return parse(formTablesSchema, data, source);
}
