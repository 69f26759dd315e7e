// The embedded store's SQLite schema (format version 2; version 1 was one JSON Lines file, see
// legacy-store.ts). Derived edges are kept as rows updated with every claim, so `who` reads one
// row per accuser/accused pair instead of counting claims, and the claim with the smallest id (the
// one whose evidence is shown) is kept on the edge.
//
// Ids and names are compared the way JavaScript compares strings (UTF-16 code units), which is not
// SQLite's byte order of UTF-8 for characters beyond U+FFFF; `*_order` columns hold the UTF-16BE
// bytes of the text, whose byte order is exactly JavaScript's, so ORDER BY on them gives the same
// rows in the same order as a sort in JavaScript.
import type { ActorType } from '../core/types.js';
import type { ActorNode } from './model.js';

export const STORE_FORMAT = 'claimgraph-store';
export const STORE_VERSION = 2;

export const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents (
  id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT, url TEXT, date TEXT, publisher TEXT,
  sha256 TEXT NOT NULL,
  actor_ids TEXT NOT NULL -- JSON: the actors its extraction listed, to drop actors when it is replaced
);
CREATE INDEX documents_sha256 ON documents (sha256);
CREATE INDEX documents_path ON documents (path);
CREATE TABLE actors (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
  aliases TEXT NOT NULL, -- JSON array
  country TEXT,
  document_count INTEGER NOT NULL, -- an actor no stored document lists any more is dropped
  id_order BLOB NOT NULL, name_order BLOB NOT NULL
);
CREATE TABLE actor_names (
  folded TEXT NOT NULL, -- foldName() of the id, the name or an alias
  is_primary INTEGER NOT NULL, -- 1: id or canonical name, 0: alias
  actor_id TEXT NOT NULL,
  PRIMARY KEY (folded, is_primary, actor_id)
) WITHOUT ROWID;
CREATE INDEX actor_names_actor ON actor_names (actor_id);
CREATE TABLE claims (
  id TEXT PRIMARY KEY, id_order BLOB NOT NULL,
  kind TEXT NOT NULL, predicate TEXT NOT NULL, act TEXT NOT NULL, text TEXT NOT NULL,
  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, rule TEXT NOT NULL,
  certainty TEXT, -- the claim's certainty level, when the extraction judged one
  document_id TEXT NOT NULL, claimant TEXT, subject TEXT, object TEXT,
  date TEXT, -- its document's date, copied so date filters need no join
  edge_type TEXT, edge_source TEXT, edge_target TEXT -- the derived edge it feeds, if any
);
CREATE INDEX claims_document ON claims (document_id);
CREATE INDEX claims_edge ON claims (edge_type, edge_source, edge_target, id_order)
  WHERE edge_type IS NOT NULL;
CREATE INDEX claims_object ON claims (object) WHERE object IS NOT NULL;
CREATE TABLE edges (
  type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
  count INTEGER NOT NULL, first_date TEXT, last_date TEXT,
  evidence_id TEXT NOT NULL, evidence_order BLOB NOT NULL,
  UNIQUE (type, source, target)
);
CREATE INDEX edges_target ON edges (type, target);
CREATE INDEX edges_count ON edges (type, count DESC);
`;

/** The UTF-16BE bytes of a string: compared byte by byte they order like JavaScript strings. */
export function orderKey(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

export interface ActorRow {
  id: string;
  name: string;
  type: ActorType;
  aliases: string;
  country: string | null;
  document_count: number;
}

export function actorFromRow(row: Pick<ActorRow, 'id' | 'name' | 'type' | 'aliases' | 'country'>): ActorNode {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: JSON.parse(row.aliases) as string[],
    country: row.country,
  };
}
