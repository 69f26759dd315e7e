// Every Cypher statement claimgraph sends to Neo4j, named and parameterised. Labels and
// relationship types are the fixed constants below; document text, names and ids only ever travel
// as query parameters, never inside a query string.
import type { DerivedEdgeType } from '../model.js';

export const LABELS = ['Actor', 'Claim', 'Document'] as const;
export type Label = (typeof LABELS)[number];

export const DERIVED_EDGE_TYPES: readonly DerivedEdgeType[] = ['ACCUSED', 'DENIED', 'PART_OF'];

/** One uniqueness constraint per node label, on `id`; names are what `SHOW CONSTRAINTS` lists. */
export const CONSTRAINTS: Record<Label, { name: string; statement: string }> = {
  Actor: {
    name: 'claimgraph_actor_id',
    statement: 'CREATE CONSTRAINT claimgraph_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE',
  },
  Claim: {
    name: 'claimgraph_claim_id',
    statement: 'CREATE CONSTRAINT claimgraph_claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE',
  },
  Document: {
    name: 'claimgraph_document_id',
    statement:
      'CREATE CONSTRAINT claimgraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  },
};

export const SHOW_UNIQUENESS_CONSTRAINTS = `
SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties
WHERE type = 'UNIQUENESS'
RETURN name, labelsOrTypes[0] AS label, properties
ORDER BY name`;

// ---- loading: `$rows` is one batch ----
// Each batch first asks which of its ids exist (one index lookup per id). New nodes are CREATEd,
// which skips MERGE's lock-and-check per row, and hand back their internal element ids, so the
// relationships of new claims are CREATEd between nodes found by element id, with no index
// lookup at all. Rows whose id already exists are updated with the MERGE statements, which keeps
// loading idempotent: loading the same snapshot twice leaves the same counts.

/** Which of `$ids` exist already, with their element ids. */
const existingNodes = (label: Label): string => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN n.id AS id, elementId(n) AS elementId`;

export const EXISTING_NODES = Object.fromEntries(
  LABELS.map((label) => [label, existingNodes(label)]),
) as Record<Label, string>;

/** New documents or actors: a row is the node's properties (nulls are not stored). */
const createNodes = (label: 'Actor' | 'Document'): string => `
UNWIND $rows AS row
CREATE (n:${label})
SET n = row
RETURN n.id AS id, elementId(n) AS elementId`;

export const CREATE_DOCUMENTS = createNodes('Document');
export const CREATE_ACTORS = createNodes('Actor');

export const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row
RETURN d.id AS id, elementId(d) AS elementId`;

export const MERGE_ACTORS = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a += row
RETURN a.id AS id, elementId(a) AS elementId`;

/** New claims and their relationships: a row is {props: the claim's own properties, document,
 * claimant, subject, object: element ids, null for a role nobody fills}. A unit subquery (no
 * RETURN) keeps its row even when its MATCH finds nothing, so a null role just adds no edge. */
export const CREATE_CLAIMS = `
UNWIND $rows AS row
CREATE (c:Claim)
SET c = row.props
WITH c, row
CALL (c, row) { MATCH (d) WHERE elementId(d) = row.document CREATE (c)-[:IN]->(d) }
CALL (c, row) { MATCH (a) WHERE elementId(a) = row.claimant CREATE (c)-[:CLAIMED_BY]->(a) }
CALL (c, row) { MATCH (a) WHERE elementId(a) = row.subject CREATE (c)-[:SUBJECT]->(a) }
CALL (c, row) { MATCH (a) WHERE elementId(a) = row.object CREATE (c)-[:OBJECT]->(a) }`;

/** Claims that exist already: the same rows as CREATE_CLAIMS. Properties are set one by one:
 * `SET c += map` makes the planner add Eager barriers that slow big batches. */
export const MERGE_CLAIMS = `
UNWIND $rows AS row
MERGE (c:Claim {id: row.props.id})
SET c.kind = row.props.kind, c.predicate = row.props.predicate, c.act = row.props.act, c.text = row.props.text,
    c.start = row.props.start, c.end = row.props.end, c.rule = row.props.rule, c.certainty = row.props.certainty
WITH c, row
CALL (c, row) { MATCH (d) WHERE elementId(d) = row.document MERGE (c)-[:IN]->(d) }
CALL (c, row) { MATCH (a) WHERE elementId(a) = row.claimant MERGE (c)-[:CLAIMED_BY]->(a) }
CALL (c, row) { MATCH (a) WHERE elementId(a) = row.subject MERGE (c)-[:SUBJECT]->(a) }
CALL (c, row) { MATCH (a) WHERE elementId(a) = row.object MERGE (c)-[:OBJECT]->(a) }`;

// A relationship type cannot be a parameter, so each derived type gets its own statement, built
// once here from the fixed list above. Endpoints are actor element ids.
const mergeDerivedEdges = (type: DerivedEdgeType): string => `
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.source
MATCH (t) WHERE elementId(t) = row.target
MERGE (s)-[r:${type}]->(t)
SET r.count = row.count, r.firstDate = row.firstDate, r.lastDate = row.lastDate, r.claimIds = row.claimIds`;

export const MERGE_DERIVED_EDGES = Object.fromEntries(
  DERIVED_EDGE_TYPES.map((type) => [type, mergeDerivedEdges(type)]),
) as Record<DerivedEdgeType, string>;

// ---- the standalone script (export --format cypher): matches by id, since element ids exist only
// inside a running load ----

/** A row is {id, documentId, claimant, subject, object, props: the claim's own properties}; a null
 * role matches no actor and simply gets no relationship. Needs actors and documents loaded first. */
export const SCRIPT_MERGE_CLAIMS = `
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.kind = row.props.kind, c.predicate = row.props.predicate, c.act = row.props.act, c.text = row.props.text,
    c.start = row.props.start, c.end = row.props.end, c.rule = row.props.rule, c.certainty = row.props.certainty
WITH c, row
CALL (c, row) { MATCH (d:Document {id: row.documentId}) MERGE (c)-[:IN]->(d) }
CALL (c, row) { MATCH (a:Actor {id: row.claimant}) MERGE (c)-[:CLAIMED_BY]->(a) }
CALL (c, row) { MATCH (a:Actor {id: row.subject}) MERGE (c)-[:SUBJECT]->(a) }
CALL (c, row) { MATCH (a:Actor {id: row.object}) MERGE (c)-[:OBJECT]->(a) }`;

const scriptMergeDerivedEdges = (type: DerivedEdgeType): string => `
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
MERGE (s)-[r:${type}]->(t)
SET r.count = row.count, r.firstDate = row.firstDate, r.lastDate = row.lastDate, r.claimIds = row.claimIds`;

export const SCRIPT_MERGE_DERIVED_EDGES = Object.fromEntries(
  DERIVED_EDGE_TYPES.map((type) => [type, scriptMergeDerivedEdges(type)]),
) as Record<DerivedEdgeType, string>;

// ---- the load marker: one (:Load) node that says whether the last load finished ----
// A load sets it to 'running' before it deletes or writes anything and to 'complete' at the end,
// so a graph left by a load that died half-way is marked as incomplete for anyone who looks.

export const READ_LOAD_STATUS = `
OPTIONAL MATCH (l:Load {id: 'claimgraph'})
RETURN l.status AS status, l.source AS source, l.startedAt AS startedAt, l.finishedAt AS finishedAt`;

export const MARK_LOAD_RUNNING = `
MERGE (l:Load {id: 'claimgraph'})
SET l.status = 'running', l.source = $source, l.startedAt = toString(datetime()), l.finishedAt = null`;

export const MARK_LOAD_COMPLETE = `
MATCH (l:Load {id: 'claimgraph'})
SET l.status = 'complete', l.finishedAt = toString(datetime())`;

/** Deletes up to `$batch` nodes of one label with their relationships; repeat until it returns 0.
 * Claims go first (few relationships each), so deleting an actor never drags thousands along. */
const deleteBatch = (label: Label): string => `
MATCH (n:${label})
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted`;

export const DELETE_IN_ORDER: readonly string[] = (['Claim', 'Document', 'Actor'] as const).map(deleteBatch);

export const COUNT_GRAPH = `
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH (:Claim)-[r]->() RETURN count(r) AS claimRelationships }
CALL () { MATCH (:Actor)-[r:ACCUSED|DENIED|PART_OF]->(:Actor) RETURN count(r) AS derivedEdges }
RETURN actors, claims, documents, claimRelationships, derivedEdges`;

// ---- reading back: the viewer's --neo4j mode and the round-trip tests ----
// An actor without aliases has `aliases: []` after `claimgraph load` and no aliases property at all
// after `load --bulk` (neo4j-admin stores no empty array), so readers take a missing list as [].

export const READ_SNAPSHOT = {
  actors: `
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.type AS type, coalesce(a.aliases, []) AS aliases, a.country AS country
ORDER BY id`,
  documents: `
