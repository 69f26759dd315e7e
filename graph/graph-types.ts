// Keys of the model's nodes and derived edges wherever one graph holds them all (the exports' flat
// graph): actors, claims and documents share it, so their keys carry a label prefix, since ids from
// different labels may collide.
import type { DerivedEdgeType } from './model.js';

export const actorKey = (id: string): string => `actor:${id}`;
export const claimKey = (id: string): string => `claim:${id}`;
export const documentKey = (id: string): string => `document:${id}`;

/** One derived edge per (type, source, target); JSON keeps ids with any characters apart. */
export const derivedEdgeKey = (type: DerivedEdgeType, source: string, target: string): string =>
  JSON.stringify([type, source, target]);
