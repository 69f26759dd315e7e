// Query parameters of the JSON API, validated with zod: anything malformed or unknown is a 400 with a message.
import { z } from 'zod';
import { CALENDAR_DATE_RULE, isCalendarDate } from '../../core/calendar-date.js';
import { EDGE_KINDS, type EdgeKind, type ViewFilter } from '../../view/types.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDate, `must be ${CALENDAR_DATE_RULE}`);

const edgeKind = z.enum(EDGE_KINDS as [EdgeKind, ...EdgeKind[]]);
// No length limit of its own: any id the graph lists can be asked for (the URL's length is bounded
// by Node's header size limit, 16 KB).
const id = z.string().min(1, 'must not be empty');

const claimShape = {
  since: isoDate.optional(),
  until: isoDate.optional(),
  document: id.optional(),
};

/** In the graph and profile filters `kind` is a comma-separated list of edge kinds. */
const filterShape = {
  ...claimShape,
  kind: z
    .string()
    .transform((value) => value.split(','))
    .pipe(z.array(edgeKind).min(1))
    .optional(),
};

function toFilter(params: {
  kind?: EdgeKind[] | undefined;
  since?: string | undefined;
  until?: string | undefined;
  document?: string | undefined;
}): ViewFilter {
  const filter: ViewFilter = {};
  if (params.kind) filter.kinds = [...new Set(params.kind)];
  if (params.since) filter.since = params.since;
  if (params.until) filter.until = params.until;
  if (params.document) filter.document = params.document;
  return filter;
}

const sinceBeforeUntil = (params: { since?: string | undefined; until?: string | undefined }) =>
  params.since === undefined || params.until === undefined || params.since <= params.until;
const rangeMessage = { message: 'must not be after until', path: ['since'] };

export const GraphParams = z
  .object(filterShape)
  .strict()
  .refine(sinceBeforeUntil, rangeMessage)
  .transform(toFilter);

export const ActorParams = z
  .object(filterShape)
  .strict()
  .refine(sinceBeforeUntil, rangeMessage)
  .transform((params) => ({ filter: toFilter(params) }));

export const EdgeParams = z
  .object({ ...claimShape, source: id, target: id, kind: edgeKind })
  .strict()
  .refine(sinceBeforeUntil, rangeMessage)
  .transform(({ source, target, kind, ...rest }) => ({ source, target, kind, filter: toFilter(rest) }));

export const SearchParams = z
  .object({
    q: z.string().trim().min(1, 'must not be empty').max(200, 'is too long'),
    limit: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().min(1).max(100))
      .default('20'),
  })
  .strict();

export const NoParams = z.object({}).strict();

/** One readable line out of a zod error: "since: must be a date as YYYY-MM-DD". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown parameter ${issue.keys.join(', ')}`;
      const where = issue.path.join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
