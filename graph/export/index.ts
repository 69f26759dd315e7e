// Export formats: one writer per format name. `claimgraph export --format NAME` lists exactly these
// keys, so adding a format (e.g. the viewer's self-contained `html`) is one import and one entry.
import { csvExport } from './csv.js';
import { cypherExport } from './cypher.js';
import { gexfExport } from './gexf.js';
import { htmlExport } from '../../src/server/export-html.js';
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
  html: htmlExport,
  stix: stixExport,
};
