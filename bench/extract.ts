// Extraction throughput: claimgraph's extractDocument against bare compromise `nlp(text)` on the
// same in-memory documents (no file I/O in either timing), so the ratio shows what our stages
// cost on top of the tokenizer/tagger they are built on; then the worker pool (extract/batch) with
// 1 and 2 workers (--jobs), whose CPU time covers every thread of this process.
//
//   npm run bench:extract [-- --mb 5] [--jobs 1,2] [--only throughput|single|stages] [--passes 5]
//
// Corpus: the texts of ../shared/corpus/dev (or fixtures/ when that is absent), repeated with small
// variations (shifted digits, a numbered first line) until at least --mb megabytes of UTF-8.
//
// Then single large documents, each extracted in a child process of its own so that its peak RSS is
// its own: 1 MB of ordinary text, the same 1 MB with every punctuation mark and line break removed
// (one sentence as far as any tokenizer can tell), and one 4 MB document. Cost per MB should not
// depend on punctuation, and memory should stay bounded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { buildDocument, readDocuments } from '../extract/input/index.js';
import { ExtractionPool } from '../extract/batch/pool.js';
import { extractDocument } from '../extract/pipeline.js';
import { printStageTimes, stageTimes } from './extract-stages.js';
import type { SourceDocument } from '../core/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = [`${ROOT}../shared/corpus/dev`, `${ROOT}fixtures`];
// Each arm first runs untimed over this many documents, so that both are timed in steady state: over
// the first 20 documents alone V8's optimising compiler was still busy for hundreds more (compile jobs
// per hundred documents of extractDocument: 359, 87, 43, 24, 18), its background threads' CPU time
// counted in the timed window, and more so for the arm with more code to compile.
const WARM_UP_DOCUMENTS = 500;
/** Per worker, for the pool runs (their warm-up is unchanged). */
const POOL_WARM_UP_DOCUMENTS = 20;

interface Measurement {
  name: string;
  seconds: number;
  /** CPU time of this process (user + system): less disturbed than wall time on a busy machine. */
  cpuSeconds: number;
  peakRssMb: number;
}

async function sourceTexts(): Promise<{ source: string; texts: string[] }> {
  const source = SOURCES.find((dir) => existsSync(dir));
  if (!source) throw new Error(`no benchmark source: none of ${SOURCES.join(', ')} exists`);
  const texts: string[] = [];
  for await (const result of readDocuments([source])) if (result.ok) texts.push(result.doc.text);
  if (texts.length === 0) throw new Error(`no readable documents in ${source}`);
  return { source, texts };
}

/** Variant `n` of a text: every digit shifted by n and a numbered first line, so no two
 * documents are identical (nothing can be served from a cache) while the language stays real. */
function variant(text: string, n: number): string {
  const shifted = text.replace(/\d/g, (d) => String((Number(d) + n) % 10));
  return `Copy ${n} of the statement.\n\n${shifted}`;
}

function buildCorpus(texts: string[], minBytes: number): { docs: SourceDocument[]; bytes: number } {
  const encoder = new TextEncoder();
  const docs: SourceDocument[] = [];
  let bytes = 0;
  for (let n = 0; bytes < minBytes; n++) {
    for (const [i, text] of texts.entries()) {
      const encoded = encoder.encode(variant(text, n));
      docs.push(buildDocument(`bench/${n}/${i}.txt`, encoded, 'text'));
      bytes += encoded.length;
    }
  }
  return { docs, bytes };
}

function measure(name: string, docs: SourceDocument[], work: (doc: SourceDocument) => unknown): Measurement {
  console.error(`measuring ${name} ...`);
  for (const doc of docs.slice(0, WARM_UP_DOCUMENTS)) work(doc);
  const clock = startClock();
  for (const doc of docs) work(doc);
  return measured(name, clock);
}

