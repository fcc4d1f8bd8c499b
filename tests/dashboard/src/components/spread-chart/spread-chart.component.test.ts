import { describe, expect, it } from 'vitest';
import type { LinkPoint } from '../../../../../dashboard/src/charts/spread-geometry.js';
import '../../../../../dashboard/src/components/spread-chart/spread-chart.js';
import type { PulseSpreadChart } from '../../../../../dashboard/src/components/spread-chart/spread-chart.js';
import { NOW_MS, minutesAgo } from '../figures.js';
import { mount, part, parts, textOf, update } from '../mount.js';

/**
 * A quarter of an hour of 30-second rounds: about 20 ms with a spread of ±5 ms, 5 % loss in one
 * round, and two rounds without an answer.
 */
const POINTS: LinkPoint[] = Array.from({ length: 30 }, (_, i) => {
  const down = i === 20 || i === 21;
  return {
    tsMs: minutesAgo(15) + i * 30_000,
    rttMs: down ? null : 20 + (i % 3),
    minMs: down ? null : 15 + (i % 3),
    maxMs: down ? null : 25 + (i % 3),
    lossPct: down ? 100 : i === 10 ? 5 : 0,
    upShare: down ? 0 : 1,
  };
});

async function mountChart(properties: Partial<PulseSpreadChart>): Promise<PulseSpreadChart> {
  const chart = await mount('pulse-spread-chart', {
    target: 'dvc',
    name: 'Cổng Dịch vụ công',
    points: POINTS,
    fromMs: minutesAgo(15),
    toMs: NOW_MS,
    ...properties,
  });
  // The axes come once the drawing has been measured (a ResizeObserver, after layout).
  await expect.poll(() => chart.shadowRoot!.querySelector('svg'), { timeout: 5000 }).not.toBeNull();
  await chart.updateComplete;
  return chart;
}

/** How many pixels of the canvas are within `tolerance` of `rgb`, each channel, fully drawn. */
function pixelsNear(
  canvas: HTMLCanvasElement,
  [r, g, b]: [number, number, number],
  tolerance = 24,
): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const near =
      Math.abs(data[i]! - r) <= tolerance &&
      Math.abs(data[i + 1]! - g) <= tolerance &&
      Math.abs(data[i + 2]! - b) <= tolerance;
    if (near && data[i + 3]! > 200) count += 1;
  }
  return count;
}

/**
 * Expects two charts' canvases to show the same picture. Skia's anti-aliasing of a path depends on
 * the whole path and on the clip, so edges drawn in parts may differ from a whole drawing by a
 * shade (measured: under 1 % of the bytes, by at most 51 of 255); a stale, doubled or misplaced
 * stretch differs by whole colours over many pixels.
 */
