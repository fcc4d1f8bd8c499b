import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { CHART_COLOURS } from '../../charts/palette.js';
import {
  computeSpreadGeometry,
  computeSpreadShift,
  computeSpreadTail,
  pixelAlignedWindow,
  plotOf,
  redrawFromPx,
  type LinkPoint,
  type SpreadChartGeometry,
  type SpreadShift,
  type SpreadTail,
} from '../../charts/spread-geometry.js';
import { summarizeLink, withReadings, type LinkSummary } from '../../connectivity/link-summary.js';
import { ElementSizeController } from '../../controllers/element-size-controller.js';
import { OnScreenController } from '../../controllers/on-screen-controller.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import type { Theme } from '../../theme/theme.js';
import { spreadChartStyles } from './spread-chart.styles.js';

/**
 * One target's latency over a time range, SmokePing-style: the median as a line over the band
 * from the fastest to the slowest round, loss marks under the plot (taller is worse) and a
 * hatched stretch where the target did not answer. The dense part is drawn on a canvas, the axes
 * in SVG over it; the geometry comes from `charts/spread-geometry.ts`. A sentence above the chart
 * says the same in words.
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

  private readonly size = new ElementSizeController(
    this,
    () => this.renderRoot.querySelector('.drawing') ?? undefined,
  );
  /** Off screen, the canvas and axes wait: they are drawn whole when the chart comes near. */
  private readonly screen = new OnScreenController(this);
  private formatters: Formatters | null = null;
  /**
   * The axes the SVG shows: a geometry without its bands and medians, one object until the next
   * is computed (the `guard` of the ticks compares it by identity, and what it holds stays alive).
   */
  private geometry: SpreadChartGeometry | null = null;
  /** The whole geometry to draw once, then let go: 900 readings make some 1,800 small objects. */
  private marks: SpreadChartGeometry | null = null;
  /** The window the geometry is for: the properties' window, on whole device pixels if it rolls. */
  private window = { fromMs: 0, toMs: 0 };
  /**
   * Whether the window rolls (it last moved on with the same span): only then is it put on whole
   * device pixels; a fixed range is drawn as given, its first tick at the plot's start.
   */
  private rolling = false;
  private summary: LinkSummary = summarizeLink([], 0, 0);
  /** Size the geometry was computed for, so a resize alone recomputes it. */
  private geometrySize = { width: 0, height: 0 };
  /** Whether the canvas must be drawn after this update (new geometry: readings, size, colours). */
  private stale = true;
  /**
   * What the canvas shows: the readings, the window, and everything else its pixels depend on
   * (size, colours, step, latency axis) as a key.
   */
  private drawn: {
    key: string;
    window: { fromMs: number; toMs: number };
    points: readonly LinkPoint[];
  } | null = null;
  /** Readings appended to the drawn window: only their part is computed and drawn again. */
  private tail: SpreadTail | null = null;
  /** The drawn window moved on by whole pixels: the pixels move, and only the edges are drawn. */
  private shift: SpreadShift | null = null;
  /**
   * Where the last drawing started (px from the drawing's left; 0 when the whole canvas was
   * drawn), for tests and the benchmark: a live reading should redraw only the plot's right edge.
   */
  lastRedrawFromPx = 0;
  /** Device pixels the last drawing moved the kept pixels left (0: none moved), for tests. */
  lastShiftDevicePx = 0;

  /** Whether the chart is on screen or near it: off it, the canvas and axes wait. */
  get onScreen(): boolean {
    return this.screen.onScreen;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language') || this.formatters === null)
      this.formatters = formattersFor(this.language);
    const data = changed.has('points') || changed.has('fromMs') || changed.has('toMs');
    if (changed.has('fromMs') || changed.has('toMs')) {
      const previousFromMs = changed.get('fromMs') ?? this.fromMs;
      const previousToMs = changed.get('toMs') ?? this.toMs;
      this.rolling =
        this.toMs > previousToMs && this.toMs - this.fromMs === previousToMs - previousFromMs;
    }
    if (!this.screen.onScreen) {
      // Off screen: the words stay true (a screen reader still reads them), the drawing waits.
      if (data) this.summary = this.summaryAfter(changed);
      if (data || changed.has('stepMs') || changed.has('theme')) this.drawn = null;
      return;
    }
    // An update for another reason (the language, a parent's re-render) keeps the geometry, so
    // the canvas is not drawn again and the SVG axes keep the same values.
    const { width, height } = this.size;
    const resized = width !== this.geometrySize.width || height !== this.geometrySize.height;
    const redraw = this.drawn === null;
    if (!data && !resized && !redraw && !changed.has('stepMs') && !changed.has('theme')) return;
    this.geometrySize = { width, height };
    const ratio = globalThis.devicePixelRatio || 1;
    const window = this.rolling
      ? pixelAlignedWindow(this.fromMs, this.toMs, plotOf({ width, height }).width * ratio)
      : { fromMs: this.fromMs, toMs: this.toMs };
    const input = {
      points: this.points,
      ...window,
      stepMs: this.stepMs,
      width,
      height,
      devicePixelRatio: ratio,
    };
    const { drawn } = this;
    const sameFrame =
      !resized &&
      !changed.has('stepMs') &&
      !changed.has('theme') &&
      this.geometry !== null &&
      drawn?.key === this.frameKey(this.geometry);
    const sameWindow = this.isDrawnWindow(window);
    if (sameFrame && sameWindow) {
      // A day's window that moved less than a pixel: the same picture, the words follow the window.
      if (this.points === drawn.points) {
        this.summary = summarizeLink(this.points, this.fromMs, this.toMs);
        return;
      }
      // Readings appended to the same window, size, colours and axis (chosen again when the window
      // moves, each tick): the geometry of the few readings they touch, drawn over the old pixels.
      this.tail = computeSpreadTail(drawn.points, { ...input, yTopMs: this.geometry!.yTopMs });
      if (this.tail) {
        this.stale = true;
        // The words follow at once for loss and downs, and for the median when the window moves.
        this.summary = withReadings(this.summary, this.points.slice(this.tail.changed));
        return;
      }
    }
    this.stale = true;
    if (data) this.summary = summarizeLink(this.points, this.fromMs, this.toMs);
    if (width <= 0 || height <= 0 || window.toMs <= window.fromMs) {
      this.geometry = this.marks = this.shift = null;
      return;
    }
    // The window moved on: if the axis stayed, the pixels move with it, and the band and median of
    // the whole window (some 1,800 objects) are not needed.
    const moved =
      sameFrame &&
      !sameWindow &&
      Math.abs(window.toMs - window.fromMs - (drawn.window.toMs - drawn.window.fromMs)) < 0.01;
    const axes = computeSpreadGeometry({ ...input, lines: !moved });
    this.shift =
      moved && drawn!.key === this.frameKey(axes)
        ? computeSpreadShift(drawn!.points, drawn!.window, { ...input, yTopMs: axes.yTopMs })
        : null;
    this.marks = this.shift ? null : moved ? computeSpreadGeometry(input) : axes;
    this.geometry = { ...axes, bands: [], medians: [] };
    this.window = window;
  }

  /**
   * The words' figures after a change of readings or window: readings appended to the same window
   * (after the last reading of before, still there) add their own figures, as a tail drawn on
   * screen does; anything else summarises the window again. Readings the window left behind may
   * be dropped from the front meanwhile: they are outside it, not in the words.
   */
  private summaryAfter(changed: PropertyValues<this>): LinkSummary {
    const previous = changed.get('points') ?? this.points;
    const last = previous.at(-1);
    const kept = last === undefined ? -1 : this.points.lastIndexOf(last);
    const appended =
      !changed.has('fromMs') && !changed.has('toMs') && (last === undefined || kept >= 0);
    return appended
      ? withReadings(this.summary, this.points.slice(kept + 1))
      : summarizeLink(this.points, this.fromMs, this.toMs);
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
    const geometry = this.geometry;
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
        <canvas
          data-testid="spread-canvas-${this.target}"
          aria-hidden="true"
          @contextrestored=${this.onContextRestored}
        ></canvas>
        ${geometry ? this.renderAxes(geometry, `${this.name}: ${words}`) : nothing}
      </div>`;
  }

  private renderAxes(geometry: SpreadChartGeometry, label: string) {
    const { width, height } = this.size;
    return html`<svg
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      role="img"
      aria-label=${label}
      data-testid="spread-chart-${this.target}"
      data-points=${this.points.length}
      data-loss-marks=${geometry.lossMarks.length}
      data-down-spans=${geometry.downSpans.length}
    >
      ${guard([geometry, this.formatters, width, height], () => this.renderTicks(geometry))}
    </svg>`;
  }

  /**
   * The axes' lines and labels: rendered again only for a new geometry (a window moved, a new
   * axis), not for readings drawn on the axis kept, which would diff some 20 ticks per chart.
   */
  private renderTicks(geometry: SpreadChartGeometry) {
    const { height } = this.size;
    const { plot } = geometry;
    const bottom = plot.y + plot.height;
    return svg`<g class="axis y">
        ${geometry.yTicks.map(
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
        ${geometry.xTicks.map(
          (
            tick,
          ) => svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${bottom} y2=${bottom + 4}></line>
            <text x=${tick.x} y=${height - 4} text-anchor="middle">${this.formatters!.timeTick(tick.tsMs)}</text>`,
        )}
      </g>`;
  }

  /**
   * A canvas whose context the browser lost and gave back is blank, and the pixels a chart moves
   * or keeps are gone: it draws all of it again.
   */
  private readonly onContextRestored = () => {
    this.drawn = null;
    this.requestUpdate();
  };

  override updated(): void {
    if (!this.stale) return;
    this.stale = false;
    this.draw();
  }

  /** Whether the canvas shows this window. */
  private isDrawnWindow({ fromMs, toMs }: { fromMs: number; toMs: number }): boolean {
    return this.drawn?.window.fromMs === fromMs && this.drawn.window.toMs === toMs;
  }

  /**
   * Everything the canvas's pixels depend on besides the readings and the window: its bitmap,
   * the step, the colours and the latency axis.
   */
  private frameKey(geometry: SpreadChartGeometry): string {
    const ratio = globalThis.devicePixelRatio || 1;
    return [
      Math.round(this.size.width * ratio),
      Math.round(this.size.height * ratio),
      ratio,
      this.theme,
      this.stepMs,
      geometry.yTicks.map((tick) => `${tick.y}:${tick.valueMs}`).join(),
    ].join('|');
  }

  /**
   * Draws the band, the median, the down hatching and the loss marks on the canvas: all of it,
   * the part from where the readings changed when nothing else did, or, when the window moved on
   * by whole pixels, the pixels moved left and the two edges drawn again (a software-composited
   * canvas costs the main thread for every pixel drawn again).
   */
  private draw(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const { tail, shift, marks, geometry, window } = this;
    this.tail = null;
    this.shift = null;
    this.marks = null;
    if (!canvas) return;
    const { width, height } = this.size;
    const ratio = globalThis.devicePixelRatio || 1;
    // Setting the size, even to the same value, allocates a new bitmap: only on a real change.
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(height * ratio);
    if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
    if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) return;
    if (!geometry) {
      context.clearRect(0, 0, canvas.width, canvas.height);
      this.drawn = null;
      return;
    }
    const key = this.frameKey(geometry);
    const part = (drawing: SpreadChartGeometry, fromPx: number, toPx = width) =>
      this.paint(context, drawing, {
        // In whole device pixels: a clip on a pixel's edge blends nothing, so the part kept and
        // the part drawn meet without a seam (an edge may differ from a drawing of the whole by
        // a shade of anti-aliasing; see the component test).
        fromDevicePx: Math.max(0, Math.floor(fromPx * ratio)),
        toDevicePx: Math.min(pixelWidth, Math.ceil(toPx * ratio)),
        ratio,
        window,
      });
    this.lastShiftDevicePx = 0;
    if (shift) {
      const by = shift.byDevicePx;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.save();
      context.beginPath();
      context.rect(0, 0, pixelWidth - by, pixelHeight);
      context.clip();
      context.globalCompositeOperation = 'copy';
      context.drawImage(
        canvas,
        by,
        0,
        pixelWidth - by,
        pixelHeight,
        0,
        0,
        pixelWidth - by,
        pixelHeight,
      );
      context.restore();
      part(shift.head.geometry, 0, shift.head.toPx);
      part(shift.tail.geometry, shift.tail.fromPx);
      this.lastShiftDevicePx = by;
      this.lastRedrawFromPx = shift.tail.fromPx;
    } else if (tail) {
      part(tail.geometry, tail.fromPx);
      this.lastRedrawFromPx = tail.fromPx;
    } else if (marks) {
      // A whole geometry computed again may still leave the canvas as it was up to some reading
      // (same window and axis: a spike the robust axis cuts, say); those pixels are kept too.
      const fromPx =
        this.drawn?.key === key && this.isDrawnWindow(window)
          ? redrawFromPx(this.drawn!.points, this.points, {
              ...window,
              stepMs: this.stepMs,
              plot: geometry.plot,
            })
          : 0;
      part(marks, fromPx);
      this.lastRedrawFromPx = fromPx;
    }
    this.drawn = { key, window, points: this.points };
  }

  /** Paints one geometry over the device pixels `[fromDevicePx, toDevicePx)` of the canvas's width. */
  private paint(
    context: CanvasRenderingContext2D,
    geometry: SpreadChartGeometry,
    {
      fromDevicePx,
      toDevicePx,
      ratio,
      window,
    }: {
      fromDevicePx: number;
      toDevicePx: number;
      ratio: number;
      window: { fromMs: number; toMs: number };
    },
  ): void {
    if (toDevicePx <= fromDevicePx) return;
    const { canvas } = context;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(fromDevicePx, 0, toDevicePx - fromDevicePx, canvas.height);
    context.save();
    if (fromDevicePx > 0 || toDevicePx < canvas.width) {
      context.beginPath();
      context.rect(fromDevicePx, 0, toDevicePx - fromDevicePx, canvas.height);
      context.clip();
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const colours = CHART_COLOURS[this.theme];
    const { plot } = geometry;

    // Down stretches: hatched across the plot, so "no answer" is a shape, not only a colour.
    context.save();
    context.beginPath();
    context.rect(plot.x, plot.y, plot.width, plot.height);
    context.clip();
    context.strokeStyle = colours.downHatch;
    context.lineWidth = 2;
    // Hatches on a grid fixed to time, not to the span nor the plot: a span drawn again in part
    // lines up with the hatches kept, also once they have moved with the window.
    const hatchOriginPx =
      plot.x - (((window.fromMs / (window.toMs - window.fromMs)) * plot.width) % 8);
    for (const span of geometry.downSpans) {
      context.fillStyle = colours.downHatch;
      context.globalAlpha = 0.5;
      context.fillRect(span.x1, plot.y, Math.max(1, span.x2 - span.x1), plot.height);
      context.globalAlpha = 1;
      context.beginPath();
      const firstX = hatchOriginPx + Math.ceil((span.x1 - plot.height - hatchOriginPx) / 8) * 8;
      for (let x = firstX; x < span.x2; x += 8) {
        context.moveTo(Math.max(x, span.x1), plot.y + plot.height - Math.max(0, span.x1 - x));
        context.lineTo(
          Math.min(x + plot.height, span.x2),
          plot.y + Math.max(0, x + plot.height - span.x2),
        );
      }
      context.stroke();
    }

    // The band from the fastest to the slowest round.
    context.fillStyle = colours.band;
    for (const run of geometry.bands) {
      context.beginPath();
      if (run.length === 1) {
        const [slice] = run;
        context.rect(slice!.x - 1, slice!.yMax, 2, Math.max(1, slice!.yMin - slice!.yMax));
      } else {
        run.forEach((s, i) =>
          i === 0 ? context.moveTo(s.x, s.yMax) : context.lineTo(s.x, s.yMax),
        );
        for (let i = run.length - 1; i >= 0; i -= 1) context.lineTo(run[i]!.x, run[i]!.yMin);
        context.closePath();
      }
      context.fill();
    }

    // The median over it.
    context.strokeStyle = colours.median;
    context.lineWidth = 1.6;
    context.lineJoin = 'round';
    for (const run of geometry.medians) {
      context.beginPath();
      run.forEach((v, i) => (i === 0 ? context.moveTo(v.x, v.y) : context.lineTo(v.x, v.y)));
      if (run.length === 1) context.lineTo(run[0]!.x + 1, run[0]!.y);
      context.stroke();
    }
    context.restore();

    // Loss marks under the plot: height and colour by level.
    for (const mark of geometry.lossMarks) {
      context.fillStyle = colours.loss[mark.level];
      context.fillRect(mark.x1, mark.y, Math.max(1, mark.x2 - mark.x1), mark.height);
    }
    context.restore();
  }
}
