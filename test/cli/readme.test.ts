// The README's JSONL example must stay true: valid under the contract, its offsets and hash must
// match the fixture it claims to come from, and its actors and claims are what the extractor makes of
// that fixture today (regenerate it from `claimgraph extract` when extraction changes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../extract/input/index.js';
import { extractDocument } from '../../extract/pipeline.js';
import { validateExtraction } from '../../core/contract.js';
import type { Extraction } from '../../core/types.js';
import { REPO_ROOT } from './cli.js';

const MARKER = '<!-- jsonl-example';

function readmeExample(): unknown {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const after = readme.slice(readme.indexOf(MARKER));
  const block = /```json\n([\s\S]*?)\n```/.exec(after);
  if (!readme.includes(MARKER) || !block) throw new Error('README.md has no JSONL example block');
  return JSON.parse(block[1]!);
}

describe('README JSONL example', () => {
  it('validates against the contract, with offsets and hash matching its fixture', async () => {
    const example = readmeExample();
    const path = (example as Extraction).document.path;
    const [result] = await collect(readDocuments([join(REPO_ROOT, path)]));
    if (!result?.ok) throw new Error(`cannot read ${path}`);
    expect(validateExtraction(example, result.doc.text)).toMatchObject({ ok: true });
    expect((example as Extraction).document).toEqual({ ...result.doc.meta, path });
    const { actors, claims } = extractDocument(result.doc);
    expect({ actors: (example as Extraction).actors, claims: (example as Extraction).claims }).toEqual({
      actors,
      claims,
    });
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
