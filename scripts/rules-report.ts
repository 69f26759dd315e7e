// `npm run rules:report`: for every claim rule and pass, the dev documents it fires in and its precision
// against the dev gold. Each rule is scored alone by the shared scorer (../shared/eval/score.mjs) on
// the extractions with only that rule's claims kept, so "precision" means exactly what the scorer means.
// A rule firing in fewer than two dev documents must say in rules.json why it is general.
//
//   npm run rules:report      (prints a markdown table)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDocuments } from '../extract/input/index.js';
import { loadRuleTable } from '../extract/claims/rule-table.js';
import { extractDocument } from '../extract/pipeline.js';
import type { ClaimKind, Extraction } from '../core/types.js';

const SHARED = resolve(process.env.CLAIMGRAPH_SHARED ?? '../shared');
const DEV = join(SHARED, 'corpus/dev');
const SCORER = join(SHARED, 'eval/score.mjs');
const TASK: Record<ClaimKind, string> = {
  accusation: 'accusations',
  denial: 'denials',
  admission: 'admissions',
  affiliation: 'affiliations',
};

interface RuleRow {
  id: string;
  kind: ClaimKind;
  documents: number;
  claims: number;
  tp: number;
  fp: number;
}

interface TaskScore {
  tp: number;
  fp: number;
}

function score(extractions: Extraction[], dir: string): Record<string, TaskScore> {
  const file = join(dir, 'pred.jsonl');
  writeFileSync(file, extractions.map((x) => JSON.stringify(x)).join('\n'));
  const run = spawnSync(process.execPath, [SCORER, '--gold', DEV, '--pred', file, '--json'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`scorer failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: Record<string, TaskScore> }).summary;
}

function rows(extractions: Extraction[], dir: string): RuleRow[] {
  const table = loadRuleTable();
  return [...table.rules, ...table.passes].map(({ id, kind }) => {
    const only = extractions.map((x) => ({ ...x, claims: x.claims.filter((c) => c.rule === id) }));
    const fired = only.filter((x) => x.claims.length > 0);
    const { tp, fp } = fired.length ? score(only, dir)[TASK[kind]]! : { tp: 0, fp: 0 };
    const claims = fired.reduce((n, x) => n + x.claims.length, 0);
    return { id, kind, documents: fired.length, claims, tp, fp };
  });
}

const precision = (r: { tp: number; fp: number }) => (r.tp + r.fp ? (r.tp / (r.tp + r.fp)).toFixed(2) : '–');

function print(table: RuleRow[]): void {
  const lines = [
    '| rule | dev docs | claims | tp / fp | precision |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...table.map(
      (r) => `| \`${r.id}\` | ${r.documents} | ${r.claims} | ${r.tp} / ${r.fp} | ${precision(r)} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const extractions: Extraction[] = [];
  for await (const result of readDocuments([DEV]))
    if (result.ok) extractions.push(extractDocument(result.doc));
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-rules-'));
  try {
    print(rows(extractions, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
