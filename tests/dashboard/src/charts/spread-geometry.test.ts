import { randomLcg, randomNormal, randomUniform } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { lossLevelOf } from '../../../../dashboard/src/charts/loss-levels.js';
import {
  computeSpreadGeometry,
  computeSpreadShift,
  computeSpreadTail,
  pixelAlignedWindow,
  redrawFromPx,
  type LinkPoint,
  type SpreadChartGeometry,
} from '../../../../dashboard/src/charts/spread-geometry.js';

// A fixed clock: 27 Nov 2026 at 14:05 in the centre (07:05 UTC); the last 15 minutes, 30 s rounds.
const TO_MS = Date.UTC(2026, 10, 27, 7, 5);
const FROM_MS = TO_MS - 15 * 60_000;
const SIZE = { width: 600, height: 150 };

/** Seeded rounds of a portal about 25 ms away, with a 2-minute cut and some loss before it. */
function seededRounds(seed: number): LinkPoint[] {
  const normal = randomNormal.source(randomLcg(seed))(25, 3);
  const points: LinkPoint[] = [];
  for (let i = 0; i < 30; i += 1) {
    const tsMs = FROM_MS + i * 30_000;
    const down = i >= 20 && i < 24;
    const median = normal();
    points.push({
      tsMs,
      rttMs: down ? null : median,
      minMs: down ? null : median - 4,
      maxMs: down ? null : median + 9,
      lossPct: down ? 100 : i === 18 ? 20 : i === 19 ? 5 : i === 10 ? 1 : 0,
      upShare: down ? 0 : 1,
    });
  }
  return points;
}

function describeGeometry(g: SpreadChartGeometry): string {
  const lines = [
    `plot ${g.plot.x},${g.plot.y} ${g.plot.width}x${g.plot.height} clipped=${g.clipped}`,
    `y ${g.yTicks.map((t) => `${t.valueMs}@${t.y}`).join(' ')}`,
    `x ${g.xTicks.map((t) => `${new Date(t.tsMs).toISOString().slice(11, 16)}@${t.x}`).join(' ')}`,
    ...g.bands.map(
      (run, i) => `band ${i}: ${run.map((s) => `${s.x}:${s.yMax}-${s.yMin}`).join(' ')}`,
    ),
    ...g.medians.map((run, i) => `median ${i}: ${run.map((v) => `${v.x},${v.y}`).join(' ')}`),
    ...g.lossMarks.map((m) => `loss ${m.level} ${m.x1}-${m.x2} h${m.height}`),
    ...g.downSpans.map((s) => `down ${s.x1}-${s.x2}`),
  ];
  return `${lines.join('\n')}\n`;
}

describe('lossLevelOf', () => {
  it.each([
    { lossPct: 0, upShare: 1, level: 'none' },
    { lossPct: null, upShare: null, level: 'none' },
    { lossPct: 2, upShare: 1, level: 'low' },
    { lossPct: 2.5, upShare: 1, level: 'medium' },
    { lossPct: 10, upShare: 1, level: 'medium' },
    { lossPct: 11, upShare: 1, level: 'high' },
    { lossPct: 0, upShare: 0.5, level: 'high' },
    { lossPct: 100, upShare: 0, level: 'down' },
  ])('calls $lossPct % lost with $upShare answered "$level"', ({ lossPct, upShare, level }) => {
    expect(lossLevelOf(lossPct, upShare)).toBe(level);
  });
});

