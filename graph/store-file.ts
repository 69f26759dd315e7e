// The embedded store's file: JSON Lines, one record a line, so a graph of millions of claims is
// written and read without ever holding one giant JSON string (V8 caps strings at ~512 MB).
//   {"format":"claimgraph-store","version":1}
//   {"document":{...DocumentNode},"actorIds":[...]}   every document first (claims need their dates)
//   {"actor":{...ActorNode}}
//   {"claim":{...ClaimNode}}
// Derived edges are not stored: loading rebuilds them from the claims, so they cannot disagree.
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import writeFileAtomic from 'write-file-atomic';
import { ClaimgraphError } from '../core/errors.js';
import { addClaim, addDocument } from './build.js';
import {
  actorKey,
  toActorNode,
  toClaimNode,
  toDocumentNode,
  type ActorAttributes,
  type ClaimGraph,
} from './graph-types.js';
import type { ActorNode, ClaimNode, DocumentNode } from './model.js';

const HEADER = { format: 'claimgraph-store', version: 1 };
const CHUNK_CHARS = 1 << 20;

export interface SaveOptions {
  /** Called once the temporary file exists, before it is written and renamed over the store. */
  onTempFile?: (tempPath: string) => void | Promise<void>;
}

/** Writes atomically: a temporary file is written, flushed and renamed over `file`, so a crash
 * at any moment leaves either the old store or the new one, never a torn file. */
export async function writeStoreFile(
  file: string,
  graph: ClaimGraph,
  options: SaveOptions = {},
): Promise<void> {
  const documents: string[] = [];
  const actors: string[] = [];
  const claims: string[] = [];
  graph.forEachNode((_key, node) => {
    if (node.label === 'Document')
      documents.push(JSON.stringify({ document: toDocumentNode(node), actorIds: node.actorIds }));
    else if (node.label === 'Actor') actors.push(JSON.stringify({ actor: toActorNode(node) }));
    else claims.push(JSON.stringify({ claim: toClaimNode(node) }));
  });
  const buffers: Buffer[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  for (const line of [JSON.stringify(HEADER), ...documents, ...actors, ...claims]) {
    pending.push(line);
    pendingChars += line.length + 1;
    if (pendingChars >= CHUNK_CHARS) {
      buffers.push(Buffer.from(pending.join('\n') + '\n'));
      pending = [];
      pendingChars = 0;
    }
  }
  if (pending.length > 0) buffers.push(Buffer.from(pending.join('\n') + '\n'));
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, Buffer.concat(buffers), { tmpfileCreated: options.onTempFile });
}

/** Reads a store file into an empty graph. */
export async function readStoreFile(file: string, graph: ClaimGraph): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const mentions = new Map<string, number>();
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line === '') continue;
      const record = JSON.parse(line) as Record<string, unknown>;
      if (lineNumber === 1) {
        if (record.format !== HEADER.format || record.version !== HEADER.version) {
          throw new ClaimgraphError('store', `${file}: not a claimgraph store (version ${HEADER.version})`);
        }
      } else if (record.document) {
        const actorIds = record.actorIds as string[];
        addDocument(graph, record.document as DocumentNode, actorIds);
        for (const id of actorIds) mentions.set(id, (mentions.get(id) ?? 0) + 1);
      } else if (record.actor) {
        const actor = record.actor as ActorNode;
        const attributes: ActorAttributes = {
          label: 'Actor',
          ...actor,
          documentCount: mentions.get(actor.id) ?? 0,
        };
        graph.addNode(actorKey(actor.id), attributes);
      } else if (record.claim) {
        addClaim(graph, record.claim as ClaimNode);
      } else {
        throw new Error('unknown record');
      }
    }
  } catch (err) {
    if (err instanceof ClaimgraphError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new ClaimgraphError(
      'store',
      `${file}: line ${lineNumber} is damaged (${reason}); remove the file to start afresh`,
    );
  }
}
