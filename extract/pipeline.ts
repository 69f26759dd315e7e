// text -> document -> sentences -> actor mentions -> resolved actors -> claims
import type { Extraction, SourceDocument } from '../src/types.js';

/** Extracts actors and claims from one document. Pure: no I/O. */
export function extractDocument(doc: SourceDocument): Extraction {
  // Placeholder until the actor and claim stages land (being built now); returns no findings.
  return { document: doc.meta, actors: [], claims: [] };
}
