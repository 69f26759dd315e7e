// `claimgraph extract`: documents -> one Extraction per document on stdout (jsonl, json or table).
// Per-file problems go to stderr as `claimgraph: FILE: reason`; the run continues and exits 1.
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { extractPaths } from '../../../extract/batch/extract-paths.js';
import { createPrinter, isOutputFormat, OUTPUT_FORMATS } from '../../output/printer.js';
import type { OutputFormat } from '../../output/printer.js';
import { Progress } from '../../output/progress.js';
import { StdoutSink } from '../../output/stdout-sink.js';
import { withoutControls } from '../../../core/terminal-text.js';
import { ExitCode } from '../exit-code.js';
import { limitOption } from '../options.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-options.js';
import { addExtractionOptions, poolOptions, type ExtractionFlags } from '../extraction-options.js';

interface ExtractFlags extends ReadFlags, ExtractionFlags {
  format: OutputFormat;
  limit?: number;
}

export function register(program: Command): void {
  const command = program
    .command('extract')
    .description('extract actors and claims from .txt/.md/.html/.htm/.pdf files or folders of them')
    .argument('<paths...>', 'files or directories (searched recursively)')
    .option(
      '-f, --format <format>',
      `output format: ${OUTPUT_FORMATS.join(', ')}`,
      parseFormat,
      'jsonl' as OutputFormat,
    )
    .addOption(limitOption('actors and claims per document (--format table)'));
  addExtractionOptions(addReadOptions(command)).action((paths: string[], flags: ExtractFlags) =>
    extract(paths, flags),
  );
}

async function extract(paths: string[], flags: ExtractFlags): Promise<void> {
  const { format, limit } = flags;
  const stdout = new StdoutSink();
  const printer = createPrinter(format, stdout.write, { limit });
  const progress = new Progress();
  let failures = 0;
  const fail = (path: string, reason: string) => {
    failures++;
    progress.log(`claimgraph: ${withoutControls(path)}: ${withoutControls(reason)}\n`);
  };
  const results = extractPaths(paths, {
    ...readOptionsFrom(flags),
    ...poolOptions(flags),
    onCount: (n) => progress.start(n),
  });
  for await (const result of results) {
    if (result.kind === 'extracted') printer.document(result.extraction);
    else if (result.kind === 'failed')
      fail(result.path, result.stage === 'extract' ? `extraction failed: ${result.error}` : result.error);
    progress.increment();
    await stdout.drained();
    if (stdout.closed) break;
  }
  printer.end();
  progress.stop();
  if (failures > 0) throw new ExitCode(1);
}

function parseFormat(value: string): OutputFormat {
  if (!isOutputFormat(value))
    throw new InvalidArgumentError(`unknown format "${value}" (expected ${OUTPUT_FORMATS.join(', ')})`);
  return value;
}
