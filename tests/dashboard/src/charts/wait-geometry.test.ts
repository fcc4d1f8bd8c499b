import { describe, expect, it } from 'vitest';
import { computeWaitGeometry } from '../../../../dashboard/src/charts/wait-geometry.js';

const day = (p50: number | null, p90: number | null, working = true) => ({
  p50Seconds: p50,
  p90Seconds: p90,
  working,
});

describe('computeWaitGeometry', () => {
  it('draws the median and the 90th percentile side by side, in whole minutes', () => {
    const { columns } = computeWaitGeometry({
      days: [day(300, 1_260)],
      targetSeconds: 900,
      width: 300,
      height: 200,
    });
    const { p50, p90 } = columns[0]!;
    expect(p50!.minutes).toBe(5);
    expect(p90!.minutes).toBe(21);
    expect(p90!.x).toBeGreaterThan(p50!.x);
    expect(p90!.height).toBeGreaterThan(p50!.height);
  });

  it('reaches the target even in a calm week, so the line is on the chart', () => {
    const geometry = computeWaitGeometry({
      days: [day(60, 120), day(30, 90)],
      targetSeconds: 900,
      width: 300,
      height: 200,
    });
    expect(geometry.targetY).toBeGreaterThanOrEqual(geometry.plot.y);
    expect(Math.max(...geometry.yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(15);
  });

  it('draws no bar for a day without a call', () => {
    const { columns } = computeWaitGeometry({
      days: [day(null, null, false)],
      targetSeconds: 900,
      width: 300,
      height: 200,
    });
    expect(columns[0]).toMatchObject({ p50: null, p90: null, working: false });
  });
});
