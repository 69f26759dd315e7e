// The flags of the commands that extract documents (`extract`, `ingest`, `load PATHS`): how many
// worker threads, and how long one document may take.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_TIME_LIMIT_MS, defaultJobs } from '../../extract/batch/pool.js';

export interface ExtractionFlags {
  jobs: number;
  timeLimit: number;
}

export function addExtractionOptions(command: Command): Command {
  return command
    .addOption(
      new Option('-j, --jobs <n>', 'documents extracted at once, each in its own worker thread')
        .argParser(positiveInteger)
        .default(defaultJobs(), 'the number of cores'),
    )
    .addOption(
      new Option('--time-limit <seconds>', 'give up on a document whose extraction takes longer than this')
        .argParser(positiveSeconds)
        .default(DEFAULT_TIME_LIMIT_MS / 1000),
    );
}

/** The pool options these flags ask for. */
export const poolOptions = (flags: ExtractionFlags) => ({
  jobs: flags.jobs,
  timeLimitMs: flags.timeLimit * 1000,
});

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(`"${value}" is not a positive number of seconds`);
  return n;
}
