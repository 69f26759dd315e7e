// GraphML has no writer in graphology-graphml (it only parses), so this writes the small subset it
// needs: typed <key> declarations, then nodes and edges with their <data>. The output reads back
// with graphology-graphml's parser and opens in Gephi, yEd and Neo4j's apoc.import.graphml.
import type { MultiDirectedGraph } from 'graphology';
import type { GraphSnapshot } from '../model.js';
import { flatGraph, type FlatAttributes, type FlatValue } from './flat-graph.js';
import type { ExportFile } from './types.js';

/** Also escapes carriage returns, which XML parsers would otherwise fold into plain line feeds. */
const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');

type KeyScope = 'node' | 'edge';

/** Attribute name -> GraphML type, over every element of one scope. */
function declaredKeys(records: Iterable<FlatAttributes>): Map<string, 'string' | 'long' | 'double'> {
  const keys = new Map<string, 'string' | 'long' | 'double'>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type = typeof value === 'string' ? 'string' : Number.isInteger(value) ? 'long' : 'double';
      const known = keys.get(name);
      keys.set(
        name,
        known === undefined || known === type
          ? type
          : known === 'string' || type === 'string'
            ? 'string'
            : 'double',
      );
    }
  }
  return keys;
}

function dataElements(scope: KeyScope, attributes: FlatAttributes): string {
  return Object.entries(attributes)
    .map(
      ([name, value]: [string, FlatValue]) =>
        `<data key="${scope}_${escapeXml(name)}">${escapeXml(String(value))}</data>`,
    )
    .join('');
}

export function graphmlText(graph: MultiDirectedGraph<FlatAttributes, FlatAttributes>): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  const scopes: [KeyScope, Map<string, string>][] = [
    ['node', declaredKeys(graph.mapNodes((_key, attributes) => attributes))],
    ['edge', declaredKeys(graph.mapEdges((_key, attributes) => attributes))],
  ];
  for (const [scope, keys] of scopes) {
    for (const [name, type] of keys) {
      const attrName = escapeXml(name);
      lines.push(
        `  <key id="${scope}_${attrName}" for="${scope}" attr.name="${attrName}" attr.type="${type}"/>`,
      );
    }
  }
  lines.push('  <graph edgedefault="directed">');
  graph.forEachNode((key, attributes) => {
    lines.push(`    <node id="${escapeXml(key)}">${dataElements('node', attributes)}</node>`);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const ids = `id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"`;
    lines.push(`    <edge ${ids}>${dataElements('edge', attributes)}</edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function graphmlExport(snapshot: GraphSnapshot): ExportFile[] {
  return [{ name: 'graph.graphml', content: graphmlText(flatGraph(snapshot)) }];
}
