import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link OnScreenController}. */
export interface OnScreenOptions {
  /**
   * How far beyond the screen an element still counts as on it (CSS margin, as
   * `IntersectionObserver`'s `rootMargin`); default a quarter of the screen above and below, so a
   * chart scrolled to is drawn before it shows.
   */
  margin?: string;
}

/**
 * Whether its host is on screen or near it, kept by an `IntersectionObserver`; the host is
 * updated when that changes. Twenty latency charts reach far below a 1080-pixel screen, and each
 * would otherwise compute and draw on every reading and every tick of the clock for nobody.
 *
 * Until the observer's first report the host counts as on screen (a chart is drawn as soon as it
 * has data, as without this controller); where there is no `IntersectionObserver`, always.
 */
export class OnScreenController implements ReactiveController {
  /** Whether the host is on screen or within the margin of it. */
  onScreen = true;
  private observer: IntersectionObserver | null = null;
  private readonly margin: string;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    { margin = '25% 0px' }: OnScreenOptions = {},
  ) {
    this.margin = margin;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const onScreen = entries.at(-1)!.isIntersecting;
        if (onScreen === this.onScreen) return;
        this.onScreen = onScreen;
        this.host.requestUpdate();
      },
      { rootMargin: this.margin },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    // Back in the document, it counts as on screen until the new observer says otherwise.
    this.onScreen = true;
  }
}
