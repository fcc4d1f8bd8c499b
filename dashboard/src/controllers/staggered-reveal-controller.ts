import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link StaggeredRevealController}; tests pass their own frame scheduler. */
export interface StaggeredRevealOptions {
  /** Items that take a new data set in the render that brings it (default 1). */
  firstBatch?: number;
  /** Items added on each following animation frame (default 2). */
  perFrame?: number;
  /** Runs a callback before the next frame; default `requestAnimationFrame`. */
  requestFrame?: (callback: () => void) => number;
  /** Cancels a callback of `requestFrame`; default `cancelAnimationFrame`. */
  cancelFrame?: (handle: number) => void;
}

/**
 * Hands a new data set to a list of costly children a few at a time, in display order, one batch
 * per animation frame. Each latency chart computes its geometry and fills a wide canvas when its
 * data change (about 15–25 ms with a day of readings), and Lit updates every child of a render in
 * one task: twenty charts given a day at once kept the first one from the screen for 300–500 ms.
 * Staggered, the first chart is painted in the first frame and the others follow, top to bottom.
 *
 * The host asks {@link StaggeredRevealController.revealed} in each render how many of its items
 * take current data; the others keep what they were last given (or are not built yet). A new
 * `key` (another range, step or status of the history) starts again from the first batch;
 * anything else (the window sliding with the clock, a live reading) goes at once to the items
 * already revealed, as before.
 */
export class StaggeredRevealController implements ReactiveController {
  private key: string | null = null;
  private count = 0;
  private total = 0;
  private frame: number | null = null;
  private readonly firstBatch: number;
  private readonly perFrame: number;
  private readonly requestFrame: (callback: () => void) => number;
  private readonly cancelFrame: (handle: number) => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    {
      firstBatch = 1,
      perFrame = 2,
      requestFrame = (callback) => globalThis.requestAnimationFrame(callback),
      cancelFrame = (handle) => globalThis.cancelAnimationFrame(handle),
    }: StaggeredRevealOptions = {},
  ) {
    if (!(firstBatch >= 1 && perFrame >= 1)) {
      throw new RangeError(
        `StaggeredRevealController: firstBatch (${firstBatch}) and perFrame (${perFrame}) must be 1 or more`,
      );
    }
    this.firstBatch = firstBatch;
    this.perFrame = perFrame;
    this.requestFrame = requestFrame;
    this.cancelFrame = cancelFrame;
    host.addController(this);
  }

  /**
   * How many of the first `total` items take current data in this render (call once per render).
   * While `hold` is set (the data are still loading) no further batch is scheduled: the items
   * not revealed wait, rather than being built and drawn only to be drawn again.
   */
  revealed(key: string, total: number, { hold = false }: { hold?: boolean } = {}): number {
    if (key !== this.key) {
      this.key = key;
      this.count = this.firstBatch;
    }
    this.total = total;
    if (hold) this.cancel();
    else if (this.count < total) this.schedule();
    return Math.min(this.count, total);
  }

  /** Items not yet revealed in the last render. */
  get pending(): number {
    return Math.max(0, this.total - this.count);
  }

  hostDisconnected(): void {
    // Back in the document, the next render schedules what is left.
    this.cancel();
  }

  private schedule(): void {
    if (this.frame !== null) return;
    this.frame = this.requestFrame(() => {
      this.frame = null;
      this.count = Math.min(this.count + this.perFrame, this.total);
      this.host.requestUpdate();
    });
  }

  private cancel(): void {
    if (this.frame === null) return;
    this.cancelFrame(this.frame);
    this.frame = null;
  }
}
