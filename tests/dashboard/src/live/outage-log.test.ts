import { describe, expect, it } from 'vitest';
import type { Outage } from '../../../../contracts/link-health.js';
import {
  mergeOutages,
  outagesSince,
  upsertOutage,
} from '../../../../dashboard/src/live/outage-log.js';

const T0 = Date.UTC(2026, 10, 27, 7, 0, 0);
const outage = (target: string, startedMs: number, endedMs: number | null = null): Outage => ({
  site: 'binh-xuyen',
  target,
  startedMs,
  endedMs,
  durationS: endedMs === null ? null : (endedMs - startedMs) / 1000,
  cause: 'partial_down',
  summary: { vi: `${target} không trả lời`, en: `${target} does not answer` },
});

describe('upsertOutage', () => {
  it('adds a new outage, newest start first', () => {
    const list = [outage('dns', T0)];
    expect(upsertOutage(list, outage('router', T0 + 60_000))).toEqual([
      outage('router', T0 + 60_000),
      outage('dns', T0),
    ]);
  });

  it('replaces the version of the same outage (same target, same start)', () => {
    const settled = { ...outage('dns', T0), cause: 'isp_down' as const };
    expect(upsertOutage([outage('dns', T0)], settled)).toEqual([settled]);
    expect(upsertOutage([settled], outage('dns', T0, T0 + 200_000))).toEqual([
      outage('dns', T0, T0 + 200_000),
    ]);
  });

  it('never reopens an ended outage with an older open version', () => {
    const ended = outage('dns', T0, T0 + 200_000);
    expect(upsertOutage([ended], outage('dns', T0))).toEqual([ended]);
  });

  it('keeps two outages of one target apart by their start', () => {
    const list = upsertOutage([outage('dns', T0, T0 + 20_000)], outage('dns', T0 + 90_000));
    expect(list.map((o) => o.startedMs)).toEqual([T0 + 90_000, T0]);
  });

  it('returns a new array and leaves the old one alone', () => {
    const list = [outage('dns', T0)];
    const next = upsertOutage(list, outage('router', T0));
    expect(next).not.toBe(list);
    expect(list).toHaveLength(1);
  });
});

describe('mergeOutages', () => {
  it('joins fetched outages with live versions, the ended version winning either way', () => {
    const fetched = [outage('dns', T0, T0 + 60_000), outage('router', T0 + 30_000)];
    const live = [outage('dns', T0), outage('router', T0 + 30_000, T0 + 90_000)];
    expect(mergeOutages(fetched, live)).toEqual([
      outage('router', T0 + 30_000, T0 + 90_000),
      outage('dns', T0, T0 + 60_000),
    ]);
  });
});

describe('outagesSince', () => {
  it('keeps ongoing outages and those that ended in the window', () => {
    const list = [
      outage('router', T0 + 100_000),
      outage('dns', T0 + 10_000, T0 + 50_000),
      outage('gateway', T0, T0 + 20_000),
    ];
    expect(outagesSince(list, T0 + 30_000).map((o) => o.target)).toEqual(['router', 'dns']);
  });
});
