// The JSONL contract on the real dev corpus: every line the CLI prints must validate, and every
// offset must index the file exactly as it lies on disk (the scorer slices the raw file).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateExtraction } from '../../core/contract.js';
import type { Extraction } from '../../core/types.js';
import { sharedFiles } from '../requirements.js';
import { buildCli, REPO_ROOT, runCli } from './cli.js';

const CORPUS = join(REPO_ROOT, '../shared/corpus/dev');
const corpusPresent = sharedFiles('the JSONL contract test on the dev corpus', 'corpus/dev');

describe.skipIf(!corpusPresent)('JSONL contract on ../shared/corpus/dev', () => {
  const files = corpusPresent
    ? readdirSync(CORPUS)
        .filter((name) => name.endsWith('.txt'))
        .sort()
    : [];
  let lines: unknown[] = [];

  beforeAll(() => {
    buildCli();
    const run = runCli(['extract', '--format', 'jsonl', ...files.map((name) => join(CORPUS, name))]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
  });

  it('prints exactly one line per document, in argument order', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(lines.map((line) => basename((line as Extraction).document.path))).toEqual(files);
  });

  it('validates every line, with all offsets and evidence checked against the raw file', () => {
    const problems: string[] = [];
    for (const line of lines) {
      const path = (line as Extraction).document.path;
      const bytes = readFileSync(path);
      const result = validateExtraction(line, bytes.toString('utf8'));
      if (!result.ok) problems.push(...result.problems.map((p) => `${basename(path)}: ${p}`));
      else expect(result.extraction.document.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(problems).toEqual([]);
  });
});