describe('computeSpreadGeometry', () => {
  it('draws a seeded quarter hour as band, median, loss marks and a down stretch (snapshot)', async () => {
    const geometry = computeSpreadGeometry({
      points: seededRounds(42),
      fromMs: FROM_MS,
      toMs: TO_MS,
      stepMs: 0,
      ...SIZE,
    });
    await expect(describeGeometry(geometry)).toMatchFileSnapshot(
      '__snapshots__/spread-geometry.seeded-quarter-hour.txt',
    );
  });

  it('breaks band and median where the target was down, and shades that stretch', () => {
    const geometry = computeSpreadGeometry({
      points: seededRounds(1),
      fromMs: FROM_MS,
      toMs: TO_MS,
      stepMs: 0,
      ...SIZE,
    });
    expect(geometry.bands).toHaveLength(2);
    expect(geometry.medians).toHaveLength(2);
    expect(geometry.downSpans).toHaveLength(1);
    const [span] = geometry.downSpans;
    // Down from round 20 to the first answered round 24: 2 of the 15 minutes.
    expect(span!.x2 - span!.x1).toBeCloseTo((geometry.plot.width * 2) / 15, 0);
  });

  it('keeps the band around the median: min below, max above', () => {
    const geometry = computeSpreadGeometry({
      points: seededRounds(7),
      fromMs: FROM_MS,
      toMs: TO_MS,
      stepMs: 0,
      ...SIZE,
    });
    geometry.bands.flat().forEach((slice, i) => {
      const median = geometry.medians.flat()[i]!;
      expect(slice.yMax).toBeLessThanOrEqual(median.y);
      expect(slice.yMin).toBeGreaterThanOrEqual(median.y);
    });
  });

  it('cuts one spike at the top of the axis instead of flattening the rest', () => {
    const points = seededRounds(3).map((p, i) => (i === 5 ? { ...p, maxMs: 2000 } : p));
    const geometry = computeSpreadGeometry({
      points,
      fromMs: FROM_MS,
      toMs: TO_MS,
      stepMs: 0,
      ...SIZE,
    });
    expect(geometry.clipped).toBe(true);
    expect(geometry.yTicks.at(-1)!.valueMs).toBeLessThan(100);
  });

  it('draws a bucket at its middle and breaks at pauses longer than a few steps', () => {
    const stepMs = 120_000;
    const bucket = (tsMs: number): LinkPoint => ({
      tsMs,
      rttMs: 20,
      minMs: 15,
      maxMs: 30,
      lossPct: 0,
      upShare: 1,
    });
    const fromMs = TO_MS - 3_600_000;
    const points = [bucket(fromMs), bucket(fromMs + stepMs), bucket(fromMs + 10 * stepMs)];
    const geometry = computeSpreadGeometry({ points, fromMs, toMs: TO_MS, stepMs, ...SIZE });
    expect(geometry.medians.map((run) => run.length)).toEqual([2, 1]);
    const pxPerMs = geometry.plot.width / 3_600_000;
    expect(geometry.medians[0]![0]!.x).toBeCloseTo(geometry.plot.x + (stepMs / 2) * pxPerMs, 0);
  });
});

describe('computeSpreadGeometry without lines', () => {
  it('has the axes, loss marks and down stretches of the whole geometry, and no band nor median', () => {
    const input = { points: seededRounds(7), fromMs: FROM_MS, toMs: TO_MS, stepMs: 0, ...SIZE };
    const whole = computeSpreadGeometry(input);
    const axes = computeSpreadGeometry({ ...input, lines: false });
    expect(axes).toEqual({ ...whole, bands: [], medians: [] });
    expect(whole.bands.length).toBeGreaterThan(0);
  });
});

