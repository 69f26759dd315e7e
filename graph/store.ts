// The embedded (graphology) store: one graph in memory, saved to one file.
// Default file: `.claimgraph/graph.jsonl` in the working directory; env CLAIMGRAPH_STORE overrides
// it and the commands' --store flag overrides both.
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Extraction } from '../core/types.js';
import {
  addClaim,
  addDocument,
  mergeExtraction,
  removeDocument,
  upsertActor,
  type CanonicalName,
} from './build.js';
import { lexiconName } from './canonical-names.js';
import { createClaimGraph, documentKey, type ClaimGraph, type DocumentAttributes } from './graph-types.js';
import type { GraphSnapshot } from './model.js';
import { graphToSnapshot } from './snapshot.js';
import { readStoreFile, writeStoreFile, type SaveOptions } from './store-file.js';

export type IngestOutcome = 'added' | 'unchanged' | 'replaced';

export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CLAIMGRAPH_STORE || '.claimgraph/graph.jsonl');
}

export interface StoreOptions {
  /** Canonical actor names; default: the production lexicon's. For an id it does not know, the
   * first name seen for that id is kept. */
  canonicalName?: CanonicalName;
}

export class EmbeddedStore {
  readonly graph: ClaimGraph;
  /** Bumped by every change, so derived indexes (name lookup) know when to rebuild. */
  version = 0;
  private readonly documentsBySha = new Map<string, string>();
  private readonly documentsByPath = new Map<string, string>();

  private constructor(
    readonly file: string | null,
    graph: ClaimGraph,
    private readonly options: StoreOptions,
  ) {
    this.graph = graph;
    graph.forEachNode((_key, node) => {
      if (node.label === 'Document') this.indexDocument(node);
    });
  }

  /** Opens the store saved at `file`; a missing file gives an empty store that `save()` creates. */
  static async open(file: string = defaultStorePath(), options: StoreOptions = {}): Promise<EmbeddedStore> {
    const graph = createClaimGraph();
    if (await exists(file)) await readStoreFile(file, graph);
    return new EmbeddedStore(file, graph, options);
  }

  /** An in-memory store (no file), e.g. for tests and benchmarks. */
  static inMemory(options: StoreOptions = {}): EmbeddedStore {
    return new EmbeddedStore(null, createClaimGraph(), options);
  }

  /** An in-memory store holding a snapshot (derived edges are rebuilt from its claims). */
  static fromSnapshot(snapshot: GraphSnapshot): EmbeddedStore {
    const graph = createClaimGraph();
    const actorsByDocument = new Map<string, Set<string>>();
    for (const claim of snapshot.claims) {
      const ids = actorsByDocument.get(claim.documentId) ?? new Set<string>();
      for (const id of [claim.claimant, claim.subject, claim.object]) if (id !== null) ids.add(id);
      actorsByDocument.set(claim.documentId, ids);
    }
    for (const document of snapshot.documents)
      addDocument(graph, document, [...(actorsByDocument.get(document.id) ?? [])]);
    for (const actor of snapshot.actors) upsertActor(graph, actor, undefined, true);
    for (const claim of snapshot.claims) addClaim(graph, claim);
    return new EmbeddedStore(null, graph, {});
  }

  /** Whether a document with these bytes is stored: its extraction can be skipped. */
  hasContent(sha256: string): boolean {
    return this.documentsBySha.has(sha256);
  }

  /** Same bytes (sha256) as a stored document: nothing changes. Other bytes at a stored path:
   * the old document and its claims are replaced. */
  ingest(extraction: Extraction): IngestOutcome {
    const { document } = extraction;
    if (this.hasContent(document.sha256)) return 'unchanged';
    const previous = this.documentsByPath.get(document.path);
    if (previous !== undefined) this.removeDocument(previous);
    mergeExtraction(this.graph, extraction, { canonicalName: this.options.canonicalName ?? lexiconName });
    this.indexDocument(this.graph.getNodeAttributes(documentKey(document.id)) as DocumentAttributes);
    this.version += 1;
    return previous === undefined ? 'added' : 'replaced';
  }

  async save(options: SaveOptions = {}): Promise<void> {
    if (this.file === null) throw new Error('an in-memory store has no file to save to');
    await writeStoreFile(this.file, this.graph, options);
  }

  counts(): { actors: number; claims: number; documents: number } {
    const counts = { actors: 0, claims: 0, documents: 0 };
    this.graph.forEachNode((_key, node) => {
      if (node.label === 'Actor') counts.actors += 1;
      else if (node.label === 'Claim') counts.claims += 1;
      else counts.documents += 1;
    });
    return counts;
  }

  snapshot(): GraphSnapshot {
    return graphToSnapshot(this.graph);
  }

  private indexDocument(document: DocumentAttributes): void {
    this.documentsBySha.set(document.sha256, document.id);
    this.documentsByPath.set(document.path, document.id);
  }

  private removeDocument(documentId: string): void {
    const document = this.graph.getNodeAttributes(documentKey(documentId)) as DocumentAttributes;
    removeDocument(this.graph, documentId);
    this.documentsBySha.delete(document.sha256);
    this.documentsByPath.delete(document.path);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
