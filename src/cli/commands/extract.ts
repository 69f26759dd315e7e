// `claimgraph extract`: documents -> one Extraction per document on stdout (jsonl, json or table).
// Per-file problems go to stderr as `claimgraph: FILE: reason`; the run continues and exits 1.
import bytes from 'bytes';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { extractPaths } from '../../../extract/batch/extract-paths.js';
import { DEFAULT_MAX_BYTES } from '../../../extract/input/index.js';
import { addExtractionOptions, poolOptions, type ExtractionFlags } from '../extraction-options.js';
import { createPrinter, isOutputFormat, OUTPUT_FORMATS } from '../../output/printer.js';
import type { OutputFormat } from '../../output/printer.js';
import { Progress } from '../../output/progress.js';
import { StdoutSink } from '../../output/stdout-sink.js';
import { withoutControls } from '../../../core/terminal-text.js';
import { ExitCode } from '../exit-code.js';

const SIZE = /^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i;

interface ExtractFlags extends ExtractionFlags {
  format: OutputFormat;
  maxSize: number;
}

export function register(program: Command): void {
  const command = program
    .command('extract')
    .description('extract actors and claims from .txt/.md/.html/.htm files or folders of them')
    .argument('<paths...>', 'files or directories (searched recursively)')
    .option(
      '-f, --format <format>',
      `output format: ${OUTPUT_FORMATS.join(', ')}`,
      parseFormat,
      'jsonl' as OutputFormat,
    )
    .addOption(
      new Option('--max-size <size>', 'skip files larger than this (bytes, or e.g. 500KB, 10MB)')
        .argParser(parseSize)
        .default(DEFAULT_MAX_BYTES, '10MB'),
    );
  addExtractionOptions(command).action((paths: string[], flags: ExtractFlags) => extract(paths, flags));
}

async function extract(paths: string[], { format, maxSize, ...flags }: ExtractFlags): Promise<void> {
  const stdout = new StdoutSink();
  const printer = createPrinter(format, stdout.write);
  const progress = new Progress();
  let failures = 0;
  const fail = (path: string, reason: string) => {
    failures++;
    progress.log(`claimgraph: ${withoutControls(path)}: ${withoutControls(reason)}\n`);
  };
  const results = extractPaths(paths, {
    ...poolOptions(flags),
    maxBytes: maxSize,
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

function parseSize(value: string): number {
  const size = SIZE.test(value.trim()) ? bytes.parse(value.trim()) : null;
  if (size === null || size < 1)
    throw new InvalidArgumentError(`"${value}" is not a size (e.g. 2000, 500KB, 10MB)`);
  return Math.floor(size);
}
