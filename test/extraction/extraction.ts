// Shared helpers for the extraction tests: build SourceDocuments from fixtures/extraction (or from an
// inline string), run the pipeline, and look up actors and claims by what the text says.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { buildDocument } from '../../extract/input/index.js';
import { extractDocument, type ExtractOptions } from '../../extract/pipeline.js';
import type { Actor, Claim, ClaimKind, Extraction, SourceDocument } from '../../core/types.js';

const FIXTURES = new URL('../../fixtures/extraction/', import.meta.url);

export function fixtureDoc(name: string): SourceDocument {
  return buildDocument(`fixtures/extraction/${name}`, readFileSync(new URL(name, FIXTURES)), 'text');
}

/** An inline document (one line per paragraph), for cases a single sentence shows best. */
export function textDoc(text: string): SourceDocument {
  return buildDocument('inline.txt', new TextEncoder().encode(text), 'text');
}

export interface Extracted extends Extraction {
  doc: SourceDocument;
}

export function extract(doc: SourceDocument, options?: ExtractOptions): Extracted {
  return { ...extractDocument(doc, options), doc };
}

export const extractText = (text: string, options?: ExtractOptions) => extract(textDoc(text), options);

export const actorIds = (x: Extraction) => x.actors.map((a) => a.id);

export function actor(x: Extraction, id: string): Actor {
  const found = x.actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor "${id}" among ${JSON.stringify(actorIds(x))}`);
  return found;
}

/** The surfaces an actor was found under, in document order. */
export const mentionTexts = (x: Extracted, id: string) =>
  actor(x, id).mentions.map((m) => x.doc.text.slice(m.start, m.end));

/** Claims as compact "kind claimant>subject>object" strings (missing roles as "-"): one assertion shows all roles. */
export const claimSummaries = (x: Extraction, kind?: ClaimKind) =>
  x.claims
    .filter((c) => !kind || c.kind === kind)
    .map((c) => `${c.kind} ${c.claimant ?? '-'}>${c.subject ?? '-'}>${c.object ?? '-'}`);

/** The one claim of `kind` whose evidence contains `cue`; fails when there is none or several. */
export function claimWith(x: Extraction, kind: ClaimKind, cue: string): Claim {
  const found = x.claims.filter((c) => c.kind === kind && c.evidence.text.includes(cue));
  expect(
    found.map((c) => c.evidence.text),
    `${kind} claims with "${cue}"`,
  ).toHaveLength(1);
  return found[0]!;
}

/** The claim's evidence is the document text at its offsets, contains the cue, and its rule names its kind. */
export function expectGrounded(x: Extracted, claim: Claim, cue: string): void {
  expect(x.doc.text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
  expect(claim.evidence.text).toContain(cue);
  expect(claim.rule.startsWith(`${claim.kind}.`)).toBe(true);
}

/** Every mention of every actor lies inside the document body and covers text equal to a known surface of it. */
export function expectMentionsInBody(x: Extracted): void {
  for (const a of x.actors) {
    for (const m of a.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(x.doc.bodyStart);
      expect(m.end).toBeLessThanOrEqual(x.doc.text.length);
      expect(m.end).toBeGreaterThan(m.start);
    }
  }
}
