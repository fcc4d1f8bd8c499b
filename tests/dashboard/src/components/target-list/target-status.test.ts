import { describe, expect, it } from 'vitest';
import type { TargetInfo } from '../../../../../contracts/live.js';
import type { Sample } from '../../../../../contracts/sample.js';
import { computeTargetRows } from '../../../../../dashboard/src/components/target-list/target-status.js';

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
