import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { LinkPoint } from '../../../../../dashboard/src/charts/spread-geometry.js';
import '../../../../../dashboard/src/components/spread-chart/spread-chart.js';
import type { PulseSpreadChart } from '../../../../../dashboard/src/components/spread-chart/spread-chart.js';
import {
  PageSpreadRenderer,
  WorkerSpreadRenderer,
} from '../../../../../dashboard/src/components/spread-chart/spread-renderer.js';
import { NOW_MS, minutesAgo } from '../figures.js';
import { mount, part, parts, textOf } from '../mount.js';

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
  // The axes come once the drawing has been measured (a ResizeObserver, after layout) and the
  // renderer has drawn it.
  await expect.poll(() => chart.shadowRoot!.querySelector('svg'), { timeout: 5000 }).not.toBeNull();
  await chart.drawComplete;
  return chart;
}

/**
 * The pixels of the canvas as the screen shows them: a screenshot of it, not `getImageData`,
 * because the canvas belongs to the chart worker (`transferControlToOffscreen`) and is composited
 * from there. Vitest scales its test frame, so colours are compared, not sizes.
 */
async function screenPixels(canvas: HTMLCanvasElement): Promise<ImageData> {
  // On mid grey, far from both themes' medians, so neither colour can come from the page.
  document.body.style.background = 'rgb(128, 128, 128)';
  const base64 = await page.screenshot({ element: canvas, save: false });
  document.body.style.background = '';
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const copy = document.createElement('canvas');
  copy.width = image.naturalWidth;
  copy.height = image.naturalHeight;
  const context = copy.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, copy.width, copy.height);
}

/** How many pixels are within `tolerance` of `rgb`, each channel, fully opaque. */
function pixelsNear(
  { data }: ImageData,
  [r, g, b]: [number, number, number],
  tolerance = 24,
): number {
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

  it('draws in a worker that owns the canvas, at the drawing’s size: the median dark on light, the band and loss marks', async () => {
    expect(WorkerSpreadRenderer.supported()).toBe(true);
    const chart = await mountChart({ theme: 'light' });
    const canvas = part<HTMLCanvasElement>(chart, 'canvas');
    // Handed over: the page can no longer draw on it.
    expect(() => canvas.getContext('2d')).toThrow();
    expect(canvas.dataset.painted).toBe('true');
    const drawing = part(chart, '.drawing').getBoundingClientRect();
    // The worker's bitmap size shows on the page's canvas once a frame is committed.
    expect(canvas.width).toBe(Math.round(drawing.width * devicePixelRatio));
    expect(canvas.height).toBe(Math.round(120 * devicePixelRatio));
    const pixels = await screenPixels(canvas);
    expect(pixelsNear(pixels, [0x1b, 0x1f, 0x24])).toBeGreaterThan(50);
    // 5 % loss is a "medium" mark in vermilion; the two rounds down a red one.
    expect(pixelsNear(pixels, [0xd5, 0x5e, 0x00], 8)).toBeGreaterThan(0);
    expect(pixelsNear(pixels, [0xc0, 0x00, 0x00], 8)).toBeGreaterThan(0);
    // No light median in the light theme.
    expect(pixelsNear(pixels, [0xf3, 0xf4, 0xf6], 8)).toBe(0);
  });

  it('paints in the dark theme’s colours', async () => {
    const chart = await mountChart({ theme: 'dark' });
    const pixels = await screenPixels(part<HTMLCanvasElement>(chart, 'canvas'));
    expect(pixelsNear(pixels, [0xf3, 0xf4, 0xf6])).toBeGreaterThan(50);
    expect(pixelsNear(pixels, [0x1b, 0x1f, 0x24], 8)).toBe(0);
  });

  it('draws the same on the page when the browser cannot hand a canvas to a worker', async () => {
    const chart = await mountChart({ theme: 'light', renderer: new PageSpreadRenderer() });
    const canvas = part<HTMLCanvasElement>(chart, 'canvas');
    const own = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    expect(own.data.some((value, i) => i % 4 === 3 && value > 0)).toBe(true);
    const pixels = await screenPixels(canvas);
    expect(pixelsNear(pixels, [0x1b, 0x1f, 0x24])).toBeGreaterThan(50);
    expect(pixelsNear(pixels, [0xc0, 0x00, 0x00], 8)).toBeGreaterThan(0);
    expect(part(chart, 'svg').dataset.downSpans).toBe('1');
  });

  it('draws a live round that arrives, and again on a new canvas after leaving the page and coming back', async () => {
    const chart = await mountChart({ theme: 'light', fromMs: minutesAgo(15), toMs: NOW_MS });
    const before = part<HTMLCanvasElement>(chart, 'canvas');
    const svg = () => part(chart, 'svg');
    expect(svg().dataset.points).toBe('30');
    // A round far above the others: the axis grows to hold it.
    const spike: LinkPoint = {
      ...POINTS.at(-1)!,
      tsMs: NOW_MS - 1000,
      rttMs: 180,
      minMs: 170,
      maxMs: 190,
    };
    const topTick = () =>
      Math.max(...parts(chart, '.axis.y text:not(.unit)').map((t) => Number(textOf(t))));
    expect(topTick()).toBeLessThan(100);
    chart.points = [...POINTS, spike];
    await chart.drawComplete;
    expect(svg().dataset.points).toBe('31');
    await expect.poll(topTick).toBeGreaterThanOrEqual(180);
    chart.remove();
    document.body.append(chart);
    await chart.drawComplete;
    const after = part<HTMLCanvasElement>(chart, 'canvas');
    expect(after).not.toBe(before);
    await expect.poll(() => after.dataset.painted).toBe('true');
    expect(pixelsNear(await screenPixels(after), [0x1b, 0x1f, 0x24])).toBeGreaterThan(50);
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
