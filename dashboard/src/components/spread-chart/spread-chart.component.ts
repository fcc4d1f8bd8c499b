import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { encodeLinkPoints } from '../../charts/link-point-buffer.js';
import { patchBetween } from '../../charts/points-patch.js';
import type { LinkPoint } from '../../charts/spread-geometry.js';
import { summarizeLink, type LinkSummary } from '../../connectivity/link-summary.js';
import { ElementSizeController } from '../../controllers/element-size-controller.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import type { Theme } from '../../theme/theme.js';
import type { SpreadAxes } from './spread-painter.js';
import {
  defaultSpreadRenderer,
  PageSpreadRenderer,
  type SpreadRenderer,
  type SpreadSurface,
} from './spread-renderer.js';
import { spreadChartStyles } from './spread-chart.styles.js';

/**
 * One target's latency over a time range, SmokePing-style: the median as a line over the band
 * from the fastest to the slowest round, loss marks under the plot (taller is worse) and a
 * hatched stretch where the target did not answer. The dense part is drawn on a canvas by a
 * renderer (`spread-renderer.ts`: a worker that owns the canvas when the browser can), which
 * computes the geometry (`charts/spread-geometry.ts`) where it draws and hands back the axes;
 * the element draws those in SVG over the canvas, and a sentence above the chart says the same
 * in words. The canvas shows a change one frame later than the words.
 *
 * CSS custom properties: see `spread-chart.styles.ts`.
 */
export class PulseSpreadChart extends LitElement {
  static override styles = spreadChartStyles;

  /** Target slug, for test hooks. */
  @property() target = '';
  /** Display name of the target. */
  @property() name = '';
  /** Readings in time order. */
  @property({ attribute: false }) points: readonly LinkPoint[] = [];
  /** Start of the window (epoch ms). */
  @property({ attribute: false }) fromMs = 0;
  /** End of the window (epoch ms). */
  @property({ attribute: false }) toMs = 0;
  /** Bucket width of the readings (ms), 0 for raw rounds. */
  @property({ attribute: false }) stepMs = 0;
  /** Theme whose colours the canvas uses. */
  @property() theme: Theme = 'light';
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  /** Draws the canvas; default the page's shared worker. Tests pass their own. */
  @property({ attribute: false }) renderer: SpreadRenderer | null = null;

  private readonly size = new ElementSizeController(
    this,
    () => this.renderRoot.querySelector('.drawing') ?? undefined,
  );
  private formatters: Formatters | null = null;
  private summary: LinkSummary = summarizeLink([], 0, 0);
  /** Axes of the last frame drawn; null before one, or when there is no room. */
  private axes: SpreadAxes | null = null;
  private axesKey = '';
  /** Size the canvas was last drawn for, so a resize alone draws it again. */
  private drawnSize = { width: 0, height: 0 };
  /** Whether the canvas must be drawn after this update (readings, window, size, colours). */
  private stale = true;
  private surface: SpreadSurface | null = null;
  /** Readings the surface has, as last sent: a change sends only the difference. */
  private sent: readonly LinkPoint[] = [];
  /** A new canvas each time one is given away and lost (a canvas is handed over only once). */
  private canvasKey = 0;
  private sentSeq = 0;
  private paintedSeq = 0;
  private waiting: (() => void)[] = [];

