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
