// Where the page gets its data: the server's JSON API, or, in the self-contained HTML export, the
// snapshot embedded in the page, answered by the same view functions the server runs.
import type { GraphSnapshot } from '../../graph/model.js';
import { actorProfile } from '../../view/profile.js';
import { documentList } from '../../view/documents.js';
import { edgeDetail } from '../../view/edge-detail.js';
import { indexSnapshot } from '../../view/graph-index.js';
import { graphView } from '../../view/graph-view.js';
import { searchActors } from '../../view/search.js';
import type {
  ActorProfile,
  DocumentSummary,
  EdgeDetail,
  EdgeKind,
  SearchHit,
  ViewFilter,
  ViewGraph,
} from '../../view/types.js';

export interface DataClient {
  graph(filter: ViewFilter): Promise<ViewGraph>;
  actor(id: string, filter: ViewFilter): Promise<ActorProfile>;
  edge(source: string, target: string, kind: EdgeKind, filter: ViewFilter): Promise<EdgeDetail>;
  search(query: string): Promise<SearchHit[]>;
  documents(): Promise<DocumentSummary[]>;
}

/** The id of the <script type="application/json"> element the HTML export embeds the snapshot in. */
export const EMBEDDED_DATA_ID = 'claimgraph-data';

function claimParams(filter: ViewFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.since) params.set('since', filter.since);
  if (filter.until) params.set('until', filter.until);
  if (filter.document) params.set('document', filter.document);
  return params;
}

function filterParams(filter: ViewFilter): URLSearchParams {
  const params = claimParams(filter);
  if (filter.kinds) params.set('kind', filter.kinds.join(','));
  return params;
}

async function getJson<T>(path: string, params: URLSearchParams): Promise<T> {
  const query = params.toString();
  const response = await fetch(query ? `${path}?${query}` : path, {
    headers: { Accept: 'application/json' },
  });
  const body: unknown = await response.json();
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : response.statusText;
    throw new Error(message);
  }
  return body as T;
}

function httpClient(): DataClient {
  return {
    graph: (filter) => getJson('api/graph', filterParams(filter)),
    actor: (id, filter) => getJson(`api/actor/${encodeURIComponent(id)}`, filterParams(filter)),
    edge: (source, target, kind, filter) => {
      const params = claimParams(filter);
      params.set('source', source);
      params.set('target', target);
      params.set('kind', kind);
      return getJson('api/edge', params);
    },
    search: (query) => getJson('api/search', new URLSearchParams({ q: query })),
    documents: () => getJson('api/documents', new URLSearchParams()),
  };
}

function found<T>(value: T | null, what: string): Promise<T> {
  return value === null ? Promise.reject(new Error(`${what} not found`)) : Promise.resolve(value);
}

function embeddedClient(snapshot: GraphSnapshot): DataClient {
  const index = indexSnapshot(snapshot);
  return {
    graph: (filter) => Promise.resolve(graphView(index, filter)),
    actor: (id, filter) => found(actorProfile(index, id, filter), `actor "${id}"`),
    edge: (source, target, kind, filter) =>
      found(edgeDetail(index, source, target, kind, filter), `${kind} edge`),
    search: (query) => Promise.resolve(searchActors(index, query)),
    documents: () => Promise.resolve(documentList(index)),
  };
}

export function createClient(): DataClient {
  const embedded = document.getElementById(EMBEDDED_DATA_ID);
  return embedded ? embeddedClient(JSON.parse(embedded.textContent ?? '') as GraphSnapshot) : httpClient();
}
