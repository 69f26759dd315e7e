// Every format of `claimgraph export --format NAME`: the graph's data formats and the viewer as one
// self-contained HTML file.
import { EXPORT_WRITERS, type ExportWriter } from '../../graph/export/index.js';
import { htmlExport } from '../server/export-html.js';

export const EXPORT_FORMATS: Record<string, ExportWriter> = { ...EXPORT_WRITERS, html: htmlExport };
