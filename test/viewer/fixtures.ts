// Test helpers: the viewer's fixture graphs, read from fixtures/viewer.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphSnapshot } from '../../graph/model.js';

export function fixtureGraph(name: 'small-graph' | 'hostile-graph' | 'analyst-graph'): GraphSnapshot {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../fixtures/viewer/${name}.json`, import.meta.url)), 'utf8'),
  ) as GraphSnapshot;
}
