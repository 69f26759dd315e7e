// What every extraction printer is (json, jsonl, table): it gets documents one at a time and
// writes as it goes.
import type { Extraction } from '../../core/types.js';

export interface Printer {
  document(extraction: Extraction): void;
  end(): void;
}

export type Write = (chunk: string) => void;
