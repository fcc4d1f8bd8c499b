import { describe, expect, it } from 'vitest';
import type {
  LinkVerdict,
  Outage,
  TargetLinkState,
  VerdictCode,
} from '../../../../../contracts/link-health.js';
import {
  diagnosisSinceMs,
  verdictSeverity,
} from '../../../../../dashboard/src/components/diagnosis-banner/diagnosis.js';

const T0 = Date.UTC(2026, 10, 27, 7, 0, 0);
const verdict = (code: VerdictCode, targets: string[]): LinkVerdict => ({
  code,
  targets,
  text: { vi: { summary: code, action: '' }, en: { summary: code, action: '' } },
});
const state = (target: string, sinceMs: number | null): [string, TargetLinkState] => [
  target,
  { target, name: target, role: 'portal', state: 'down', sinceMs, lastRoundMs: T0 },
];
const open = (target: string, startedMs: number): Outage => ({
  site: 'binh-xuyen',
  target,
  startedMs,
  endedMs: null,
  durationS: null,
  cause: 'partial_down',
  summary: { vi: '', en: '' },
});

describe('verdictSeverity', () => {
  it.each([
    { code: 'all_ok', severity: 'ok' },
    { code: 'unknown', severity: 'unknown' },
    { code: 'degraded', severity: 'degraded' },
    { code: 'isp_down', severity: 'down' },
    { code: 'gateway_down', severity: 'down' },
    { code: 'lan_down', severity: 'down' },
    { code: 'internet_down', severity: 'down' },
    { code: 'dns_down', severity: 'down' },
    { code: 'portal_down:dvc', severity: 'down' },
    { code: 'portals_down', severity: 'down' },
    { code: 'partial_down', severity: 'down' },
  ] as const)('shows $code as $severity', ({ code, severity }) => {
    expect(verdictSeverity(code)).toBe(severity);
  });
});

describe('diagnosisSinceMs', () => {
  const targets = new Map([
    state('dvc', T0 + 60_000),
    state('bhxh', T0 + 30_000),
    state('dns', T0),
    state('fresh', null),
  ]);

  it('dates the verdict from the earliest of the targets it names, not of the others', () => {
    expect(diagnosisSinceMs(verdict('portals_down', ['dvc', 'bhxh']), targets, [])).toBe(
      T0 + 30_000,
    );
  });

  it('falls back to the earliest open outage when no named target has a time', () => {
    const outages = [open('dvc', T0 + 90_000), open('router', T0 + 45_000)];
    expect(diagnosisSinceMs(verdict('partial_down', ['fresh', 'gone']), targets, outages)).toBe(
      T0 + 45_000,
    );
  });

  it('says nothing when neither the targets nor the outages tell', () => {
    expect(diagnosisSinceMs(verdict('partial_down', ['gone']), targets, [])).toBeNull();
  });
});
