// The CLI is a thin layer: each command parses flags and calls a library function.
// This file is the one error boundary; it alone decides the exit code.
import { Command, CommanderError } from 'commander';
import { ClaimgraphError } from '../errors.js';
import { withoutControls } from '../output/terminal-text.js';
import { commands } from './commands/index.js';

/** Thrown by a command that reported its own problems on stderr but must still exit non-zero. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

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
      // Messages quote names from documents and the user's arguments: never raw to the terminal.
      process.stderr.write(`${withoutControls(err.message)}\n`);
      return 1;
    }
    process.stderr.write(
      `claimgraph: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 70;
  }
}
