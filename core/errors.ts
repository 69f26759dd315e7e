// Typed errors, each message prefixed by the module that raised it ("claimgraph/input: ...").
// The CLI's single error boundary prints `message` alone (no stack) for these.
export class ClaimgraphError extends Error {
  constructor(
    readonly module: string,
    message: string,
  ) {
    super(`claimgraph/${module}: ${message}`);
    this.name = 'ClaimgraphError';
  }
}

/** A request the caller got wrong (a malformed flag value, flags that exclude each other), as
 * opposed to one that failed: the CLI exits 2 for these, like for the usage errors of its parser. */
export class UsageError extends ClaimgraphError {
  constructor(module: string, message: string) {
    super(module, message);
    this.name = 'UsageError';
  }
}
