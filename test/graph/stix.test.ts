import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { EXPORT_WRITERS } from '../../graph/export/index.js';
import type { GraphSnapshot } from '../../graph/model.js';
import { describeWithPython, runPython } from '../python/python.js';
import { corpusStore } from './fixtures.js';
import { hostileSnapshot } from './hostile.js';

type StixObject = Record<string, unknown> & { type: string; id: string };
interface StixCheck {
  valid: boolean;
  errors: string[];
  warningCodes: string[];
  countsByType: Record<string, number>;
  objects: StixObject[];
}

async function stixText(snapshot: GraphSnapshot): Promise<string> {
  const files = await EXPORT_WRITERS.stix!(snapshot);
  expect(files).toHaveLength(1);
  return files[0]!.content;
}

async function checkWithPython(snapshot: GraphSnapshot): Promise<StixCheck> {
  const file = join(mkdtempSync(join(tmpdir(), 'claimgraph-stix-')), 'bundle.json');
  writeFileSync(file, await stixText(snapshot));
  return runPython<StixCheck>('stix_check.py', file);
}

test('the same graph exports to the same bytes, with UUIDv5 ids', async () => {
  const snapshot = corpusStore().snapshot();
  const text = await stixText(snapshot);
  expect(await stixText(corpusStore().snapshot())).toBe(text);
  const ids = (JSON.parse(text) as { objects: StixObject[] }).objects.map((o) => o.id);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids)
    expect(id).toMatch(/^[a-z-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

describeWithPython('STIX 2.1 export read by the OASIS validator and the stix2 library', () => {
  test('the fixture graph validates without errors and maps claims to attributions and opinions', async () => {
    const snapshot = corpusStore().snapshot();
    const check = await checkWithPython(snapshot);
    expect(check.errors).toEqual([]);
    expect(check.valid).toBe(true);
    // Only best-practice notes remain: ids are UUIDv5 (not v4) and document URLs carry no hash.
    for (const code of check.warningCodes) expect(['103', '302']).toContain(code);

    const byId = new Map(check.objects.map((o) => [o.id, o]));
    const names = (id: unknown) => (byId.get(id as string)?.name as string | undefined) ?? null;
    const actorName = new Map(snapshot.actors.map((a) => [a.id, a.name]));
    const reports = check.objects.filter((o) => o.type === 'report');
    const documentsWithClaims = new Set(snapshot.claims.map((c) => c.documentId));
    expect(reports).toHaveLength(documentsWithClaims.size);

    const accusations = snapshot.claims.filter((c) => c.kind === 'accusation');
    const attributions = check.objects.filter((o) => o.relationship_type === 'attributed-to');
    for (const claim of accusations) {
      const found = attributions.find(
        (r) => (r.external_references as { description: string }[])[0]!.description === claim.text,
      );
      expect(found, claim.text).toBeDefined();
      expect(names(found!.created_by_ref)).toBe(
        claim.claimant === null ? null : actorName.get(claim.claimant),
      );
      expect(names(found!.target_ref)).toBe(actorName.get(claim.subject!));
      expect(byId.get(found!.source_ref as string)!.type).toBe('campaign');
    }
    const targeted = accusations.filter((c) => c.object !== null);
    expect(check.objects.filter((o) => o.relationship_type === 'targets')).toHaveLength(targeted.length);

    const denials = snapshot.claims.filter((c) => c.kind === 'denial');
    const opinions = check.objects.filter((o) => o.type === 'opinion');
    expect(opinions).toHaveLength(denials.length);
    for (const opinion of opinions) {
      expect(opinion.opinion).toBe('strongly-disagree');
      const denial = denials.find((d) => d.text === opinion.explanation)!;
      expect(names(opinion.created_by_ref)).toBe(actorName.get(denial.claimant!));
    }
  });

  test('names and evidence full of markup and control characters still validate', async () => {
    const check = await checkWithPython(hostileSnapshot());
    expect(check.errors).toEqual([]);
    expect(check.countsByType.identity).toBeGreaterThan(0);
  });
});