describe('redrawFromPx', () => {
  const points = seededRounds(7);
  const geometry = computeSpreadGeometry({
    points,
    fromMs: FROM_MS,
    toMs: TO_MS,
    stepMs: 0,
    ...SIZE,
  });
  const window = { fromMs: FROM_MS, toMs: TO_MS, stepMs: 0, plot: geometry.plot };
  const xOf = (tsMs: number) =>
    geometry.plot.x + ((tsMs - FROM_MS) / (TO_MS - FROM_MS)) * geometry.plot.width;

  it('starts a few px left of the last reading kept when readings are appended', () => {
    const fromPx = redrawFromPx(points.slice(0, 20), points, window);
    expect(fromPx).toBeLessThan(xOf(points[19]!.tsMs));
    expect(fromPx).toBeGreaterThanOrEqual(xOf(points[19]!.tsMs) - 4);
  });

  it('starts at the last reading before the first one that changed, not at the end', () => {
    const changed = [...points];
    changed[10] = { ...points[10]!, rttMs: 99 };
    const fromPx = redrawFromPx(points, changed, window);
    expect(fromPx).toBeLessThan(xOf(points[9]!.tsMs));
    expect(fromPx).toBeGreaterThanOrEqual(xOf(points[9]!.tsMs) - 4);
  });

  it('covers readings taken away from the end', () => {
    expect(redrawFromPx(points, points.slice(0, 25), window)).toBeLessThan(xOf(points[24]!.tsMs));
  });

  it('sets aside readings that left the front from before the window, but not a shown one', () => {
    const earlier = { ...points[0]!, tsMs: FROM_MS - 30_000 };
    const fromPx = redrawFromPx([earlier, ...points.slice(0, 20)], points, window);
    expect(fromPx).toBeGreaterThanOrEqual(xOf(points[19]!.tsMs) - 4);
    expect(redrawFromPx(points.slice(0, 20), points.slice(1), window)).toBe(0);
  });

  it('asks for the whole canvas when the first reading changed or there was none', () => {
    expect(redrawFromPx(points, points.slice(1), window)).toBe(0);
    expect(redrawFromPx([], points, window)).toBe(0);
  });
});

describe('computeSpreadTail', () => {
  const points = seededRounds(7).filter((p) => p.rttMs !== null);
  const input = { fromMs: FROM_MS, toMs: TO_MS, stepMs: 0, ...SIZE };
  const whole = computeSpreadGeometry({ points, ...input });

  it('gives the geometry of only the readings that reach the redrawn part, on the axis kept', () => {
    const tail = computeSpreadTail(points.slice(0, -1), {
      points,
      ...input,
      yTopMs: whole.yTopMs,
    })!;
    expect(tail.fromPx).toBeGreaterThan(whole.plot.x + whole.plot.width * 0.9);
    const slices = tail.geometry.bands.flat();
    expect(slices.length).toBeLessThanOrEqual(3);
    // The tail's first slice is left of the redrawn part, so its edge is not drawn in it.
    expect(slices[0]!.x).toBeLessThan(tail.fromPx - 3);
    // Where both have a slice, the same slice: same x scale, same latency axis.
    const wholeSlices = whole.bands.flat();
    for (const slice of slices) expect(wholeSlices).toContainEqual(slice);
  });

  it('is null when the whole chart must be drawn', () => {
    expect(
      computeSpreadTail(points.slice(1), { points, ...input, yTopMs: whole.yTopMs }),
    ).toBeNull();
  });
});

describe('pixelAlignedWindow', () => {
  it('ends on the next whole pixel of time, keeps the span, and puts two windows whole pixels apart', () => {
    const plotPx = 1_737;
    const spanMs = 15 * 60_000;
    const first = pixelAlignedWindow(TO_MS - spanMs, TO_MS, plotPx);
    expect(first.toMs).toBeGreaterThanOrEqual(TO_MS);
    expect(first.toMs - TO_MS).toBeLessThan(spanMs / plotPx);
    expect(first.toMs - first.fromMs).toBeCloseTo(spanMs, 6);
    for (const laterMs of [1_000, 2_000, 7_000, 61_000]) {
      const next = pixelAlignedWindow(TO_MS + laterMs - spanMs, TO_MS + laterMs, plotPx);
      const movedPx = ((next.fromMs - first.fromMs) / spanMs) * plotPx;
      expect(Math.abs(movedPx - Math.round(movedPx))).toBeLessThan(1e-6);
    }
    // Moved by less than a pixel's time: the same window.
    const day = 86_400_000;
    const dayWindow = pixelAlignedWindow(TO_MS - day, TO_MS, plotPx);
    expect(pixelAlignedWindow(TO_MS + 1_000 - day, TO_MS + 1_000, plotPx)).toEqual(dayWindow);
  });
});

