// Embedded store benchmark at 100k and 1M claims of the synthetic corpus (bench/synthetic): building
// the store, then what a user waits for, each in a fresh process so that opening the store is paid
// as the CLI pays it: open + first `who --accused X`, open + first page of the unfiltered `who`
// (and the next page), open + ingest of one more document, each with its peak RSS; then warm query
// latency for typical filters, and the CLI itself (node start-up included).
//   node dist/bench/graph-embedded.js [--sizes 100000,1000000] [--repeat 5] [--page 50]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { WhoFilter } from '../graph/model.js';
import { who, type WhoPage } from '../graph/queries/who.js';
import { EmbeddedStore } from '../graph/store.js';
import type { Extraction } from '../core/types.js';
import { syntheticCorpus } from './synthetic/generate.js';

/** Documents per transaction while building (one commit each would measure fsyncs, not the store). */
const BUILD_BATCH = 1000;
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

interface BuildResult {
  claims: number;
  documents: number;
  actors: number;
  derivedEdges: number;
  ingestSeconds: number;
  ingestCpuSeconds: number;
  storeBytes: number;
  peakRssMiB: number;
  mostAccused: string;
  mostAccusing: string;
}

/** One cold step in a fresh process: opening the store, then the step itself. */
interface ColdStep {
  step: string;
  openMs: number;
  stepMs: number;
  rows: number;
  peakRssMiB: number;
}

/** Wall time, and CPU time (user + system), which a busy shared machine disturbs far less. */
interface QueryTiming {
  query: string;
  rows: number;
  medianMs: number;
  minMs: number;
  medianCpuMs: number;
}

/** A CLI run as a user starts it, measured by GNU time: wall and CPU time, peak RSS. */
interface CliTiming {
  command: string;
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
  exitCode: number | null;
}

interface SizeResult {
  build: BuildResult;
  cold: ColdStep[];
  warm: QueryTiming[];
  cli: CliTiming[];
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    repeat: { type: 'string', default: '5' },
    page: { type: 'string', default: '50' },
    child: { type: 'string' },
    store: { type: 'string' },
    arg: { type: 'string' },
  },
});

if (values.child !== undefined) {
  process.stdout.write(JSON.stringify(await runChild(values.child, values.store!, values.arg ?? '')));
} else {
  await main();
}

async function main(): Promise<void> {
  const results: SizeResult[] = [];
  for (const size of values.sizes!.split(',').map(Number)) {
    process.stderr.write(`embedded store: ${size.toLocaleString('en')} claims...\n`);
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'));
    try {
      const result = measureSize(size, dir);
      results.push(result);
      report(result);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const out = fileURLToPath(new URL('../../bench/out/', import.meta.url));
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'graph-embedded.json'), `${JSON.stringify(results, null, 2)}\n`);
}

function measureSize(size: number, dir: string): SizeResult {
  const store = join(dir, 'graph.db');
  const build = child<BuildResult>('build', store, String(size));
  const page = Number(values.page);
  const cold = [
    child<ColdStep>('accused', store, build.mostAccused),
    child<ColdStep>('first-page', store, String(page)),
    child<ColdStep>('next-page', store, String(page)),
    child<ColdStep>('ingest-one', store, ''),
  ];
  const warm = child<QueryTiming[]>('warm', store, JSON.stringify([build.mostAccused, build.mostAccusing]));
  const oneMore = join(dir, 'one-more.txt');
  writeFileSync(oneMore, oneMoreDocument(2).text);
  const cli = [
    cliTiming(['who', '--accused', build.mostAccused, '--format', 'json', '--store', store]),
    cliTiming(['who', '--limit', String(page), '--format', 'json', '--store', store]),
    cliTiming([
      'who',
      '--limit',
      String(page),
      '--offset',
      String(page),
      '--format',
      'json',
      '--store',
      store,
    ]),
    cliTiming(['ingest', oneMore, '--store', store]),
  ];
  return { build, cold, warm, cli };
}

