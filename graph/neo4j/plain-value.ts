// Neo4j result values as plain JSON data: nodes, relationships and paths become objects, temporal
// and spatial values their ISO/WKT-like strings, so `cypher --format json` prints ordinary JSON.
import neo4j from 'neo4j-driver';

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) {
    return {
      elementId: value.elementId,
      labels: [...value.labels],
      properties: plainObject(value.properties),
    };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: plainObject(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      start: toPlain(value.start),
      segments: value.segments.map((segment) => ({
        relationship: toPlain(segment.relationship),
        end: toPlain(segment.end),
      })),
    };
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object' && value.constructor === Object)
    return plainObject(value as Record<string, unknown>);
  // Temporal, spatial and duration values all print themselves in standard notation.
  return String(value);
}

function plainObject(object: Record<string, unknown>): { [key: string]: PlainValue } {
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, toPlain(item)]));
}
