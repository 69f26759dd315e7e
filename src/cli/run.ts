// The CLI is a thin layer: each command parses flags and calls a library function.
// This file is the one error boundary; it alone decides the exit code.
import { Command, CommanderError } from 'commander';
import { ClaimgraphError, UsageError } from '../../core/errors.js';
import { packageVersion } from '../package-root.js';
import { commands } from './commands/index.js';
import { ExitCode } from './exit-code.js';

/** Usage errors exit 2 in every command (the shell convention), apart from 1 for a failed request. */
const USAGE_EXIT_CODE = 2;

export async function run(argv: string[]): Promise<number> {
  const program = new Command('claimgraph')
    .description('Who accused whom: actors and claims from texts about cyber operations, as a graph')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError();
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof ExitCode) return err.code;
    // Commander reports every usage problem (unknown flag, missing argument, bad value) with 1.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
    if (err instanceof ClaimgraphError) {
      process.stderr.write(`${err.message}\n`);
      return err instanceof UsageError ? USAGE_EXIT_CODE : 1;
    }
    process.stderr.write(
      `claimgraph: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 70;
  }
}