function child<T>(mode: string, store: string, arg: string): T {
  const run = spawnSync(
    process.execPath,
    [
      fileURLToPath(import.meta.url),
      '--child',
      mode,
      '--store',
      store,
      '--arg',
      arg,
      '--repeat',
      values.repeat!,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
  );
  if (run.status !== 0)
    throw new Error(`benchmark step ${mode} failed (exit ${run.status}, ${run.signal ?? 'no signal'})`);
  return JSON.parse(run.stdout) as T;
}

function cliTiming(args: string[]): CliTiming {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, MAIN, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const [wall, user, system, rssKiB] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const command = args.filter((arg, i) => args[i - 1] !== '--store' && arg !== '--store').join(' ');
  return {
    command,
    wallMs: wall! * 1000,
    cpuMs: (user! + system!) * 1000,
    peakRssMiB: Math.round(rssKiB! / 1024),
    exitCode: run.status,
  };
}

function runChild(mode: string, store: string, arg: string): Promise<unknown> | unknown {
  switch (mode) {
    case 'build':
      return buildStore(store, Number(arg));
    case 'accused':
      return coldStep(store, 'who --accused (first query)', (opened) => who(opened, { accused: arg }).length);
    case 'first-page':
      return coldStep(
        store,
        `who --limit ${arg} (first page)`,
        (opened) => who(opened, {}, { limit: Number(arg) }).length,
      );
    case 'next-page':
      return coldStep(
        store,
        `who --limit ${arg} --offset ${arg} (second page)`,
        (opened) => who(opened, {}, { limit: Number(arg), offset: Number(arg) }).length,
      );
    case 'ingest-one':
      return coldStep(store, 'ingest one more document (store part, with close)', (opened) => {
        opened.ingest(oneMoreDocument(1).extraction);
        opened.close();
        return 1;
      });
    case 'warm':
      return warmQueries(store, JSON.parse(arg) as [string, string]);
    default:
      throw new Error(`unknown benchmark step ${mode}`);
  }
}

async function buildStore(file: string, claims: number): Promise<BuildResult> {
  const store = await EmbeddedStore.open(file);
  let ingestMs = 0;
  let ingestCpuMs = 0;
  let documents = 0;
  let batch: Extraction[] = [];
  const flush = (): void => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    store.ingestAll(batch);
    ingestCpuMs += cpuMs(process.cpuUsage(cpu));
    ingestMs += performance.now() - start;
    batch = [];
  };
  for (const { extraction } of syntheticCorpus({ claims })) {
    batch.push(extraction);
    documents += 1;
    if (batch.length === BUILD_BATCH) flush();
  }
  flush();
  const counts = store.counts();
  const scalar = (sql: string): string | number => Object.values(store.db.prepare(sql).get() as object)[0];
  const derivedEdges = Number(scalar('SELECT count(*) FROM edges'));
  const busiest = (end: 'source' | 'target'): string =>
    String(
      scalar(`SELECT a.name FROM edges e JOIN actors a ON a.id = e.${end} WHERE e.type = 'ACCUSED'
              GROUP BY e.${end} ORDER BY sum(e.count) DESC LIMIT 1`),
    );
  const [mostAccused, mostAccusing] = [busiest('target'), busiest('source')];
  const start = performance.now();
  store.close();
  ingestMs += performance.now() - start;
  return {
    claims: counts.claims,
    documents,
    actors: counts.actors,
    derivedEdges,
    ingestSeconds: ingestMs / 1000,
    ingestCpuSeconds: ingestCpuMs / 1000,
    storeBytes: statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0),
    peakRssMiB: peakRssMiB(),
    mostAccused,
    mostAccusing,
  };
}

