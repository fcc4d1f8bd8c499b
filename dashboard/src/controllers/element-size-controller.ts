import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box size of its host element (px) and re-renders it on change, so charts
 * compute geometry for the space they really have.
 */
export class ElementSizeController implements ReactiveController {
  /** Content width of the host (px); 0 before the first layout. */
  width = 0;
  /** Content height of the host (px); 0 before the first layout. */
  height = 0;
  private observer: ResizeObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
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
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
