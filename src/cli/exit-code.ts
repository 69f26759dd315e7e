// How a command asks the error boundary (run.ts) for an exit code without printing anything more.
/** Thrown by a command that reported its own problems on stderr but must still exit non-zero. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