/** A document the corpus does not hold (another seed, another path). */
function oneMoreDocument(seed: number): { text: string; extraction: Extraction } {
  const [document] = syntheticCorpus({ claims: 10, seed: 1000 + seed });
  const { extraction } = document!;
  extraction.document = { ...extraction.document, path: `one-more/${seed}.txt` };
  return { text: document!.text, extraction };
}

async function coldStep(
  file: string,
  step: string,
  run: (store: EmbeddedStore) => number,
): Promise<ColdStep> {
  let start = performance.now();
  const store = await EmbeddedStore.open(file, { canonicalName: () => undefined });
  const openMs = performance.now() - start;
  start = performance.now();
  const rows = run(store);
  const stepMs = performance.now() - start;
  if (store.db.open) store.close();
  return { step, openMs, stepMs, rows, peakRssMiB: peakRssMiB() };
}

/** Typical questions: everything, one accused, one accuser, a year, a target; names as users type them. */
async function warmQueries(
  file: string,
  [mostAccused, mostAccusing]: [string, string],
): Promise<QueryTiming[]> {
  const store = await EmbeddedStore.open(file);
  const page = Number(values.page);
  const queries: [string, WhoFilter, WhoPage][] = [
    ['(no filter), every row', {}, {}],
    [`(no filter) --limit ${page}`, {}, { limit: page }],
    [`(no filter) --limit ${page} --offset ${page}`, {}, { limit: page, offset: page }],
    [`--accused "${mostAccused}"`, { accused: mostAccused.toLowerCase() }, {}],
    [`--accuser "${mostAccusing}"`, { accuser: mostAccusing }, {}],
    ['--since 2020-01-01 --until 2020-12-31', { since: '2020-01-01', until: '2020-12-31' }, {}],
    ['--target "United States"', { target: 'United States' }, {}],
    [`--accused "${mostAccused}" --since 2020-01-01`, { accused: mostAccused, since: '2020-01-01' }, {}],
  ];
  const repeat = Number(values.repeat);
  const timings = queries.map(([query, filter, page]) => time(store, query, filter, page, repeat));
  store.close();
  return timings;
}

function time(
  store: EmbeddedStore,
  query: string,
  filter: WhoFilter,
  page: WhoPage,
  repeat: number,
): QueryTiming {
  const rows = who(store, filter, page).length; // warm-up
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    who(store, filter, page);
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

function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function report({ build, cold, warm, cli }: SizeResult): void {
  const lines = [
    `  ${build.claims.toLocaleString('en')} claims, ${build.documents.toLocaleString('en')} documents, ${build.actors} actors, ${build.derivedEdges} derived edges, store ${(build.storeBytes / 2 ** 20).toFixed(0)} MiB`,
    `  build: ingest ${build.ingestSeconds.toFixed(1)} s, CPU ${build.ingestCpuSeconds.toFixed(1)} s (${Math.round(build.claims / build.ingestCpuSeconds).toLocaleString('en')} claims per CPU-s), peak RSS ${build.peakRssMiB} MiB`,
  ];
  for (const step of cold) {
    lines.push(
      `  cold ${step.step.padEnd(52)} open ${step.openMs.toFixed(1)} ms + ${step.stepMs.toFixed(1)} ms, ${step.rows} rows, peak RSS ${step.peakRssMiB} MiB`,
    );
  }
  for (const timing of warm) {
    lines.push(
      `  warm who ${timing.query.padEnd(48)} ${String(timing.rows).padStart(7)} rows  median ${timing.medianMs.toFixed(2)} ms  min ${timing.minMs.toFixed(2)} ms  CPU ${timing.medianCpuMs.toFixed(2)} ms`,
    );
  }
  for (const run of cli) {
    lines.push(
      `  cli  claimgraph ${run.command.padEnd(60)} ${run.wallMs.toFixed(0)} ms, CPU ${run.cpuMs.toFixed(0)} ms, peak RSS ${run.peakRssMiB} MiB (exit ${run.exitCode})`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
