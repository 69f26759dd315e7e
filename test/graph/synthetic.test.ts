import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic/generate.js';
import { readDocuments } from '../../extract/input/index.js';
import { validateExtraction } from '../../core/contract.js';
import { EmbeddedStore } from '../../graph/store.js';
import { writeFile, mkdir } from 'node:fs/promises';

describe('synthetic corpus', () => {
  const corpus = [...syntheticCorpus({ claims: 2_000, seed: 7 })];

  test('exactly the requested claims, every extraction valid against its own text', () => {
    expect(corpus.reduce((n, doc) => n + doc.extraction.claims.length, 0)).toBe(2_000);
    for (const { text, extraction } of corpus) {
      const result = validateExtraction(extraction, text);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  test('the same seed gives the same corpus; another seed another one', () => {
    const again = [...syntheticCorpus({ claims: 2_000, seed: 7 })];
    expect(again.map((doc) => doc.extraction.document.sha256)).toEqual(
      corpus.map((doc) => doc.extraction.document.sha256),
    );
    expect([...syntheticCorpus({ claims: 20, seed: 8 })][0]!.text).not.toBe(corpus[0]!.text);
  });

  test('a realistic mix: mostly accusations, some denials and affiliations, attention skewed to a few actors', () => {
    const claims = corpus.flatMap((doc) => doc.extraction.claims);
    const share = (kind: string) => claims.filter((claim) => claim.kind === kind).length / claims.length;
    expect(share('accusation')).toBeGreaterThan(0.6);
    expect(share('denial')).toBeGreaterThan(0.08);
    expect(share('affiliation')).toBeGreaterThan(0.08);
    const accused = new Map<string, number>();
    for (const claim of claims)
      if (claim.kind === 'accusation') accused.set(claim.subject!, (accused.get(claim.subject!) ?? 0) + 1);
    const counts = [...accused.values()].sort((a, b) => b - a);
    const top = counts.slice(0, Math.ceil(counts.length / 10)).reduce((a, b) => a + b, 0);
    expect(top / counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.25);
    const denial = claims.find((claim) => claim.kind === 'denial')!;
    expect(denial.evidence.text).toMatch(/rejected|denied|dismissed/);
  });

  test('its texts read back through the input stage with the same metadata', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-synthetic-'));
    try {
      const { text, extraction } = corpus[0]!;
      const file = join(dir, extraction.document.path);
      await mkdir(join(dir, 'synthetic'), { recursive: true });
      await writeFile(file, text);
      const results = [];
      for await (const result of readDocuments([file])) results.push(result);
      expect(results[0]).toMatchObject({
        ok: true,
        doc: { text, meta: { ...extraction.document, path: file } },
      });
      expect(readFileSync(file, 'utf8')).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the store takes it in, one node per actor', () => {
    const store = EmbeddedStore.inMemory({ canonicalName: () => undefined });
    for (const { extraction } of corpus) store.ingest(extraction);
    const ids = new Set(corpus.flatMap((doc) => doc.extraction.actors.map((actor) => actor.id)));
    expect(store.counts()).toEqual({ actors: ids.size, claims: 2_000, documents: corpus.length });
  });
});
