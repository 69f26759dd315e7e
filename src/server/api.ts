// The JSON API: read-only views of the graph. Each route validates its query with zod and answers
// with the shapes of view/types.ts, computed by the same functions the offline HTML export runs in the page.
import type { z } from 'zod';
import { ActorParams, EdgeParams, GraphParams, NoParams, SearchParams, describeIssues } from './params.js';
import { actorProfile } from '../../view/profile.js';
import { documentList } from '../../view/documents.js';
import { edgeDetail } from '../../view/edge-detail.js';
import type { GraphIndex } from '../../view/graph-index.js';
import { graphView } from '../../view/graph-view.js';
import { searchActors } from '../../view/search.js';

export interface ApiResponse {
  status: number;
  body: unknown;
}

/** Gives the index of the current snapshot; `fresh` re-reads the source first. */
export type IndexProvider = (fresh: boolean) => Promise<GraphIndex>;

class BadRequest extends Error {}

function parse<Schema extends z.ZodTypeAny>(schema: Schema, query: URLSearchParams): z.output<Schema> {
  const params: Record<string, string> = {};
  for (const [key, value] of query) {
    if (key in params) throw new BadRequest(`parameter ${key} is given more than once`);
    params[key] = value;
  }
  const result = schema.safeParse(params);
  if (!result.success) throw new BadRequest(describeIssues(result.error));
  return result.data as z.output<Schema>;
}

const notFound = (what: string): ApiResponse => ({ status: 404, body: { error: `${what} not found` } });

async function route(pathname: string, query: URLSearchParams, index: IndexProvider): Promise<ApiResponse> {
  if (pathname === '/api/graph') {
    const filter = parse(GraphParams, query);
    return { status: 200, body: graphView(await index(true), filter) };
  }
  if (pathname.startsWith('/api/actor/')) {
    const id = decodeURIComponent(pathname.slice('/api/actor/'.length));
    const { filter } = parse(ActorParams, query);
    const profile = id === '' ? null : actorProfile(await index(false), id, filter);
    return profile ? { status: 200, body: profile } : notFound(`actor "${id}"`);
  }
  if (pathname === '/api/edge') {
    const { source, target, kind, filter } = parse(EdgeParams, query);
    const detail = edgeDetail(await index(false), source, target, kind, filter);
    return detail ? { status: 200, body: detail } : notFound(`${kind} edge ${source} -> ${target}`);
  }
  if (pathname === '/api/search') {
    const { q, limit } = parse(SearchParams, query);
    return { status: 200, body: searchActors(await index(false), q, limit) };
  }
  if (pathname === '/api/documents') {
    parse(NoParams, query);
    return { status: 200, body: documentList(await index(false)) };
  }
  return notFound(`API route ${pathname}`);
}

export async function handleApi(
  pathname: string,
  query: URLSearchParams,
  index: IndexProvider,
): Promise<ApiResponse> {
  try {
    return await route(pathname, query, index);
  } catch (err) {
    if (err instanceof BadRequest) return { status: 400, body: { error: err.message } };
    if (err instanceof URIError)
      return { status: 400, body: { error: 'malformed percent-encoding in the path' } };
    throw err;
  }
}
