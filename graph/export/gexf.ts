import { write } from 'graphology-gexf';
import type { GraphSnapshot } from '../model.js';
import { flatGraph } from './flat-graph.js';
import type { ExportFile } from './types.js';

// graphology-gexf declares the viz namespace with three slashes ("http:///www.gexf.net/..."),
// which strict readers reject as a different namespace; the GEXF schema's URI has two.
const MISSPELLED_VIZ_NAMESPACE = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const VIZ_NAMESPACE = 'xmlns:viz="http://www.gexf.net/1.1draft/viz"';

export function gexfExport(snapshot: GraphSnapshot): ExportFile[] {
  const xml = write(flatGraph(snapshot)).replace(MISSPELLED_VIZ_NAMESPACE, VIZ_NAMESPACE);
  return [{ name: 'graph.gexf', content: xml }];
}
