// The CLI is a thin layer: each command parses flags and calls a library function.
// This file is the one error boundary; it alone decides the exit code.
import { Command, CommanderError } from 'commander';
import { ClaimgraphError } from '../../core/errors.js';
import { commands } from './commands/index.js';
import { ExitCode } from './exit-code.js';

export async function run(argv: string[]): Promise<number> {
  const program = new Command('claimgraph')
    .description('Who accused whom: actors and claims from texts about cyber operations, as a graph')
    .exitOverride()
    .showHelpAfterError();
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof ExitCode) return err.code;
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof ClaimgraphError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    process.stderr.write(
      `claimgraph: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 70;
  }
}