describe('computeSpreadShift', () => {
  const spanMs = TO_MS - FROM_MS;
  const points = seededRounds(7);
  const plotPx = SIZE.width - 52 - 12;
  const at = (endMs: number) => pixelAlignedWindow(endMs - spanMs, endMs, plotPx);
  const drawn = at(TO_MS - 60_000);
  const input = (window: { fromMs: number; toMs: number }, shown = points) => {
    const whole = computeSpreadGeometry({ points: shown, ...window, stepMs: 0, ...SIZE });
    return {
      whole,
      input: {
        points: shown,
        ...window,
        stepMs: 0,
        ...SIZE,
        yTopMs: whole.yTopMs,
        devicePixelRatio: 1,
      },
    };
  };

  it('moves the pixels by the window’s move and draws again only the two edges, as the whole has them', () => {
    const next = at(TO_MS);
    const { whole, input: shifted } = input(next);
    const shift = computeSpreadShift(points.slice(0, 28), drawn, shifted)!;
    expect(shift.byDevicePx).toBe(Math.round(((next.fromMs - drawn.fromMs) / spanMs) * plotPx));
    // The left edge: up to just past the first reading inside the window.
    expect(shift.head.toPx).toBeLessThan(whole.plot.x + 30);
    // The right edge: from a few px left of the last reading drawn before (the 28th).
    const xOf = (tsMs: number) => whole.plot.x + ((tsMs - next.fromMs) / spanMs) * whole.plot.width;
    expect(shift.tail.fromPx).toBeLessThan(xOf(points[27]!.tsMs));
    expect(shift.tail.fromPx).toBeGreaterThanOrEqual(xOf(points[27]!.tsMs) - 4);
    // Their slices are the whole geometry's: same x scale, same latency axis.
    const wholeSlices = whole.bands.flat();
    for (const slice of [...shift.head.geometry.bands, ...shift.tail.geometry.bands].flat())
      expect(wholeSlices).toContainEqual(slice);
    expect(shift.head.geometry.bands.flat().length).toBeLessThanOrEqual(4);
  });

  it('draws again from a reading that changed inside the window', () => {
    const changed = [...points];
    changed[12] = { ...points[12]!, rttMs: 99 };
    const { whole, input: shifted } = input(at(TO_MS), changed);
    const shift = computeSpreadShift(points, drawn, shifted)!;
    const x11 = whole.plot.x + ((points[11]!.tsMs - shifted.fromMs) / spanMs) * whole.plot.width;
    expect(shift.tail.fromPx).toBeLessThan(x11);
    expect(shift.tail.fromPx).toBeGreaterThanOrEqual(x11 - 4);
  });

  it('is null when the whole chart must be drawn: half the plot or more, another span, new readings', () => {
    expect(computeSpreadShift(points, drawn, input(at(TO_MS + spanMs / 2)).input)).toBeNull();
    const longer = { fromMs: drawn.fromMs - 60_000, toMs: drawn.toMs };
    expect(computeSpreadShift(points, longer, input(at(TO_MS)).input)).toBeNull();
    const others = points.map((p) => ({ ...p }));
    expect(computeSpreadShift(points, drawn, input(at(TO_MS), others).input)).toBeNull();
  });
});

