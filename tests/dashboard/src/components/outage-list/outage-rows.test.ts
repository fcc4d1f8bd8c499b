import { describe, expect, it } from 'vitest';
import type { Outage } from '../../../../../contracts/link-health.js';
import { computeOutageRows } from '../../../../../dashboard/src/components/outage-list/outage-rows.js';

const T0 = Date.UTC(2026, 10, 27, 7, 0, 0);
const outage = (target: string, startedMs: number, endedMs: number | null): Outage => ({
  site: 'binh-xuyen',
  target,
  startedMs,
  endedMs,
  durationS: endedMs === null ? null : (endedMs - startedMs) / 1000,
  cause: 'isp_down',
  summary: { vi: 'Lỗi phía nhà mạng', en: "The ISP's side" },
});
const names = new Map([['dns', 'DNS nhà mạng']]);

describe('computeOutageRows', () => {
  const rows = computeOutageRows(
    [outage('dns', T0, T0 + 200_000), outage('router', T0 + 300_000, null)],
    names,
    T0 + 360_000,
    'vi',
  );

  it('lists the newest first, with display names and the slug when there is none', () => {
    expect(rows.map((r) => [r.key, r.name])).toEqual([
      [`router-${T0 + 300_000}`, 'router'],
      [`dns-${T0}`, 'DNS nhà mạng'],
    ]);
  });

  it('counts an ongoing outage up to now, and an ended one to its end', () => {
    expect(rows.map((r) => [r.endedMs, r.durationS])).toEqual([
      [null, 60],
      [T0 + 200_000, 200],
    ]);
  });

  it('gives the cause in the page language', () => {
    expect(rows[0]?.cause).toBe('Lỗi phía nhà mạng');
    expect(computeOutageRows([outage('dns', T0, null)], names, T0, 'en')[0]?.cause).toBe(
      "The ISP's side",
    );
  });

  it('never counts below zero when the browser clock lags the collector', () => {
    expect(
      computeOutageRows([outage('dns', T0, null)], names, T0 - 5_000, 'vi')[0]?.durationS,
    ).toBe(0);
  });
});
