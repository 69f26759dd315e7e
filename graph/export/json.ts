import type { GraphSnapshot } from '../model.js';
import type { ExportFile } from './types.js';

/** The GraphSnapshot itself: actors, claims, documents and derived edges. */
export function jsonExport(snapshot: GraphSnapshot): ExportFile[] {
  return [{ name: 'graph.json', content: `${JSON.stringify(snapshot, null, 2)}\n` }];
}
