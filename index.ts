// The library API (package.json `main`/`exports`): everything the CLI does, as functions, without
// the CLI. One import per layer: core (contract and types), extract, graph (embedded store and
// Neo4j) and view (query results shaped for people).
export { validateExtraction, ExtractionSchema, type Validation } from './core/contract.js';
export { ClaimgraphError, UsageError } from './core/errors.js';
export * from './core/types.js';

export {
  readDocuments,
  DEFAULT_MAX_BYTES,
  type DocumentResult,
  type ReadOptions,
} from './extract/input/index.js';
export { extractDocument, type ExtractOptions } from './extract/pipeline.js';

export { EmbeddedStore, defaultStorePath, type IngestOutcome, type StoreOptions } from './graph/store.js';
export { ingestPaths, type IngestOptions, type IngestProgress, type IngestSummary } from './graph/ingest.js';
export type * from './graph/model.js';
export { resolveActor } from './graph/resolve-name.js';
export { who } from './graph/queries/who.js';
export { shortestPath, type ActorPath, type PathHop } from './graph/queries/path.js';
export { EXPORT_WRITERS, type ExportFile, type ExportWriter } from './graph/export/index.js';
export { resolveNeo4jConfig, withDriver, type Neo4jConfig } from './graph/neo4j/connection.js';
export { loadSnapshot, type LoadOptions } from './graph/neo4j/load.js';
export { readSnapshot } from './graph/neo4j/read-snapshot.js';
export { whoFromNeo4j } from './graph/queries/who-neo4j.js';

export { indexSnapshot, type GraphIndex } from './view/graph-index.js';
export { actorProfile } from './view/profile.js';
export { graphView } from './view/graph-view.js';
export { edgeDetail } from './view/edge-detail.js';
export { searchActors } from './view/search.js';
export type {
  ActorProfile,
  EdgeDetail,
  ProfileLink,
  SearchHit,
  ViewFilter,
  ViewGraph,
} from './view/types.js';
