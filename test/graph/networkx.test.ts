// GraphML and GEXF read by an independent reader (networkx): the same node and edge counts as the
// snapshot, every node with its model label, and the GEXF namespaces as the GEXF schema spells them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { EXPORT_WRITERS } from '../../graph/export/index.js';
import { describeWithPython, runPython } from '../python/python.js';
import { hostileSnapshot } from './hostile.js';

interface Counts {
  nodes: number;
  edges: number;
  labels: Record<string, number>;
}
interface NetworkxCheck {
  graphml: Counts;
  gexf: Counts;
  gexfNamespaces: Record<string, string>;
}

describeWithPython('GraphML and GEXF through networkx', () => {
  test('both files read back with every node and edge', async () => {
    const snapshot = hostileSnapshot();
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-networkx-'));
    const write = async (format: string) => {
      const path = join(dir, `graph.${format}`);
      writeFileSync(path, (await EXPORT_WRITERS[format]!(snapshot))[0]!.content);
      return path;
    };
    const check = runPython<NetworkxCheck>('networkx_check.py', await write('graphml'), await write('gexf'));
    const roleEdges = snapshot.claims.reduce(
      (n, c) => n + 1 + [c.claimant, c.subject, c.object].filter((id) => id !== null).length,
      0,
    );
    const expected: Counts = {
      nodes: snapshot.actors.length + snapshot.claims.length + snapshot.documents.length,
      edges: snapshot.edges.length + roleEdges,
      labels: {
        Actor: snapshot.actors.length,
        Claim: snapshot.claims.length,
        Document: snapshot.documents.length,
      },
    };
    expect(check.graphml).toEqual(expected);
    expect(check.gexf).toEqual(expected);
    expect(check.gexfNamespaces.viz).toBe('http://www.gexf.net/1.1draft/viz');
  });
});
