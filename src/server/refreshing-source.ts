// A graph source over a slow or fallible reader (Neo4j): every request asks for a fresh read but
// waits at most `deadlineMs` for it; when the read fails or is late, the last good snapshot is served
// and marked stale since the time it was read. One read at a time: a hung database is not asked again
// until the read in flight settles. The first read must succeed (the server does not start without).
import type { GraphSnapshot } from '../../graph/model.js';
import type { GraphSource } from './source.js';

export interface RefreshOptions {
  description: string;
  close(): Promise<void>;
  /** How long a request waits for a fresh read before the last snapshot is served. */
  deadlineMs?: number;
  /** Told once each time the source turns stale, with the reason. */
  onStale?: (since: string, reason: string) => void;
}

/** Leaves room within a one-second answer for indexing and sending. */
export const DEFAULT_DEADLINE_MS = 800;

export async function refreshingSource(
  read: () => Promise<GraphSnapshot>,
  options: RefreshOptions,
): Promise<GraphSource> {
  let last = { snapshot: await read(), readAt: new Date().toISOString() };
  let staleSince: string | null = null;
  let inFlight: Promise<GraphSnapshot> | null = null;
  const markStale = (reason: string) => {
    if (staleSince !== null) return;
    staleSince = last.readAt;
    options.onStale?.(staleSince, reason);
  };
  const refresh = (): Promise<GraphSnapshot> => {
    inFlight ??= read()
      .then((snapshot) => {
        last = { snapshot, readAt: new Date().toISOString() };
        staleSince = null;
        return snapshot;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  const snapshot = async (): Promise<GraphSnapshot> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), options.deadlineMs ?? DEFAULT_DEADLINE_MS);
    });
    try {
      const outcome = await Promise.race([refresh(), late]);
      if (outcome !== 'late') return outcome;
      markStale('no answer within the deadline');
    } catch (err) {
      markStale(err instanceof Error ? err.message : String(err));
    } finally {
      clearTimeout(timer);
    }
    return last.snapshot;
  };
  return {
    description: options.description,
    snapshot,
    staleSince: () => staleSince,
    close: options.close,
  };
}
