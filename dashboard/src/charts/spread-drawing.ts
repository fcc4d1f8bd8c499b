import type { ChartColours } from './palette.js';
import type { SpreadChartGeometry } from './spread-geometry.js';

/** A 2D context of a page's canvas or of an `OffscreenCanvas` in a worker: both draw the same. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Draws a latency chart's dense part on a cleared context, in CSS px: the down hatching, the
 * min–max band, the median over it and the loss marks under the plot. No DOM: it runs in the
 * page (fallback) and in the chart worker alike.
 */
export function drawSpread(
  context: Context2D,
  geometry: SpreadChartGeometry,
  colours: ChartColours,
): void {
  const { plot } = geometry;

  // Down stretches: hatched across the plot, so "no answer" is a shape, not only a colour.
  context.save();
  context.beginPath();
  context.rect(plot.x, plot.y, plot.width, plot.height);
  context.clip();
  context.strokeStyle = colours.downHatch;
  context.lineWidth = 2;
  for (const span of geometry.downSpans) {
    context.fillStyle = colours.downHatch;
    context.globalAlpha = 0.5;
    context.fillRect(span.x1, plot.y, Math.max(1, span.x2 - span.x1), plot.height);
    context.globalAlpha = 1;
    context.beginPath();
    for (let x = span.x1 - plot.height; x < span.x2; x += 8) {
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
      run.forEach((s, i) => (i === 0 ? context.moveTo(s.x, s.yMax) : context.lineTo(s.x, s.yMax)));
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
}