  /**
   * Resolves once the canvas shows every change made so far (after the element's own update):
   * the canvas is drawn a frame after the words, possibly in a worker.
   */
  get drawComplete(): Promise<void> {
    return this.updateComplete.then(() =>
      this.paintedSeq >= this.sentSeq
        ? undefined
        : new Promise<void>((resolve) => this.waiting.push(resolve)),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Start the page's chart worker now: it loads and compiles while the readings are fetched,
    // rather than after they came (200–600 ms later on the first chart otherwise).
    if (!this.renderer) defaultSpreadRenderer();
    // Back on the page after leaving it: draw on the new canvas.
    if (!this.surface) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The canvas went to the renderer for good; coming back, the chart draws on a new one.
    this.dropSurface();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language') || this.formatters === null)
      this.formatters = formattersFor(this.language);
    const data = changed.has('points') || changed.has('fromMs') || changed.has('toMs');
    if (data) this.summary = summarizeLink(this.points, this.fromMs, this.toMs);
    // An update for another reason (the language, a parent's re-render) draws nothing again.
    const { width, height } = this.size;
    const resized = width !== this.drawnSize.width || height !== this.drawnSize.height;
    if (data || resized || changed.has('stepMs') || changed.has('theme')) this.stale = true;
  }

  override render() {
    const messages = messagesFor(this.language);
    const { summary } = this;
    const formatters = this.formatters!;
    const words =
      summary.medianMs === null && summary.worstLossPct === null
        ? messages.spreadNoData
        : messages.spreadSummary
            .replace(
              '{median}',
              summary.medianMs === null ? '—' : formatters.latencyMs(summary.medianMs),
            )
            .replace('{loss}', formatters.percent((summary.worstLossPct ?? 0) / 100)) +
          (summary.wentDown ? `; ${messages.spreadSummaryDown}` : '');
    const axes = this.axes;
    return html`<div class="head">
        <span class="name">${this.name}</span>
        <span
          class="summary ${summary.wentDown ? 'down' : ''}"
          title=${words}
          data-testid="spread-summary-${this.target}"
          ><span class="words">${words}</span></span
        >
      </div>
      <div class="drawing">
        ${keyed(
          this.canvasKey,
          html`<canvas data-testid="spread-canvas-${this.target}" aria-hidden="true"></canvas>`,
        )}
        ${axes ? this.renderAxes(axes, `${this.name}: ${words}`) : nothing}
      </div>`;
  }

  private renderAxes(axes: SpreadAxes, label: string) {
    const { width, height } = this.drawnSize;
    const { plot } = axes;
    const bottom = plot.y + plot.height;
    return html`<svg
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      role="img"
      aria-label=${label}
      data-testid="spread-chart-${this.target}"
      data-points=${this.points.length}
      data-loss-marks=${axes.lossMarks}
      data-down-spans=${axes.downSpans}
    >
      <g class="axis y">
        ${axes.yTicks.map(
          (
            tick,
          ) => svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y}></line>
            <text x=${plot.x - 6} y=${tick.y} dy="0.32em" text-anchor="end">${this.formatters!.count(tick.valueMs)}</text>`,
        )}
        <text class="unit" x=${plot.x - 6} y=${bottom + 12} text-anchor="end">ms</text>
      </g>
      <line
        class="baseline"
        x1=${plot.x}
        x2=${plot.x + plot.width}
        y1=${bottom}
        y2=${bottom}
      ></line>
      <g class="axis x" data-testid="spread-x-axis-${this.target}">
        ${axes.xTicks.map(
          (
            tick,
          ) => svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${bottom} y2=${bottom + 4}></line>
            <text x=${tick.x} y=${height - 4} text-anchor="middle">${this.formatters!.timeTick(tick.tsMs)}</text>`,
        )}
      </g>
    </svg>`;
  }

  override updated(): void {
    if (!this.stale) return;
    const { width, height } = this.size;
    // Nothing to draw before the drawing is measured (a ResizeObserver, after the first layout).
    if (width <= 0 || height <= 0) return;
    const surface = this.surface ?? this.attachSurface();
    if (!surface) return;
    this.stale = false;
    this.drawnSize = { width, height };
    const patch = patchBetween(this.sent, this.points);
    this.sent = this.points;
    this.sentSeq = surface.update({
      patch: { start: patch.start, end: patch.end, tail: encodeLinkPoints(patch.tail) },
      fromMs: this.fromMs,
      toMs: this.toMs,
      stepMs: this.stepMs,
      width,
      height,
      ratio: globalThis.devicePixelRatio || 1,
      theme: this.theme,
    });
  }

  private attachSurface(): SpreadSurface | null {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return null;
    const renderer = this.renderer ?? defaultSpreadRenderer();
    this.surface = renderer.attach(canvas, {
      painted: (seq, axes) => this.painted(canvas, seq, axes),
      lost: () => {
        this.renderer = new PageSpreadRenderer();
        this.dropSurface();
        this.requestUpdate();
      },
    });
    this.sent = [];
    return this.surface;
  }

  private painted(canvas: HTMLCanvasElement, seq: number, axes: SpreadAxes | null): void {
    // A hook for the benchmark and the tests: this canvas has shown a frame.
    if (canvas.dataset.painted !== 'true') canvas.dataset.painted = 'true';
    // Axes that did not change (most live rounds) render nothing on the page.
    const key = JSON.stringify(axes);
    if (key !== this.axesKey) {
      this.axesKey = key;
      this.axes = axes;
      this.requestUpdate();
    }
    this.paintedSeq = Math.max(this.paintedSeq, seq);
    if (this.paintedSeq < this.sentSeq) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private dropSurface(): void {
    this.surface?.detach();
    this.surface = null;
    this.sent = [];
    this.canvasKey += 1;
    this.stale = true;
  }
}
