import { describe, expect, it } from 'vitest';
import type { TargetLinkState } from '../../../../../contracts/link-health.js';
import type { TargetInfo } from '../../../../../contracts/live.js';
import type { Sample } from '../../../../../contracts/sample.js';
import {
  certificateLevelOf,
  computeTargetRows,
} from '../../../../../dashboard/src/components/target-list/target-status.js';

const TS = Date.UTC(2026, 10, 27, 7, 0, 0);
const sample = (target: string, fields: Record<string, number>): Sample => ({
  ts: TS,
  site: 'binh-xuyen',
  measurement: 'link',
  target,
  probe: 'tcp',
  fields,
});
const targets: TargetInfo[] = [
  { id: 'gateway', name: 'Cổng mạng nội bộ', role: 'gateway', probe: 'icmp' },
  { id: 'dvc-portal', name: 'Cổng Dịch vụ công quốc gia', role: 'portal', probe: 'http' },
  { id: 'dns', name: 'DNS nhà mạng', role: 'dns', probe: 'dns' },
];

describe('computeTargetRows', () => {
  const rows = computeTargetRows(
    targets,
    new Map([
      ['gateway', sample('gateway', { up: 1, rtt_ms: 1.4 })],
      ['dvc-portal', sample('dvc-portal', { up: 0 })],
      ['new-agent-target', sample('new-agent-target', { up: 1, rtt_ms: 30 })],
    ]),
  );

  it('lists configured targets in order, then unnamed ones by slug', () => {
    expect(rows.map((r) => [r.id, r.name])).toEqual([
      ['gateway', 'Cổng mạng nội bộ'],
      ['dvc-portal', 'Cổng Dịch vụ công quốc gia'],
      ['dns', 'DNS nhà mạng'],
      ['new-agent-target', 'new-agent-target'],
    ]);
  });

  it('gives each target its state and latency, none when down or not measured', () => {
    expect(rows.map((r) => [r.state, r.rttMs, r.measuredAtMs])).toEqual([
      ['up', 1.4, TS],
      ['down', null, TS],
      ['unknown', null, null],
      ['up', 30, TS],
    ]);
  });
});

describe('computeTargetRows with link health', () => {
  const link = (
    target: string,
    state: TargetLinkState['state'],
    sinceMs: number | null,
  ): [string, TargetLinkState] => [
    target,
    { target, name: target, role: null, state, sinceMs, lastRoundMs: TS },
  ];
  const rows = computeTargetRows(
    targets,
    new Map([
      ['gateway', sample('gateway', { up: 1, rtt_ms: 180 })],
      // One failed round is not an outage yet: the collector still says up.
      ['dvc-portal', sample('dvc-portal', { up: 0 })],
      ['dns', sample('dns', { up: 1, rtt_ms: 20 })],
      ['router', sample('router', { up: 0 })],
    ]),
    new Map([
      link('gateway', 'degraded', TS - 60_000),
      link('dvc-portal', 'up', TS - 600_000),
      // Too few rounds for the collector: the latest reading speaks.
      link('dns', 'unknown', null),
      link('router', 'down', TS - 20_000),
      link('isp-hop', 'unknown', null),
    ]),
  );

  it("takes the collector's state, and the reading's while the collector does not know yet", () => {
    expect(rows.map((r) => [r.id, r.state])).toEqual([
      ['gateway', 'degraded'],
      ['dvc-portal', 'up'],
      ['dns', 'up'],
      ['isp-hop', 'unknown'],
      ['router', 'down'],
    ]);
  });

  it('dates only the slow and down states', () => {
    expect(rows.map((r) => r.sinceMs)).toEqual([TS - 60_000, null, null, null, TS - 20_000]);
  });

  it('shows the latency of a slow target, and none of one that did not answer', () => {
    expect(rows.map((r) => r.rttMs)).toEqual([180, null, 20, null, null]);
  });
});

describe('certificate expiry', () => {
  it.each([
    { days: 45, level: null },
    { days: 30, level: null },
    { days: 29, level: 'warning' },
    { days: 12, level: 'warning' },
    { days: 6, level: 'urgent' },
    { days: -1, level: 'urgent' },
  ])('warns $level with $days days left', ({ days, level }) => {
    expect(certificateLevelOf(days)).toBe(level);
  });

  it('reads the days left from the latest https sample', () => {
    const latest = new Map([
      [
        'dvc',
        {
          ts: 1,
          site: 's',
          measurement: 'link',
          target: 'dvc',
          probe: 'https',
          fields: { up: 1, rtt_ms: 40, tls_days_left: 12 },
        },
      ],
    ]);
    const [row] = computeTargetRows(
      [{ id: 'dvc', name: 'DVC', role: 'portal', probe: 'http' }],
      latest,
    );
    expect(row).toMatchObject({ certificateDaysLeft: 12, certificate: 'warning' });
  });
});