MATCH (d:Document)
RETURN d.id AS id, d.path AS path, d.title AS title, d.url AS url, d.date AS date,
       d.publisher AS publisher, d.sha256 AS sha256
ORDER BY id`,
  claims: `
MATCH (c:Claim)
OPTIONAL MATCH (c)-[:IN]->(d:Document)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(claimant:Actor)
OPTIONAL MATCH (c)-[:SUBJECT]->(subject:Actor)
OPTIONAL MATCH (c)-[:OBJECT]->(object:Actor)
RETURN c.id AS id, c.kind AS kind, c.predicate AS predicate, c.act AS act, c.text AS text,
       c.start AS start, c.end AS end, c.rule AS rule, c.certainty AS certainty, d.id AS documentId,
       claimant.id AS claimant, subject.id AS subject, object.id AS object
ORDER BY id`,
  edges: `
MATCH (s:Actor)-[r:ACCUSED|DENIED|PART_OF]->(t:Actor)
RETURN type(r) AS type, s.id AS source, t.id AS target, r.count AS count,
       r.firstDate AS firstDate, r.lastDate AS lastDate, r.claimIds AS claimIds
ORDER BY type, source, target`,
} as const;

// ---- queries ----

/** Actors a typed name may mean: by id, canonical name or alias. `$name` arrives folded the way
 * `foldName` in graph/resolve-name.ts folds it; stored names are folded the same way here. */
export const FIND_ACTORS_BY_NAME = `
MATCH (a:Actor)
UNWIND [{text: a.id, primary: true}, {text: a.name, primary: true}]
       + [alias IN coalesce(a.aliases, []) | {text: alias, primary: false}] AS known
