// `claimgraph export --format FORMAT [--out PATH]`: the embedded store in another format.
// One-file formats go to stdout or --out FILE; several-file formats (csv) need --out DIR.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS } from '../export-formats.js';
import { openStore, STORE_FLAG_HELP } from '../open-store.js';
import { isStoreFile } from '../../../graph/store-path.js';
import { ClaimgraphError } from '../../../core/errors.js';
import { printStdout } from '../../output/print-stdout.js';

interface ExportFlags {
  format: string;
  out?: string;
  store?: string;
}

export function register(program: Command): void {
  program
    .command('export')
    .description(
      'write the graph as GraphML, GEXF, JSON, STIX 2.1, a Cypher script or neo4j-admin import CSVs',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(Object.keys(EXPORT_FORMATS))
        .makeOptionMandatory(),
    )
    .option('--out <path>', 'output file (default: stdout); a directory for formats of several files (csv)')
    .option('--store <file>', STORE_FLAG_HELP)
    .action(async (flags: ExportFlags) => {
      const store = await openStore(flags.store);
      const files = await EXPORT_FORMATS[flags.format]!(store.snapshot());
      const targets =
        files.length === 1 ? [flags.out] : files.map((file) => flags.out && join(flags.out, file.name));
      const overwritten = targets.find((target) => target !== undefined && isStoreFile(target, store.file!));
      if (overwritten !== undefined)
        throw new ClaimgraphError(
          'export',
          `--out ${overwritten} is the store itself; write the export elsewhere`,
        );
      if (files.length === 1 && flags.out === undefined) {
        await printStdout(files[0]!.content);
        return;
      }
      if (flags.out === undefined) {
        throw new ClaimgraphError(
          'export',
          `--format ${flags.format} writes ${files.length} files: give a directory with --out`,
        );
      }
      if (files.length === 1) {
        await mkdir(dirname(flags.out), { recursive: true });
        await writeFile(flags.out, files[0]!.content);
        return;
      }
      await mkdir(flags.out, { recursive: true });
      for (const file of files) await writeFile(join(flags.out, file.name), file.content);
      process.stderr.write(
        `claimgraph: wrote ${files.map((file) => file.name).join(', ')} to ${flags.out}\n`,
      );
    });
}
