// The graph's data formats: one writer per format name. The CLI adds the viewer's self-contained
// `html` (src/cli/export-formats.ts), which needs the built page and so sits above this layer.
import { csvExport } from './csv.js';
import { cypherExport } from './cypher.js';
import { gexfExport } from './gexf.js';
import { graphmlExport } from './graphml.js';
import { jsonExport } from './json.js';
import { stixExport } from './stix.js';
import type { ExportWriter } from './types.js';

export type { ExportFile, ExportWriter } from './types.js';

export const EXPORT_WRITERS: Record<string, ExportWriter> = {
  json: jsonExport,
  graphml: graphmlExport,
  gexf: gexfExport,
  cypher: cypherExport,
  csv: csvExport,
  stix: stixExport,
};