WITH a, known
WHERE toLower(trim(replace(replace(normalize(known.text, NFKC), '\u2018', "'"), '\u2019', "'"))) = $name
RETURN a.id AS id, a.name AS name, any(p IN collect(known.primary) WHERE p) AS primary
ORDER BY id`;

/** Who accused whom, the Cypher twin of the embedded `who` (see WhoRow in graph/model.ts): one
 * row per (accuser, accused) over the matching accusations. Filters are actor ids (null = none);
 * dates compare against the claim's document date, and a dated filter drops undated claims
 * unless $includeUndated;
 * the evidence shown is that of the matching claim with the smallest id. */
export const WHO_ACCUSED_WHOM = `
MATCH (accuser:Actor)<-[:CLAIMED_BY]-(c:Claim {kind: 'accusation'})-[:SUBJECT]->(accused:Actor)
WHERE ($accuserId IS NULL OR accuser.id = $accuserId)
  AND ($accusedId IS NULL OR accused.id = $accusedId)
  AND ($targetId IS NULL OR EXISTS { (c)-[:OBJECT]->(:Actor {id: $targetId}) })
  AND ($certainties IS NULL OR c.certainty IN $certainties)
OPTIONAL MATCH (c)-[:IN]->(d:Document)
WITH accuser, accused, c, d
WHERE ($since IS NULL OR d.date >= $since OR ($includeUndated AND d.date IS NULL))
  AND ($until IS NULL OR d.date <= $until OR ($includeUndated AND d.date IS NULL))
