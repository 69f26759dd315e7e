// A pool of extraction worker threads (piscina), one whole document per task. A task that throws,
// a worker that dies, and a document that runs past the time budget each fail that task only: the
// pool replaces a lost worker and the other documents go on.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Extraction, SourceDocument } from '../../core/types.js';
import type { ExtractionTask, TaskStarted } from './worker.js';

export interface PoolOptions {
  /** Worker threads; default: the number of cores. */
  jobs?: number;
  /** A document still extracting after this many milliseconds is given up (its worker is stopped). */
  timeLimitMs?: number;
}

export const DEFAULT_TIME_LIMIT_MS = 60_000;

export const defaultJobs = (): number => availableParallelism();

/** Why one document could not be extracted, in words for the user. */
export class ExtractionFailure extends Error {}

// Built, the worker is worker.js beside this file. Run from source (vitest, tsx), it is worker.ts,
// which the worker thread can only load through tsx.
const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER = new URL(RUNNING_FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);
const WORKER_EXEC_ARGV = RUNNING_FROM_SOURCE ? ['--import', 'tsx'] : [];

export class ExtractionPool {
  readonly jobs: number;
  private readonly timeLimitMs: number;
  private readonly piscina: Piscina<ExtractionTask, Extraction>;
  private readonly timers = new Map<number, { abort: () => void; timer?: NodeJS.Timeout }>();
  private readonly running = new Set<Promise<unknown>>();
  private nextKey = 0;

  constructor(options: PoolOptions = {}) {
    this.jobs = options.jobs ?? defaultJobs();
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    if (!Number.isInteger(this.jobs) || this.jobs < 1)
      throw new RangeError(`jobs must be >= 1, got ${this.jobs}`);
    this.piscina = new Piscina({
      filename: WORKER.href,
      execArgv: WORKER_EXEC_ARGV,
      minThreads: this.jobs,
      maxThreads: this.jobs,
      // A document is seconds of synchronous work at most; queueing more than one per worker
      // only holds documents in memory earlier.
      concurrentTasksPerWorker: 1,
      idleTimeout: Infinity,
    });
    this.piscina.on('message', (message: TaskStarted) => this.startClock(message.started));
  }

  async extract(doc: SourceDocument): Promise<Extraction> {
    const key = this.nextKey++;
    const controller = new AbortController();
    this.timers.set(key, { abort: () => controller.abort() });
    const task = this.piscina.run({ key, doc }, { signal: controller.signal });
    this.running.add(task);
    try {
      return await task;
    } catch (err) {
      if (controller.signal.aborted)
        throw new ExtractionFailure(
          `extraction took longer than ${this.timeLimitMs / 1000} s and was stopped`,
        );
      throw new ExtractionFailure(describeWorkerError(err));
    } finally {
      this.running.delete(task);
      clearTimeout(this.timers.get(key)?.timer);
      this.timers.delete(key);
    }
  }

  /** The V8 heap in use in one of the workers, in bytes (for the benchmark). */
  heapUsed(): Promise<number> {
    return this.piscina.run(
      { key: -1, doc: null as never },
      { name: 'heapUsed' },
    ) as unknown as Promise<number>;
  }

  /** Stops the pool once the documents it was given are done (each within the time limit), also
   * when the caller stopped reading results early: destroying the pool, or aborting a task, while a
   * worker's answer is on its way makes piscina throw outside any caller. */
  async close(): Promise<void> {
    await Promise.allSettled(this.running);
    return this.piscina.destroy();
  }

  private startClock(key: number): void {
    const task = this.timers.get(key);
    if (task) task.timer = setTimeout(task.abort, this.timeLimitMs);
  }
}

function describeWorkerError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `extraction worker ran out of memory (${err.message})`;
  if (/^worker exited with code/.test(err.message)) return `extraction worker crashed (${err.message})`;
  return err.message;
}
