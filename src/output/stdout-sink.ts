// Writes to stdout with back-pressure, and treats a reader that went away (`| head`) as the end
// of the output rather than a crash.
export class StdoutSink {
  private failure: Error | null = null;
  closed = false;

  constructor(private readonly out: NodeJS.WriteStream = process.stdout) {
    out.on('error', (err: NodeJS.ErrnoException) => {
      this.closed = true;
      if (err.code !== 'EPIPE') this.failure = err;
    });
  }

  write = (chunk: string): void => {
    if (!this.closed) this.out.write(chunk);
  };

  /** Waits until the stream has room again; throws if writing failed for a reason other than EPIPE. */
  async drained(): Promise<void> {
    if (this.out.writableNeedDrain && !this.closed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.out.off('drain', done).off('error', done);
          resolve();
        };
        this.out.once('drain', done).once('error', done);
      });
    }
    if (this.failure) throw this.failure;
  }
}
