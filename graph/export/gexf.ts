import { write } from 'graphology-gexf';
import type { GraphSnapshot } from '../model.js';
import { flatGraph } from './flat-graph.js';
import type { ExportFile } from './types.js';

export function gexfExport(snapshot: GraphSnapshot): ExportFile[] {
  return [{ name: 'graph.gexf', content: write(flatGraph(snapshot)) }];
}
