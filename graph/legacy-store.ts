// Reading the store format of version 1: one JSON Lines file, rewritten whole on every save.
//   {"format":"claimgraph-store","version":1}
//   {"document":{...DocumentNode},"actorIds":[...]}   every document first (claims need their dates)
//   {"actor":{...ActorNode}}
//   {"claim":{...ClaimNode}}
// Such a file is migrated into the SQLite store the first time it is opened (store.ts).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { ClaimgraphError } from '../core/errors.js';
import type { ActorNode, ClaimNode, DocumentNode } from './model.js';

const LEGACY_HEADER = '{"format":"claimgraph-store","version":1}';

export type LegacyRecord =
  { document: DocumentNode; actorIds: string[] } | { actor: ActorNode } | { claim: ClaimNode };

/** Whether a file starts like a version-1 store. */
export async function isLegacyStore(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(LEGACY_HEADER.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString('utf8') === LEGACY_HEADER;
  } finally {
    await handle.close();
  }
}

/** The records of a version-1 store, in file order. A file not ending in a newline was cut off
 * mid-write: it is refused rather than migrated with its last records missing. */
export async function* readLegacyStore(file: string): AsyncGenerator<LegacyRecord> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (lineNumber === 1 || line === '') continue;
      const record = JSON.parse(line) as Record<string, unknown>;
      if (!record.document && !record.actor && !record.claim) throw new Error('unknown record');
      yield record as LegacyRecord;
    }
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ClaimgraphError(
      'store',
      `${file}: line ${lineNumber} is damaged (${reason}); remove the file to start afresh`,
    );
  }
  if (!(await endsWithNewline(file))) {
    throw new ClaimgraphError('store', `${file}: line ${lineNumber} is damaged (the file was cut off)`);
  }
}

async function endsWithNewline(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
}
