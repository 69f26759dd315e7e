// Embedded graph benchmark: ingest time, `who` latency, save/open time and peak memory at 100k and
// 1M claims of the synthetic corpus (bench/synthetic). Each size runs in a fresh child process so
// its peak RSS is its own.
//   node dist/bench/graph-embedded.js [--sizes 100000,1000000] [--repeat 5] [--no-save]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { WhoFilter } from '../graph/model.js';
import { who } from '../graph/queries/who.js';
import { EmbeddedStore } from '../graph/store.js';
import { syntheticCorpus } from './synthetic/generate.js';

/** Wall time, and CPU time (user + system), which a busy shared machine disturbs far less. */
interface QueryTiming {
  query: string;
  rows: number;
  medianMs: number;
  minMs: number;
  medianCpuMs: number;
}

interface SizeResult {
  claims: number;
  documents: number;
  actors: number;
  derivedEdges: number;
  ingestSeconds: number;
  ingestCpuSeconds: number;
  saveSeconds: number | null;
  openSeconds: number | null;
  storeBytes: number | null;
  who: QueryTiming[];
  peakRssMiB: number;
}

const HEAP_MiB = 20_000;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    repeat: { type: 'string', default: '5' },
    'no-save': { type: 'boolean', default: false },
    child: { type: 'string' },
  },
});

if (values.child !== undefined) {
  const result = await measure(Number(values.child), Number(values.repeat), !values['no-save']);
  process.stdout.write(JSON.stringify(result));
} else {
  await main();
}

async function main(): Promise<void> {
  const results: SizeResult[] = [];
  for (const size of values.sizes!.split(',').map(Number)) {
    process.stderr.write(`embedded graph: ${size.toLocaleString('en')} claims...\n`);
    const args = [
      `--max-old-space-size=${HEAP_MiB}`,
      fileURLToPath(import.meta.url),
      '--child',
      String(size),
      '--repeat',
      values.repeat!,
    ];
    if (values['no-save']) args.push('--no-save');
    const child = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 26,
    });
    if (child.status !== 0)
      throw new Error(
        `benchmark child for ${size} claims failed (exit ${child.status}, ${child.signal ?? 'no signal'})`,
      );
    const result = JSON.parse(child.stdout) as SizeResult;
    results.push(result);
    report(result);
  }
  const out = fileURLToPath(new URL('../../bench/out/', import.meta.url));
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'graph-embedded.json'), `${JSON.stringify(results, null, 2)}\n`);
}

function report(result: SizeResult): void {
  const lines = [
    `  ${result.claims.toLocaleString('en')} claims, ${result.documents.toLocaleString('en')} documents, ${result.actors} actors, ${result.derivedEdges} derived edges`,
    `  ingest ${result.ingestSeconds.toFixed(1)} s, CPU ${result.ingestCpuSeconds.toFixed(1)} s (${Math.round(result.claims / result.ingestCpuSeconds).toLocaleString('en')} claims per CPU-s), peak RSS ${result.peakRssMiB} MiB`,
  ];
  if (result.saveSeconds !== null) {
    lines.push(
      `  save ${result.saveSeconds.toFixed(1)} s, open ${result.openSeconds!.toFixed(1)} s, store file ${(result.storeBytes! / 2 ** 20).toFixed(0)} MiB`,
    );
  }
  for (const timing of result.who) {
    lines.push(
      `  who ${timing.query.padEnd(44)} ${String(timing.rows).padStart(7)} rows  median ${timing.medianMs.toFixed(2)} ms  min ${timing.minMs.toFixed(2)} ms  CPU ${timing.medianCpuMs.toFixed(2)} ms`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function measure(claims: number, repeat: number, save: boolean): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'));
  try {
    return await measureIn(join(dir, 'graph.jsonl'), claims, repeat, save);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureIn(file: string, claims: number, repeat: number, save: boolean): Promise<SizeResult> {
  const store = await EmbeddedStore.open(file);
  let ingestMs = 0;
  let ingestCpuMs = 0;
  let documents = 0;
  for (const { extraction } of syntheticCorpus({ claims })) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    store.ingest(extraction);
    ingestCpuMs += cpuMs(process.cpuUsage(cpu));
    ingestMs += performance.now() - start;
    documents += 1;
  }
  const timings = whoQueries(store).map(([query, filter]) => time(store, query, filter, repeat));
  const counts = store.counts();
  let derivedEdges = 0;
  store.graph.forEachEdge((_key, edge) => {
    if ('count' in edge) derivedEdges += 1;
  });
  const persisted = save ? await saveAndOpen(store, file) : null;
  return {
    claims: counts.claims,
    documents,
    actors: counts.actors,
    derivedEdges,
    ingestSeconds: ingestMs / 1000,
    ingestCpuSeconds: ingestCpuMs / 1000,
    saveSeconds: persisted?.saveSeconds ?? null,
    openSeconds: persisted?.openSeconds ?? null,
    storeBytes: persisted?.storeBytes ?? null,
    who: timings,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Typical questions: everything, one accused, one accuser, a year, a target; names as users type them. */
function whoQueries(store: EmbeddedStore): [string, WhoFilter][] {
  const all = who(store);
  const mostAccused = mostFrequent(all.map((row) => [row.accused, row.claims]));
  const mostAccusing = mostFrequent(all.map((row) => [row.accuser, row.claims]));
  return [
    ['(no filter)', {}],
    [`--accused "${mostAccused}"`, { accused: mostAccused.toLowerCase() }],
    [`--accuser "${mostAccusing}"`, { accuser: mostAccusing }],
    ['--since 2020-01-01 --until 2020-12-31', { since: '2020-01-01', until: '2020-12-31' }],
    ['--target "United States"', { target: 'United States' }],
    [`--accused "${mostAccused}" --since 2020-01-01`, { accused: mostAccused, since: '2020-01-01' }],
  ];
}

function mostFrequent(pairs: [string, number][]): string {
  const totals = new Map<string, number>();
  for (const [name, claims] of pairs) totals.set(name, (totals.get(name) ?? 0) + claims);
  return [...totals].sort((a, b) => b[1] - a[1])[0]![0];
}

function time(store: EmbeddedStore, query: string, filter: WhoFilter, repeat: number): QueryTiming {
  const rows = who(store, filter).length; // warm-up (also builds the name index once)
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    who(store, filter);
    cpuSamples.push(cpuMs(process.cpuUsage(cpu)));
    samples.push(performance.now() - start);
  }
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    query,
    rows,
    medianMs: median(samples),
    minMs: Math.min(...samples),
    medianCpuMs: median(cpuSamples),
  };
}

function cpuMs({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1000;
}

async function saveAndOpen(
  store: EmbeddedStore,
  file: string,
): Promise<{ saveSeconds: number; openSeconds: number; storeBytes: number }> {
  let start = performance.now();
  await store.save();
  const saveSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  await EmbeddedStore.open(file);
  const openSeconds = (performance.now() - start) / 1000;
  return { saveSeconds, openSeconds, storeBytes: statSync(file).size };
}
