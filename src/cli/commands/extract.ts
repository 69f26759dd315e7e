// `claimgraph extract`: documents -> one Extraction per document on stdout (jsonl, json or table).
// Per-file problems go to stderr as `claimgraph: FILE: reason`; the run continues and exits 1.
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { extractDocument } from '../../../extract/pipeline.js';
import { readDocuments } from '../../../extract/input/index.js';
import { createPrinter, isOutputFormat, OUTPUT_FORMATS } from '../../output/printer.js';
import type { OutputFormat } from '../../output/printer.js';
import { Progress } from '../../output/progress.js';
import { StdoutSink } from '../../output/stdout-sink.js';
import { withoutControls } from '../../../core/terminal-text.js';
import { ExitCode } from '../exit-code.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-options.js';

interface ExtractFlags extends ReadFlags {
  format: OutputFormat;
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
    );
  addReadOptions(command).action((paths: string[], flags: ExtractFlags) => extract(paths, flags));
}

async function extract(paths: string[], flags: ExtractFlags): Promise<void> {
  const { format } = flags;
  const stdout = new StdoutSink();
  const printer = createPrinter(format, stdout.write);
  const progress = new Progress();
  let failures = 0;
  const fail = (path: string, reason: string) => {
    failures++;
    progress.log(`claimgraph: ${withoutControls(path)}: ${withoutControls(reason)}\n`);
  };
  for await (const result of readDocuments(paths, {
    ...readOptionsFrom(flags),
    onCount: (n) => progress.start(n),
  })) {
    if (!result.ok) fail(result.path, result.error);
    else {
      try {
        printer.document(extractDocument(result.doc));
      } catch (err) {
        fail(result.doc.meta.path, `extraction failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
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
