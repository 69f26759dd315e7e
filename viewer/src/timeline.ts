// The time slider: "claims up to" a document date, stepping through the dates the documents carry;
// Play walks through them so the graph grows as the claims were published.
import type { DocumentSummary } from '../../view/types.js';
import { byId } from './filters.js';

const STEP_MS = 900;

export class Timeline {
  private readonly dates: string[];
  private readonly slider = byId<HTMLInputElement>('time');
  private readonly label = byId<HTMLOutputElement>('time-label');
  private readonly play = byId<HTMLButtonElement>('play');
  private timer: ReturnType<typeof setInterval> | null = null;

  /** `onPick` gets the chosen end date, '' for all dates; `playing` tells it whether playback runs. */
  constructor(
    documents: DocumentSummary[],
    private readonly onPick: (until: string, playing: boolean) => void,
  ) {
    this.dates = [
      ...new Set(documents.map((doc) => doc.date).filter((date): date is string => date !== null)),
    ].sort();
    this.slider.max = String(this.dates.length);
    this.slider.value = String(this.dates.length);
    this.slider.disabled = this.dates.length === 0;
    this.play.disabled = this.dates.length === 0;
    this.slider.addEventListener('input', () => {
      this.halt();
      this.pick(false);
    });
    this.play.addEventListener('click', () => (this.timer ? this.halt() : this.start()));
  }

  playing(): boolean {
    return this.timer !== null;
  }

  /** Shows an end date chosen elsewhere (the date field, the URL, undo). */
  show(until: string): void {
    const at = until === '' ? this.dates.length : this.dates.filter((date) => date <= until).length - 1;
    this.slider.value = String(Math.max(at, 0));
    this.label.textContent = until === '' ? 'all dates' : until;
  }

  private pick(playing: boolean): void {
    const until = this.dates[Number(this.slider.value)] ?? '';
    this.label.textContent = until === '' ? 'all dates' : until;
    this.onPick(until, playing);
  }

  private start(): void {
    this.slider.value = '0';
    this.play.textContent = '❚❚ Pause';
    this.timer = setInterval(() => {
      const next = Number(this.slider.value) + 1;
      if (next > this.dates.length) {
        this.halt();
        return;
      }
      this.slider.value = String(next);
      this.pick(next < this.dates.length);
    }, STEP_MS);
    this.pick(true);
  }

  private halt(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.play.textContent = '▶ Play';
  }
}