describe('computeSpreadShift against whole geometries', () => {
  /** Items of a geometry whose x lies in `[from, to)` (px), moved by `dx`, as comparable strings. */
  function itemsIn(g: SpreadChartGeometry, from: number, to: number, dx = 0): string[] {
    const inside = (x: number) => x + dx >= from && x + dx < to;
    const at = (x: number) => (x + dx).toFixed(3);
    const clip = (x1: number, x2: number) =>
      `${Math.max(from, x1 + dx).toFixed(3)}-${Math.min(to, x2 + dx).toFixed(3)}`;
    return [
      ...g.bands
        .flat()
        .filter((b) => inside(b.x))
        .map((b) => `band ${at(b.x)} ${b.yMax} ${b.yMin}`),
      ...g.medians
        .flat()
        .filter((m) => inside(m.x))
        .map((m) => `median ${at(m.x)} ${m.y}`),
      ...g.lossMarks
        .filter((m) => m.x2 + dx > from && m.x1 + dx < to)
        .map((m) => `loss ${m.level} ${clip(m.x1, m.x2)} ${m.y}`),
      ...g.downSpans
        .filter((d) => d.x2 + dx > from && d.x1 + dx < to)
        .map((d) => `down ${clip(d.x1, d.x2)}`),
    ].sort();
  }

  const SCENARIOS = [
    { name: 'live, rounds a second', spanMs: 15 * 60_000, stepMs: 0, everyMs: 1_000 },
    { name: 'an hour of 10 s buckets', spanMs: 3_600_000, stepMs: 10_000, everyMs: 10_000 },
    { name: 'a day of 5 min buckets', spanMs: 86_400_000, stepMs: 300_000, everyMs: 300_000 },
  ];
  for (const scenario of SCENARIOS) {
    for (const ratio of [1, 1.25, 1.5, 2]) {
      it(`moves kept pixels to where a whole drawing puts them: ${scenario.name}, ${ratio} device px a px`, () => {
        const { spanMs, stepMs, everyMs } = scenario;
        const random = randomUniform.source(randomLcg(ratio * 1000 + spanMs / 1000))();
        const size = { width: 900, height: 150 };
        const plotDevicePx = (size.width - 52 - 12) * ratio;
        let shifts = 0;
        for (let trial = 0; trial < 12; trial++) {
          const endMs = TO_MS + Math.floor(random() * 3_600_000);
          // Readings with a pause, down stretches and loss, before and through both windows.
          const points: LinkPoint[] = [];
          let downLeft = 0;
          for (let t = endMs - spanMs * 1.2; t < endMs + spanMs * 0.2; t += everyMs) {
            const tsMs = t - (t % Math.max(stepMs, 1));
            if (random() < 0.01) t += everyMs * 8;
            if (downLeft === 0 && random() < 0.02) downLeft = 4;
            const down = downLeft > 0;
            if (down) downLeft--;
            const median = 10 + random() * 20;
            points.push({
              tsMs,
              rttMs: down ? null : median,
              minMs: down ? null : median - 3 * random(),
              maxMs: down ? null : median + 8 * random(),
              lossPct: down ? 100 : random() < 0.1 ? 20 : 0,
              upShare: down ? 0 : 1,
            });
          }
          const before = pixelAlignedWindow(endMs - spanMs, endMs, plotDevicePx);
          const laterMs = endMs + (spanMs / plotDevicePx) * (1 + random() * 6);
          const after = pixelAlignedWindow(laterMs - spanMs, laterMs, plotDevicePx);
          const drawnPoints = points.filter((p) => p.tsMs <= before.toMs);
          const shownPoints = points.filter(
            (p) => p.tsMs <= after.toMs && p.tsMs + Math.max(stepMs, 1) > after.fromMs,
          );
          const common = { stepMs, ...size, devicePixelRatio: ratio };
          const old = computeSpreadGeometry({ points: drawnPoints, ...before, ...common });
          const input = { points: shownPoints, ...after, ...common, yTopMs: old.yTopMs };
          const whole = computeSpreadGeometry(input);
          const shift = computeSpreadShift(drawnPoints, before, input);
          if (!shift) continue;
          shifts++;
          const { head, tail } = shift;
          const byPx = shift.byDevicePx / ratio;
          expect(itemsIn(head.geometry, 0, head.toPx)).toEqual(itemsIn(whole, 0, head.toPx));
          expect(itemsIn(old, head.toPx, tail.fromPx, -byPx)).toEqual(
            itemsIn(whole, head.toPx, tail.fromPx),
          );
          expect(itemsIn(tail.geometry, tail.fromPx, size.width)).toEqual(
            itemsIn(whole, tail.fromPx, size.width),
          );
        }
        expect(shifts).toBeGreaterThanOrEqual(10);
      });
    }
  }
});
