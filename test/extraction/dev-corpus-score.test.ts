// Extraction quality on the dev corpus (read from ../shared at run time, never copied): the built CLI
// extracts every document, the shared scorer compares with the gold annotations, and each task must
// stay above its threshold: a ratchet, raised as work lands, never lowered. Scores on the grown corpus
// (73 documents) when the thresholds were set (claim frames of issue 8): actors 0.907, accusations 0.646,
// denials 0.705, admissions 0.658, affiliations 0.726, ids/actor 1.030, no actor misresolved to another
// country's. Accusations raised after quote spans, report authors and the endorse/urge/legal-noun
// frames: 0.802 on the branch, 0.800 after merging main. Actors raised with issue 7's unseen-text
// work: actors 0.962, ids/actor 1.012. All raised at stop 15 (affiliation frames and passes, references,
// qualified bodies as one item): actors 0.962, accusations 0.809, denials 0.799, admissions 0.800,
// affiliations 0.845, ids/actor 1.012. Admissions raised with the hacktivist-claim frames (claims3):
// 0.846. Raised after the national-body pass and the unseen-text actor work (stop 16): actors 0.964,
// affiliations 0.873. Accusations raised after link-suffixed countries stopped speaking: 0.814.
// Raised at stop 17 (lists that open a clause, headline lists and colons, reporting asides, report
// authors in their own sentence, the progressive): accusations 0.831, affiliations 0.879.
// Denials raised at stop 19 (any adverb between a subject and its verb, "not only" no negation, the
// one-document words gone from the auxiliaries): 0.810.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, REPO_ROOT, runCli } from '../cli/cli.js';
import { tempDir } from '../input/temp-dir.js';
import { sharedFiles } from '../requirements.js';

const DEV = '../shared/corpus/dev';
const SCORER = '../shared/eval/score.mjs';
const present = sharedFiles('the dev-corpus score test', 'corpus/dev', 'eval/score.mjs');

interface TaskScore {
  precision: number;
  recall: number;
  f1: number;
}
interface Summary {
  actors: TaskScore;
  accusations: TaskScore;
  denials: TaskScore;
  admissions: TaskScore;
  affiliations: TaskScore;
  resolution: { meanIdsPerActor: number; misresolved: number };
  documents: { gold: number; predicted: number };
}

describe.skipIf(!present)('dev corpus score', () => {
  let summary: Summary;
  const dir = tempDir();

  beforeAll(() => {
    buildCli();
    // The shell's ../shared/corpus/dev/*.txt, sorted as the shell sorts it.
    const files = readdirSync(join(REPO_ROOT, DEV))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => `${DEV}/${f}`);
    const run = runCli(['extract', '--format', 'jsonl', ...files]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const predictions = join(dir, 'dev.jsonl');
    writeFileSync(predictions, run.stdout);
    const score = spawnSync(process.execPath, [SCORER, '--gold', DEV, '--pred', predictions, '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(score.stderr).toBe('');
    expect(score.status).toBe(0);
    summary = (JSON.parse(score.stdout) as { summary: Summary }).summary;
    process.stderr.write(
      `[extraction] dev f1: actors ${summary.actors.f1}, accusations ${summary.accusations.f1}, denials ${summary.denials.f1}, ` +
        `admissions ${summary.admissions.f1}, affiliations ${summary.affiliations.f1}; ids/actor ${summary.resolution.meanIdsPerActor}\n`,
    );
  }, 600_000);

  it('extracts every gold document', () => {
    expect(summary.documents.gold).toBeGreaterThan(0);
    expect(summary.documents.predicted).toBe(summary.documents.gold);
  });

  it.each([
    ['actors', 0.96],
    ['accusations', 0.83],
    ['denials', 0.8],
    ['admissions', 0.84],
    ['affiliations', 0.875],
  ] as const)('%s f1 >= %s', (task, threshold) => {
    expect(summary[task].f1).toBeGreaterThanOrEqual(threshold);
  });

  it('resolves each gold actor to about one id (mean ids per actor <= 1.015)', () => {
    expect(summary.resolution.meanIdsPerActor).toBeGreaterThan(0);
    expect(summary.resolution.meanIdsPerActor).toBeLessThanOrEqual(1.015);
  });

  it("never resolves a body to another country's actor", () => {
    expect(summary.resolution.misresolved).toBe(0);
  });
});
