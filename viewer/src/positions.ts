// Layout positions kept in the browser's storage, keyed by the drawn graph's actors and edges: a
// reload of the same graph draws the same picture at once, without running the layout again.
export type Positions = Record<string, [number, number]>;

const PREFIX = 'claimgraph-layout-v1:';

/** FNV-1a over the sorted node ids and edge keys: a short, stable name for the graph's shape. */
export function graphSignature(nodes: string[], edges: string[]): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x1f;
  };
  for (const id of [...nodes].sort()) feed(id);
  feed('\u0000edges');
  for (const key of [...edges].sort()) feed(key);
  return `${nodes.length}-${edges.length}-${hash.toString(16)}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadPositions(signature: string): Positions | null {
  const text = storage()?.getItem(PREFIX + signature);
  if (!text) return null;
  try {
    return JSON.parse(text) as Positions;
  } catch {
    return null;
  }
}

export function savePositions(signature: string, positions: Positions): void {
  const store = storage();
  if (!store) return;
  try {
    // One graph's layout at a time: older ones make room.
    for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
    store.setItem(PREFIX + signature, JSON.stringify(positions));
  } catch {
    // Storage full or refused: the layout is deterministic, so the next load computes the same one.
  }
}
