import type { GraphSnapshot } from '../model.js';

/** One output file of an export; single-file formats give one, `csv` gives several. */
export interface ExportFile {
  name: string;
  content: string;
}

export type ExportWriter = (snapshot: GraphSnapshot) => ExportFile[] | Promise<ExportFile[]>;
