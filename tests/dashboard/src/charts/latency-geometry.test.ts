import { describe, expect, it } from 'vitest';
import {
  computeLatencyGeometry,
  findDownSpans,
  type LatencyChartInput,
} from '../../../../dashboard/src/charts/latency-geometry.js';

// A fixed window: 10:00:00 to 10:15:00 UTC on 27 Nov 2026, and a 960 × 300 px drawing whose
// plot area is exactly 900 × 260 px, so 1 px = 1 s and positions are easy to check by hand.
const FROM_MS = Date.UTC(2026, 10, 27, 10, 0, 0);
const TO_MS = FROM_MS + 15 * 60_000;
const MARGIN = { top: 10, right: 10, bottom: 30, left: 50 };
const at = (seconds: number) => FROM_MS + seconds * 1000;

function input(overrides: Partial<LatencyChartInput> = {}): LatencyChartInput {
  return {
    series: [],
    fromMs: FROM_MS,
    toMs: TO_MS,
    width: 960,
    height: 300,
    margin: MARGIN,
    ...overrides,
  };
}

describe('computeLatencyGeometry', () => {
  it('places the plot inside the margins', () => {
    expect(computeLatencyGeometry(input()).plot).toEqual({ x: 50, y: 10, width: 900, height: 260 });
  });

  it('maps time left to right and latency bottom to top on a rounded scale', () => {
    const geometry = computeLatencyGeometry(
      input({
        series: [
          {
            id: 'gateway',
            points: [
              { tsMs: at(0), rttMs: 10 },
              { tsMs: at(30), rttMs: 40 },
              { tsMs: at(60), rttMs: 20 },
            ],
          },
        ],
      }),
    );
    // Highest reading 40 ms, +10 % headroom = 44, rounded up to the 50 ms tick: 5.2 px per ms.
    expect(geometry.lines).toEqual([{ id: 'gateway', path: 'M50,218L80,62L110,166' }]);
    expect(geometry.yTicks.map((t) => t.valueMs)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(geometry.yTicks[0]).toEqual({ y: 270, valueMs: 0 });
    expect(geometry.yTicks.at(-1)).toEqual({ y: 10, valueMs: 50 });
  });

  it('keeps a minimum latency axis so a quiet link does not look noisy', () => {
    const geometry = computeLatencyGeometry(
      input({ series: [{ id: 'lan', points: [{ tsMs: at(10), rttMs: 0.4 }] }] }),
    );
    expect(geometry.yTicks.at(-1)?.valueMs).toBe(10);
  });

  it('puts time ticks on round minutes, about one per 90 px', () => {
    const geometry = computeLatencyGeometry(input());
    // 900 px allows 10 ticks: 2-minute steps over 15 minutes.
    expect(geometry.xTicks.map((t) => (t.tsMs - FROM_MS) / 60_000)).toEqual([
      0, 2, 4, 6, 8, 10, 12, 14,
    ]);
    expect(geometry.xTicks.map((t) => t.x)).toEqual([50, 170, 290, 410, 530, 650, 770, 890]);
  });

  it('breaks the line where the target was down and marks the stretch', () => {
    const geometry = computeLatencyGeometry(
      input({
        series: [
          {
            id: 'dvc-portal',
            points: [
              { tsMs: at(0), rttMs: 45 },
              { tsMs: at(10), rttMs: 45 },
              { tsMs: at(20), rttMs: null },
              { tsMs: at(30), rttMs: null },
              { tsMs: at(40), rttMs: 45 },
              { tsMs: at(50), rttMs: 45 },
            ],
          },
        ],
      }),
    );
    // Two separate pieces (two M commands), nothing drawn between 20 s and 30 s.
    // 45 ms +10 % rounds up to a 50 ms axis: 45 ms sits at 270 - 45 × 260 / 50 = 36 px.
    expect(geometry.lines[0]?.path).toBe('M50,36L60,36M90,36L100,36');
    expect(geometry.downSpans).toEqual([{ id: 'dvc-portal', x1: 70, x2: 90 }]);
  });

  it('breaks the line across a pause in the data longer than maxGapMs', () => {
    const geometry = computeLatencyGeometry(
      input({
        maxGapMs: 60_000,
        series: [
          {
            id: 'isp',
            points: [
              { tsMs: at(0), rttMs: 9 },
              { tsMs: at(30), rttMs: 9 },
              { tsMs: at(300), rttMs: 9 },
              { tsMs: at(330), rttMs: 9 },
            ],
          },
        ],
      }),
    );
    expect(geometry.lines[0]?.path).toBe('M50,36L80,36M350,36L380,36');
    // No reading said "down": a pause is not an outage, so nothing is marked.
    expect(geometry.downSpans).toEqual([]);
  });

  it('leaves out readings older than the window and gives an empty path without data', () => {
    const geometry = computeLatencyGeometry(
      input({
        series: [
          { id: 'old', points: [{ tsMs: FROM_MS - 10 * 60_000, rttMs: 5 }] },
          { id: 'none', points: [] },
        ],
      }),
    );
    expect(geometry.lines).toEqual([
      { id: 'old', path: '' },
      { id: 'none', path: '' },
    ]);
  });
});

describe('findDownSpans', () => {
  const down = (seconds: number) => ({ tsMs: at(seconds), rttMs: null });
  const up = (seconds: number) => ({ tsMs: at(seconds), rttMs: 12 });

  it.each([
    {
      case: 'a down run ends at the next up reading',
      points: [up(0), down(10), down(20), up(30)],
      spans: [[10, 30]],
    },
    {
      case: 'a target still down runs to the end of the window, at most one gap past its reading',
      points: [up(0), down(880)],
      spans: [[880, 900]],
    },
    {
      case: 'a down run followed by silence stops one gap after its last reading',
      points: [down(100), up(400)],
      spans: [[100, 160]],
    },
    {
      case: 'two down readings a long pause apart are two runs',
      points: [down(100), down(400)],
      spans: [
        [100, 160],
        [400, 460],
      ],
    },
    {
      case: 'a run that began before the window is clipped to it',
      points: [down(-30), up(20)],
      spans: [[0, 20]],
    },
  ])('$case', ({ points, spans }) => {
    const expected = spans.map(([start, end]) => [at(start!), at(end!)]);
    expect(findDownSpans(points, 60_000, FROM_MS, TO_MS)).toEqual(expected);
  });
});
