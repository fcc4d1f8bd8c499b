import { randomLcg, randomNormal } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { lossLevelOf } from '../../../../dashboard/src/charts/loss-levels.js';
import {
  computeSpreadGeometry,
  computeSpreadTail,
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