type Clock = { cpu: NodeJS.CpuUsage; start: number };
const startClock = (): Clock => ({ cpu: process.cpuUsage(), start: performance.now() });

/** Wall and CPU time since the clock started, and the process's peak memory so far. */
function measured(name: string, clock: Clock): Measurement {
  const { user, system } = process.cpuUsage(clock.cpu);
  return {
    name,
    seconds: (performance.now() - clock.start) / 1000,
    cpuSeconds: (user + system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const SINGLE_DOCUMENTS: Record<string, { mb: number; unpunctuated: boolean }> = {
  'ordinary text, 1 MB': { mb: 1, unpunctuated: false },
  'no punctuation or line breaks, 1 MB': { mb: 1, unpunctuated: true },
  'ordinary text, 4 MB': { mb: 4, unpunctuated: false },
};

interface SingleResult {
  name: string;
  mb: number;
  cpuSeconds: number;
  seconds: number;
  claims: number;
  peakRssMb: number;
}

/** One document of the dev texts one after another (with variations) up to `mb`, optionally with
 * every character that is not a letter, digit or space turned into a space. */
function singleDocument(texts: string[], mb: number, unpunctuated: boolean): SourceDocument {
  const parts: string[] = [];
  let chars = 0;
  for (let n = 0; chars < mb * 1024 * 1024; n++) {
    for (const text of texts) {
      const part = variant(text, n);
      parts.push(part);
      chars += part.length + 2;
    }
  }
  let text = parts.join('\n\n');
  if (unpunctuated) text = text.replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/ {2,}/g, ' ');
  const bytes = new TextEncoder().encode(text).subarray(0, mb * 1024 * 1024);
  return buildDocument('bench/single.txt', new TextEncoder().encode(new TextDecoder().decode(bytes)), 'text');
}

/** Child process: extracts one single document and prints its SingleResult as JSON. */
async function runSingle(name: string): Promise<void> {
  const spec = SINGLE_DOCUMENTS[name];
  if (!spec) throw new Error(`unknown --case "${name}"`);
  const { texts } = await sourceTexts();
  const doc = singleDocument(texts, spec.mb, spec.unpunctuated);
  extractDocument(buildDocument('bench/warm-up.txt', new TextEncoder().encode(texts[0]!), 'text'));
  const cpu = process.cpuUsage();
  const start = performance.now();
  const extraction = extractDocument(doc);
  const { user, system } = process.cpuUsage(cpu);
  const result: SingleResult = {
    name,
    mb: new TextEncoder().encode(doc.text).length / (1024 * 1024),
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (user + system) / 1e6,
    claims: extraction.claims.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(result));
}

function singleDocuments(): void {
  const results: SingleResult[] = [];
  for (const name of Object.keys(SINGLE_DOCUMENTS)) {
    console.error(`measuring single document: ${name} ...`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--case', name], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`the "${name}" run failed (exit ${child.status})`);
    results.push(JSON.parse(child.stdout) as SingleResult);
  }
  const baseline = results[0]!.cpuSeconds / results[0]!.mb;
  console.log(
    '\n| single document | MB | wall s | CPU s | CPU s per MB | vs ordinary text | claims | peak RSS (MB) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const perMb = r.cpuSeconds / r.mb;
    console.log(
      `| ${r.name} | ${r.mb.toFixed(2)} | ${r.seconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${perMb.toFixed(1)} | ${(perMb / baseline).toFixed(2)}x | ${r.claims} | ${r.peakRssMb.toFixed(0)} |`,
    );
  }
}

/** The pool keeps up to two documents per worker in flight, as extractPaths does, and collects
 * results in order. Memory per worker: the V8 heap one worker holds at the end. */
async function measurePool(
  jobs: number,
  docs: SourceDocument[],
): Promise<Measurement & { workerHeapMb: number }> {
  const name = `worker pool, --jobs ${jobs}`;
  console.error(`measuring ${name} ...`);
  const pool = new ExtractionPool({ jobs });
  try {
    await Promise.all(docs.slice(0, POOL_WARM_UP_DOCUMENTS * jobs).map((doc) => pool.extract(doc)));
    const clock = startClock();
    const inFlight: Promise<unknown>[] = [];
    for (const doc of docs) {
      inFlight.push(pool.extract(doc));
      if (inFlight.length >= 2 * jobs) await inFlight.shift();
    }
    await Promise.all(inFlight);
    return { ...measured(name, clock), workerHeapMb: (await pool.heapUsed()) / (1024 * 1024) };
  } finally {
    await pool.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string', default: '5' },
      jobs: { type: 'string', default: '1,2' },
      only: { type: 'string' },
      case: { type: 'string' },
      passes: { type: 'string', default: '5' },
    },
  });
  if (values.case !== undefined) return runSingle(values.case);
  if (values.only === 'stages') return stages(Number(values.passes));
  if (values.only !== undefined && values.only !== 'throughput' && values.only !== 'single')
    throw new Error(`--only must be throughput, single or stages, got "${values.only}"`);
  const jobCounts = values.jobs.split(',').map(Number);
  if (!jobCounts.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`--jobs takes e.g. 1,2`);
  if (values.only !== 'single') await throughput(values.mb, jobCounts);
  if (values.only !== 'throughput') singleDocuments();
}

/** Per-stage CPU time over the source texts themselves (see extract-stages.ts). */
async function stages(passes: number): Promise<void> {
  if (!(Number.isInteger(passes) && passes > 0)) throw new Error('--passes takes a positive whole number');
  const { texts } = await sourceTexts();
  printStageTimes(stageTimes(texts, passes), texts.length, passes);
}

async function throughput(mbFlag: string, jobCounts: number[]): Promise<void> {
  const minBytes = Number(mbFlag) * 1024 * 1024;
  if (!(minBytes > 0)) throw new Error(`--mb must be a positive number, got "${mbFlag}"`);
  const { source, texts } = await sourceTexts();
  const { docs, bytes } = buildCorpus(texts, minBytes);
  const mb = bytes / (1024 * 1024);
  console.error(
    `corpus: ${docs.length} documents, ${mb.toFixed(2)} MB, from ${texts.length} texts in ${source}`,
  );

  const bare = measure('bare compromise nlp(text)', docs, (doc) => nlp(doc.text));
  const ours = measure('claimgraph extractDocument', docs, extractDocument);
  const pools = [];
  for (const jobs of jobCounts) pools.push(await measurePool(jobs, docs));

  const row = (m: Measurement) =>
    [
      m.name,
      docs.length,
      mb.toFixed(2),
      m.seconds.toFixed(1),
      m.cpuSeconds.toFixed(1),
      (mb / m.seconds).toFixed(3),
      (mb / m.cpuSeconds).toFixed(3),
      (docs.length / m.seconds).toFixed(1),
      m.peakRssMb.toFixed(0),
    ].join(' | ');
  console.log(
    `machine: ${cpus().length} cores, load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(
    '| run | documents | MB | wall s | CPU s | MB/s | MB/CPU-s | documents/s | peak RSS so far (MB) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const m of [bare, ours, ...pools]) console.log(`| ${row(m)} |`);
  console.log(
    `\nratio claimgraph / bare compromise: ${(ours.seconds / bare.seconds).toFixed(2)}x wall time, ${(ours.cpuSeconds / bare.cpuSeconds).toFixed(2)}x CPU time`,
  );
  for (const pool of pools)
    console.log(
      `${pool.name}: ${(mb / pool.cpuSeconds).toFixed(3)} MB per CPU-second (per core), ` +
        `${(ours.seconds / pool.seconds).toFixed(2)}x the wall-time throughput of extractDocument in this thread, ` +
        `one worker's V8 heap at the end ${pool.workerHeapMb.toFixed(0)} MB`,
    );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
