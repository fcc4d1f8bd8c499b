import { CHART_COLOURS } from '../../charts/palette.js';
import { applyPatch } from '../../charts/points-patch.js';
import { drawSpread } from '../../charts/spread-drawing.js';
import {
  computeSpreadGeometry,
  type LinkPoint,
  type SpreadChartGeometry,
} from '../../charts/spread-geometry.js';
import { decodeLinkPoints } from '../../charts/link-point-buffer.js';
import type { Theme } from '../../theme/theme.js';

/**
 * What a chart sends its painter on each change: the readings as a patch of the last ones sent
 * (the tail packed by `encodeLinkPoints`), the window, the step, the size and the colours.
 */
export interface SpreadUpdate {
  patch: { start: number; end: number; tail: Float64Array };
  fromMs: number;
  toMs: number;
  stepMs: number;
  /** Size of the drawing (CSS px). */
  width: number;
  height: number;
  /** Device pixels per CSS px. */
  ratio: number;
  theme: Theme;
}

/** What the page draws in SVG over the canvas: the plot's box, the ticks, and counts for tests. */
export interface SpreadAxes {
  plot: SpreadChartGeometry['plot'];
  xTicks: SpreadChartGeometry['xTicks'];
  yTicks: SpreadChartGeometry['yTicks'];
  clipped: boolean;
  lossMarks: number;
  downSpans: number;
}

/**
 * Keeps one chart's readings and draws them on its canvas: a page's canvas (fallback) or the
 * `OffscreenCanvas` a worker was given. It computes the geometry where it draws, so the page
 * never walks the readings for a frame, and hands back only the axes.
 */
export class SpreadPainter {
  private readonly points: LinkPoint[] = [];
  private update: Omit<SpreadUpdate, 'patch'> | null = null;

  constructor(private readonly canvas: HTMLCanvasElement | OffscreenCanvas) {}

  /** Takes a change; the next {@link SpreadPainter.paint} draws it. */
  apply({ patch, ...rest }: SpreadUpdate): void {
    applyPatch(this.points, { ...patch, tail: decodeLinkPoints(patch.tail) });
    this.update = rest;
  }

  /** Draws the readings as last updated; the axes for them, or null when there is no room. */
  paint(): SpreadAxes | null {
    const update = this.update;
    if (!update) return null;
    const { width, height, ratio, fromMs, toMs, stepMs, theme } = update;
    // Setting the size, even to the same value, allocates a new bitmap: only on a real change.
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(height * ratio);
    if (this.canvas.width !== pixelWidth) this.canvas.width = pixelWidth;
    if (this.canvas.height !== pixelHeight) this.canvas.height = pixelHeight;
    const context = this.canvas.getContext('2d') as
      CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!context) return null;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    if (width <= 0 || height <= 0 || toMs <= fromMs) return null;
    const geometry = computeSpreadGeometry({
      points: this.points,
      fromMs,
      toMs,
      stepMs,
      width,
      height,
    });
    drawSpread(context, geometry, CHART_COLOURS[theme]);
    return {
      plot: geometry.plot,
      xTicks: geometry.xTicks,
      yTicks: geometry.yTicks,
      clipped: geometry.clipped,
      lossMarks: geometry.lossMarks.length,
      downSpans: geometry.downSpans.length,
    };
  }
}