function expectSamePicture(drawnInParts: Element, drawnWhole: Element): void {
  const pixelsOf = (element: Element) => {
    const canvas = part<HTMLCanvasElement>(element, 'canvas');
    return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  const [parts, whole] = [pixelsOf(drawnInParts), pixelsOf(drawnWhole)];
  expect(parts.length).toBe(whole.length);
  let differing = 0;
  let largest = 0;
  for (let i = 0; i < whole.length; i++) {
    const difference = Math.abs(parts[i]! - whole[i]!);
    if (difference > 0) differing++;
    largest = Math.max(largest, difference);
  }
  expect(largest).toBeLessThanOrEqual(64);
  expect(differing / whole.length).toBeLessThan(0.01);
}

describe('pulse-spread-chart', () => {
  it('says in words what the chart shows, and gives the drawing the same name', async () => {
    const chart = await mountChart({ language: 'en' });
    const words = 'median latency 21.0 ms, worst packet loss 100%; down at times';
    expect(textOf(part(chart, '[data-testid="spread-summary-dvc"]'))).toBe(words);
    const svg = part(chart, 'svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(`Cổng Dịch vụ công: ${words}`);
    expect(part(chart, 'canvas').getAttribute('aria-hidden')).toBe('true');
  });

  it('draws SVG axes: latency ticks in ms and clock times of the window on the centre’s clock', async () => {
    const chart = await mountChart({});
    const yTicks = parts(chart, '.axis.y text:not(.unit)').map(textOf);
    expect(yTicks.length).toBeGreaterThanOrEqual(2);
    expect(yTicks.every((tick) => /^\d+$/.test(tick))).toBe(true);
    expect(textOf(part(chart, '.axis.y .unit'))).toBe('ms');
    const xTicks = parts(chart, '[data-testid="spread-x-axis-dvc"] text').map(textOf);
    expect(xTicks.length).toBeGreaterThanOrEqual(2);
    expect(xTicks.every((tick) => /^(09:(4[5-9]|5\d)|10:00)$/.test(tick))).toBe(true);
    const svg = part(chart, 'svg');
    expect(svg.dataset.points).toBe('30');
    expect(svg.dataset.downSpans).toBe('1');
    expect(Number(svg.dataset.lossMarks)).toBeGreaterThanOrEqual(2);
  });

  it('paints the canvas to the drawing’s size: the median dark on light, the band and loss marks', async () => {
    const chart = await mountChart({ theme: 'light' });
    const canvas = part<HTMLCanvasElement>(chart, 'canvas');
    const drawing = part(chart, '.drawing').getBoundingClientRect();
    expect(canvas.width).toBe(Math.round(drawing.width * devicePixelRatio));
    expect(canvas.height).toBe(Math.round(120 * devicePixelRatio));
    expect(pixelsNear(canvas, [0x1b, 0x1f, 0x24])).toBeGreaterThan(50);
    // 5 % loss is a "medium" mark in vermilion; the two rounds down a red one.
    expect(pixelsNear(canvas, [0xd5, 0x5e, 0x00], 8)).toBeGreaterThan(0);
    expect(pixelsNear(canvas, [0xc0, 0x00, 0x00], 8)).toBeGreaterThan(0);
    // No light median in the light theme.
    expect(pixelsNear(canvas, [0xf3, 0xf4, 0xf6], 8)).toBe(0);
  });

  it('draws readings that arrive on the same window over the plot’s right edge only, as a whole drawing shows them', async () => {
    // Rounds arrive one by one, through the two without an answer (20, 21) and the next ones.
    const chart = await mountChart({ points: POINTS.slice(0, 18) });
    for (let count = 19; count <= POINTS.length; count++) {
      await update(chart, { points: POINTS.slice(0, count) });
      expect(chart.lastRedrawFromPx).toBeGreaterThan(0);
    }
    const whole = await mountChart({ points: POINTS });
    expect(whole.lastRedrawFromPx).toBe(0);
    expectSamePicture(chart, whole);
  });

  it('moves its pixels with the window and draws only the edges, as a whole drawing shows them', async () => {
    // The window follows the rounds as they arrive (through the two without an answer), then
    // moves on with no new round, so the first rounds reach the plot's start and leave it.
    const windowAt = (endMs: number) => ({ fromMs: endMs - 15 * 60_000, toMs: endMs });
    const firstEndMs = POINTS[17]!.tsMs + 20_000;
    const chart = await mountChart({ points: POINTS.slice(0, 18), ...windowAt(firstEndMs) });
    const steps = [
      ...POINTS.slice(18).map((point, i) => ({
        points: POINTS.slice(0, 19 + i),
        ...windowAt(point.tsMs + 20_000),
      })),
      ...[1, 2, 3].map((i) => ({
        points: POINTS,
        ...windowAt(POINTS[29]!.tsMs + 20_000 + i * 37_000),
      })),
    ];
    for (const [index, step] of steps.entries()) {
      await update(chart, step);
      // The first move puts the rolling window on whole device pixels: drawn whole.
      if (index > 0) expect(chart.lastShiftDevicePx).toBeGreaterThan(0);
    }
    // A whole drawing of the same rolling window: moved there from the step before.
    const whole = await mountChart(steps.at(-2)!);
    await update(whole, steps.at(-1)!);
    expect(whole.lastShiftDevicePx).toBe(0);
    expect(whole.lastRedrawFromPx).toBe(0);
    expectSamePicture(chart, whole);
  });

  it('draws the whole canvas again when the window moves by half the plot or more', async () => {
    const chart = await mountChart({ points: POINTS.slice(0, 25) });
    await update(chart, { points: POINTS, fromMs: minutesAgo(7), toMs: NOW_MS + 8 * 60_000 });
    expect(chart.lastShiftDevicePx).toBe(0);
    expect(chart.lastRedrawFromPx).toBe(0);
  });

  it('draws a fixed range as given: its first tick at the plot’s start', async () => {
    // 27 Nov 2026, 08:00 to 17:00 on the centre's clock (UTC+7), in 15-minute buckets: a window
    // put on whole pixels would start some seconds after 08:00 and lose that tick.
    const openMs = Date.UTC(2026, 10, 27, 1, 0);
    const buckets = Array.from({ length: 36 }, (_, i) => ({
      ...POINTS[i % 20]!,
      tsMs: openMs + i * 900_000,
    }));
    const chart = await mountChart({
      points: buckets.slice(0, 30),
      fromMs: openMs,
      toMs: openMs + 9 * 3_600_000,
      stepMs: 900_000,
    });
    await update(chart, { points: buckets });
    const first = part(chart, '[data-testid="spread-x-axis-dvc"] text');
    expect(textOf(first)).toBe('08:00');
    expect(chart.lastShiftDevicePx).toBe(0);
  });

  it('off screen, keeps its words true and its canvas as it was; near it again, draws the whole picture', async () => {
    const chart = await mountChart({ points: POINTS.slice(0, 18), language: 'en' });
    const canvas = part<HTMLCanvasElement>(chart, 'canvas');
    const pixels = () =>
      canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const before = pixels();
    const bytesChanged = () => pixels().filter((value, i) => value !== before[i]).length;
    // Scrolled far below the screen, as the last of twenty charts on a 1080-pixel screen.
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 6000px' });
    document.body.prepend(spacer);
    await expect.poll(() => chart.onScreen, { timeout: 5000 }).toBe(false);
    for (let count = 19; count <= POINTS.length; count++) {
      await update(chart, { points: POINTS.slice(0, count) });
    }
    expect(textOf(part(chart, '[data-testid="spread-summary-dvc"]'))).toBe(
      'median latency 21.0 ms, worst packet loss 100%; down at times',
    );
    expect(part(chart, 'svg').dataset.points).toBe('30');
    expect(bytesChanged()).toBe(0);
    spacer.remove();
    await expect.poll(() => chart.onScreen, { timeout: 5000 }).toBe(true);
    await chart.updateComplete;
    expect(chart.lastRedrawFromPx).toBe(0);
    expectSamePicture(chart, await mountChart({ points: POINTS, language: 'en' }));
  });

  it('paints in the dark theme’s colours', async () => {
    const chart = await mountChart({ theme: 'dark' });
    const canvas = part<HTMLCanvasElement>(chart, 'canvas');
    expect(pixelsNear(canvas, [0xf3, 0xf4, 0xf6], 8)).toBeGreaterThan(50);
    expect(pixelsNear(canvas, [0x1b, 0x1f, 0x24], 8)).toBe(0);
  });

  it('says there are no figures for an empty range', async () => {
    const chart = await mount('pulse-spread-chart', {
      target: 'dvc',
      points: [],
      fromMs: minutesAgo(15),
      toMs: NOW_MS,
      language: 'en',
    });
    expect(textOf(part(chart, '[data-testid="spread-summary-dvc"]'))).toBe(
      'No figures in this range yet.',
    );
  });
});
