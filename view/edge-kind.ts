// The viewer's edge kinds are the derived edge types of the graph model under user-facing names.
import type { DerivedEdgeType } from '../graph/model.js';
import type { EdgeKind } from './types.js';

const KIND_OF_TYPE: Record<DerivedEdgeType, EdgeKind> = {
  ACCUSED: 'accusation',
  DENIED: 'denial',
  PART_OF: 'affiliation',
};

export function edgeKindOf(type: DerivedEdgeType): EdgeKind {
  return KIND_OF_TYPE[type];
}

/** Stable, readable edge key: one edge per (kind, source, target), as in the graph model. */
export function edgeKey(kind: EdgeKind, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}
