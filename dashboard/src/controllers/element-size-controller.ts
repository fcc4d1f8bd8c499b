import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box size of its host element (px), or of an element of its shadow root when
 * `target` names one, and re-renders the host on change, so charts compute geometry for the space
 * they really have (a chart with a title and a legend measures its drawing area only).
 */
export class ElementSizeController implements ReactiveController {
  /** Content width of the host (px); 0 before the first layout. */
  width = 0;
  /** Content height of the host (px); 0 before the first layout. */
  height = 0;
  private observer: ResizeObserver | null = null;
  private observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The element to measure once rendered; default the host itself. */
    private readonly target?: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.host.requestUpdate();
    });
    this.observed = null;
    this.observe();
  }

  hostUpdated(): void {
    // A target inside the shadow root exists only after the first render.
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = null;
  }

  private observe(): void {
    const element = this.target ? this.target() : this.host;
    if (!this.observer || !element || element === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(element);
    this.observed = element;
  }
}
