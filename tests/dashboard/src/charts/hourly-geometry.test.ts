import { randomLcg, randomPoisson } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { localHourOf } from '../../../../counters/local-day.js';
import {
  computeHourlyGeometry,
  hourWindowOf,
  sumThroughHour,
  type HourlyChartGeometry,
  type HourlyChartInput,
} from '../../../../dashboard/src/charts/hourly-geometry.js';

// A fixed clock: 27 Nov 2026 at 10:20 in the centre (03:20 UTC), so hour 10 is running.
const NOW_MS = Date.UTC(2026, 10, 27, 3, 20, 0);
const CURRENT_HOUR = localHourOf(NOW_MS);
// A 430 × 208 px drawing whose plot is 396 × 176 px: 11 hours (07–17) of 36 px each.
const MARGIN = { top: 8, right: 2, bottom: 24, left: 32 };

const zeros = () => new Array<number>(24).fill(0);
const hours = (entries: Record<number, number>) => {
  const counts = zeros();
  for (const [hour, value] of Object.entries(entries)) counts[Number(hour)] = value;
  return counts;
};

/** A seeded morning of a commune centre: about 5 arrivals an hour in working hours. */
function seededDay(seed: number): { today: number[]; baseline: (number | null)[] } {
  const poisson = randomPoisson.source(randomLcg(seed))(5);
  const today = zeros().map((_, hour) => (hour >= 7 && hour <= CURRENT_HOUR ? poisson() : 0));
  const baseline = zeros().map((_, hour) => (hour >= 7 && hour < 17 ? poisson() : null));
  return { today, baseline };
}

function input(overrides: Partial<HourlyChartInput> = {}): HourlyChartInput {
  return {
    today: zeros(),
    baseline: null,
    currentHour: CURRENT_HOUR,
    width: 430,
    height: 208,
    margin: MARGIN,
    ...overrides,
  };
}

describe('hourWindowOf', () => {
  it('shows the working day when nothing happened', () => {
    expect(hourWindowOf(zeros(), null)).toEqual({ first: 7, last: 17 });
  });

  it('widens to an early arrival today and a late close on a normal day', () => {
    const baseline: (number | null)[] = zeros();
    baseline[19] = 1;
    expect(hourWindowOf(hours({ 6: 2 }), baseline)).toEqual({ first: 6, last: 19 });
  });
});

describe('sumThroughHour', () => {
  it('adds the hours up to and including the given one, unknown hours as nothing', () => {
    expect(sumThroughHour([1, null, 2, 5], 2)).toBe(3);
    expect(sumThroughHour(hours({ 8: 4, 9: 6, 11: 9 }), 10)).toBe(10);
  });
});

describe('computeHourlyGeometry', () => {
  it('places the plot inside the margins and tiles it with one step per hour', () => {
    const geometry = computeHourlyGeometry(input());
    expect(geometry.plot).toEqual({ x: 32, y: 8, width: 396, height: 176 });
    expect(geometry.xTicks.map((t) => t.hour)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(geometry.xTicks[0]?.x).toBe(32);
    expect(geometry.xTicks[1]?.x).toBe(68);
  });

  it('draws bars up to the hour now, the running hour marked, none for later hours', () => {
    const geometry = computeHourlyGeometry(input({ today: hours({ 8: 4, 10: 2 }) }));
    expect(geometry.bars.map((bar) => [bar.hour, bar.value, bar.current])).toEqual([
      [7, 0, false],
      [8, 4, false],
      [9, 0, false],
      [10, 2, true],
    ]);
  });

  it('scales bars from the bottom of the plot: a bar of the highest count reaches the top', () => {
    const geometry = computeHourlyGeometry(input({ today: hours({ 8: 4, 9: 2 }) }));
    const [, eight, nine] = geometry.bars;
    expect(geometry.yTicks.at(-1)).toEqual({ y: 8, value: 4 });
    expect(eight).toMatchObject({ y: 8, height: 176, x: 72.5, width: 27 });
    expect(nine).toMatchObject({ y: 96, height: 88 });
  });

  it('raises the count axis to a normal day busier than today', () => {
    const baseline: (number | null)[] = zeros();
    baseline[14] = 10;
    const geometry = computeHourlyGeometry(input({ today: hours({ 8: 4 }), baseline }));
    expect(geometry.yTicks.at(-1)?.value).toBe(10);
  });

  it('steps the normal day across each whole hour and breaks it where unknown', () => {
    const baseline: (number | null)[] = new Array<number | null>(24).fill(null);
    baseline[7] = 2;
    baseline[8] = 4;
    baseline[10] = 4;
    const geometry = computeHourlyGeometry(input({ today: hours({ 8: 4 }), baseline }));
    // 4 is the top (y 8), 2 is half way (y 96); hour 9 is unknown, so the line stops there.
    expect(geometry.baselinePath).toBe('M32,96H68V8H104M140,8H176');
  });

  it('draws no normal day without one', () => {
    expect(computeHourlyGeometry(input()).baselinePath).toBe('');
  });

  it('labels every other hour when the hours are narrow', () => {
    const geometry = computeHourlyGeometry(input({ width: 240 }));
    expect(geometry.xTicks.map((t) => t.hour)).toEqual([7, 9, 11, 13, 15, 17]);
  });

  it('draws a seeded day the same way every time', async () => {
    const geometry = computeHourlyGeometry(input(seededDay(42)));
    await expect(describeGeometry(geometry)).toMatchFileSnapshot(
      '__snapshots__/hourly-geometry.seeded-day.txt',
    );
  });
});

/** The geometry as lines a reviewer can read in a diff: one per bar, then the line and ticks. */
function describeGeometry(geometry: HourlyChartGeometry): string {
  const { plot, hours, bars, baselinePath, xTicks, yTicks } = geometry;
  return [
    `plot x=${plot.x} y=${plot.y} width=${plot.width} height=${plot.height}`,
    `hours ${hours.first}–${hours.last}`,
    ...bars.map(
      (bar) =>
        `bar ${bar.hour}h value=${bar.value} x=${bar.x} y=${bar.y} width=${bar.width} ` +
        `height=${bar.height}${bar.current ? ' current' : ''}`,
    ),
    `baseline ${baselinePath}`,
    `x ticks ${xTicks.map((tick) => `${tick.hour}h@${tick.x}`).join(' ')}`,
    `y ticks ${yTicks.map((tick) => `${tick.value}@${tick.y}`).join(' ')}`,
    '',
  ].join('\n');
}
