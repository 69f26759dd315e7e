// A progress bar on stderr for long runs, and the channel for per-file messages while it shows.
import { MultiBar, Presets } from 'cli-progress';
import type { SingleBar } from 'cli-progress';

const MIN_ITEMS = 20;

/** Shown only for more than 20 items, when stderr is a terminal and stdout is not: on a shared
 * terminal the bar's redraws would interleave with the output itself. */
export class Progress {
  private bars: MultiBar | null = null;
  private bar: SingleBar | null = null;

  start(total: number): void {
    if (total <= MIN_ITEMS || !process.stderr.isTTY || process.stdout.isTTY) return;
    this.bars = new MultiBar(
      { stream: process.stderr, clearOnComplete: true, hideCursor: true },
      Presets.shades_classic,
    );
    this.bar = this.bars.create(total, 0);
  }

  increment(): void {
    this.bar?.increment();
  }

  /** Writes a message line to stderr, above the bar when there is one. */
  log(message: string): void {
    if (this.bars) this.bars.log(message);
    else process.stderr.write(message);
  }

  stop(): void {
    // A last redraw flushes messages still buffered by log(); stop() alone would drop them.
    this.bars?.update();
    this.bars?.stop();
  }
}
