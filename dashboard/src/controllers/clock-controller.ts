import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host every `intervalMs` while connected, so time-based views (the chart's
 * window, "measured at") move on even when no data arrives. The time itself is read by the host
 * from its own clock, which keeps this controller free of one. `onTick` runs before each of these
 * re-renders, for state that moves with the clock only (the charts' window), not with each update.
 */
export class ClockController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Re-render period (ms); default 1 000. */
    private readonly intervalMs = 1_000,
    /** Called on each tick, before the re-render is requested. */
    private readonly onTick: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer ??= setInterval(() => {
      this.onTick();
      this.host.requestUpdate();
    }, this.intervalMs);
  }

  hostDisconnected(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
