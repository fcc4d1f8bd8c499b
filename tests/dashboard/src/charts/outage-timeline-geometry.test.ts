import { describe, expect, it } from 'vitest';
import {
  computeOutageTimelineGeometry,
  type OutageTimelineGeometry,
} from '../../../../dashboard/src/charts/outage-timeline-geometry.js';

// A fixed clock: 27 Nov 2026 at 14:05 in the centre; the last 24 hours.
const TO_MS = Date.UTC(2026, 10, 27, 7, 5);
const FROM_MS = TO_MS - 24 * 3_600_000;
const HOUR_MS = 3_600_000;
const TARGETS = ['gateway', 'isp-dns', 'dvc-quoc-gia'];

function describeGeometry(g: OutageTimelineGeometry): string {
  return `${[
    `size ${g.width}x${g.height} plot ${g.plot.x},${g.plot.y} ${g.plot.width}x${g.plot.height}`,
    ...g.rows.map((r) => `row ${r.target} y${r.y}`),
    ...g.bars.map((b) => `bar ${b.key} x${b.x} w${b.width} y${b.y}${b.ongoing ? ' ongoing' : ''}`),
    `x ${g.xTicks.map((t) => `${new Date(t.tsMs + 7 * HOUR_MS).toISOString().slice(11, 16)}@${t.x}`).join(' ')}`,
  ].join('\n')}\n`;
}

describe('computeOutageTimelineGeometry', () => {
  const outages = [
    { target: 'dvc-quoc-gia', startedMs: TO_MS - 20 * HOUR_MS, endedMs: TO_MS - 19 * HOUR_MS },
    { target: 'isp-dns', startedMs: TO_MS - 6 * HOUR_MS, endedMs: TO_MS - 6 * HOUR_MS + 30_000 },
    { target: 'gateway', startedMs: TO_MS - 10 * 60_000, endedMs: null },
  ];

  it('lays a day of outages on one row per target (snapshot)', async () => {
    const geometry = computeOutageTimelineGeometry({
      targets: TARGETS,
      outages,
      fromMs: FROM_MS,
      toMs: TO_MS,
      width: 960,
    });
    await expect(describeGeometry(geometry)).toMatchFileSnapshot(
      '__snapshots__/outage-timeline-geometry.seeded-day.txt',
    );
  });

  it('runs an ongoing outage to the end of the window', () => {
    const geometry = computeOutageTimelineGeometry({
      targets: TARGETS,
      outages,
      fromMs: FROM_MS,
      toMs: TO_MS,
      width: 960,
    });
    const bar = geometry.bars.find((b) => b.ongoing)!;
    expect(bar.x + bar.width).toBeCloseTo(geometry.plot.x + geometry.plot.width, 1);
  });

  it('keeps a 30-second outage in a week wide enough to see and focus', () => {
    const geometry = computeOutageTimelineGeometry({
      targets: TARGETS,
      outages,
      fromMs: TO_MS - 7 * 24 * HOUR_MS,
      toMs: TO_MS,
      width: 960,
    });
    expect(geometry.bars.find((b) => b.target === 'isp-dns')!.width).toBe(3);
  });

  it('adds a row for a target it was not told about, and leaves out outages outside the window', () => {
    const geometry = computeOutageTimelineGeometry({
      targets: ['gateway'],
      outages: [
        { target: 'router', startedMs: TO_MS - HOUR_MS, endedMs: TO_MS - HOUR_MS / 2 },
        { target: 'gateway', startedMs: FROM_MS - 2 * HOUR_MS, endedMs: FROM_MS - HOUR_MS },
      ],
      fromMs: FROM_MS,
      toMs: TO_MS,
      width: 960,
    });
    expect(geometry.rows.map((r) => r.target)).toEqual(['gateway', 'router']);
    expect(geometry.bars.map((b) => b.target)).toEqual(['router']);
  });
});