WITH accuser, accused, c, d
ORDER BY c.id
WITH accuser, accused, collect({claim: c, document: d}) AS matches,
     count(c) AS claims, min(d.date) AS firstDate, max(d.date) AS lastDate
RETURN accuser.id AS accuserId, accuser.name AS accuser, accused.id AS accusedId,
       accused.name AS accused, claims, firstDate, lastDate,
       matches[0].claim.text AS evidence, matches[0].claim.certainty AS certainty,
       matches[0].claim.id AS claimId,
       matches[0].document.id AS documentId
ORDER BY claims DESC, accuser, accused, accuserId, accusedId`;

// ---- LOAD CSV: the server-side bulk path the benchmark compares `claimgraph load` against ----
// They read the files of `claimgraph export --format csv` (graph/export/csv.ts: neo4j-admin headers,
// lists joined by ';') from `$url`, a file:/// URL under the server's import directory. A
// relationship file mixes types; each row picks its fixed-type MERGE with a FOREACH over [1] or [].

const onlyIf = (type: string, body: string): string =>
  `FOREACH (_ IN CASE WHEN row.\`:TYPE\` = '${type}' THEN [1] ELSE [] END | ${body})`;

export const LOAD_CSV = {
  'documents.csv': `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (d:Document {id: row.\`id:ID(Document)\`})
  SET d.path = row.path, d.title = row.title, d.url = row.url, d.date = row.date,
      d.publisher = row.publisher, d.sha256 = row.sha256
} IN TRANSACTIONS OF $batch ROWS`,
  'actors.csv': `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (a:Actor {id: row.\`id:ID(Actor)\`})
  SET a.name = row.name, a.type = row.type, a.country = row.country,
      a.aliases = coalesce(split(row.\`aliases:string[]\`, ';'), [])
} IN TRANSACTIONS OF $batch ROWS`,
  'claims.csv': `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (c:Claim {id: row.\`id:ID(Claim)\`})
  SET c.kind = row.kind, c.predicate = row.predicate, c.act = row.act, c.text = row.text,
      c.start = toInteger(row.\`start:int\`), c.end = toInteger(row.\`end:int\`), c.rule = row.rule,
      c.certainty = row.certainty
} IN TRANSACTIONS OF $batch ROWS`,
  'claim-document.csv': `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (c:Claim {id: row.\`:START_ID(Claim)\`})
  MATCH (d:Document {id: row.\`:END_ID(Document)\`})
  MERGE (c)-[:IN]->(d)
} IN TRANSACTIONS OF $batch ROWS`,
  'claim-actor.csv': `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (c:Claim {id: row.\`:START_ID(Claim)\`})
  MATCH (a:Actor {id: row.\`:END_ID(Actor)\`})
  ${['CLAIMED_BY', 'SUBJECT', 'OBJECT'].map((type) => onlyIf(type, `MERGE (c)-[:${type}]->(a)`)).join('\n  ')}
} IN TRANSACTIONS OF $batch ROWS`,
  'actor-actor.csv': `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (s:Actor {id: row.\`:START_ID(Actor)\`})
  MATCH (t:Actor {id: row.\`:END_ID(Actor)\`})
  ${DERIVED_EDGE_TYPES.map((type) =>
    onlyIf(
      type,
      `MERGE (s)-[r:${type}]->(t) SET r.count = toInteger(row.\`count:int\`), r.firstDate = row.firstDate, ` +
        `r.lastDate = row.lastDate, r.claimIds = split(row.\`claimIds:string[]\`, ';')`,
    ),
  ).join('\n  ')}
} IN TRANSACTIONS OF $batch ROWS`,
} as const;

/** The order LOAD CSV must read the files in: nodes before the relationships between them. */
export const LOAD_CSV_ORDER = Object.keys(LOAD_CSV) as Array<keyof typeof LOAD_CSV>;
