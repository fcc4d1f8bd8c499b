import { describe, expect, it } from 'vitest';
import type { LinkVerdict, Outage, TargetLinkState } from '../../../../contracts/link-health.js';
import {
  applyLinkChange,
  applyOutageEvent,
  linkViewFromSnapshot,
} from '../../../../dashboard/src/live/link-state.js';

const T0 = Date.UTC(2026, 10, 27, 7, 0, 0);
const state = (target: string, linkState: TargetLinkState['state']): TargetLinkState => ({
  target,
  name: target,
  role: null,
  state: linkState,
  sinceMs: T0,
  lastRoundMs: T0,
});
const verdictOf = (code: LinkVerdict['code'], targets: string[]): LinkVerdict => ({
  code,
  targets,
  text: { vi: { summary: code, action: '' }, en: { summary: code, action: '' } },
});
const outage = (target: string, startedMs: number, endedMs: number | null = null): Outage => ({
  site: 'binh-xuyen',
  target,
  startedMs,
  endedMs,
  durationS: endedMs === null ? null : (endedMs - startedMs) / 1000,
  cause: 'partial_down',
  summary: { vi: 'x', en: 'x' },
});

const view = linkViewFromSnapshot({
  site: 'binh-xuyen',
  targets: [state('router', 'up'), state('dns', 'up')],
  verdict: verdictOf('all_ok', []),
  openOutages: [],
});

describe('link state', () => {
  it('replaces the states a link message names and keeps the others', () => {
    const next = applyLinkChange(
      view,
      [state('router', 'down')],
      verdictOf('partial_down', ['router']),
    );
    expect([...next.targets.values()].map((t) => [t.target, t.state])).toEqual([
      ['router', 'down'],
      ['dns', 'up'],
    ]);
    expect(next.verdict.code).toBe('partial_down');
    expect(view.targets.get('router')?.state).toBe('up');
  });

  it('opens outages as they start or settle, oldest first, and closes them as they end', () => {
    let next = applyOutageEvent(view, 'started', outage('router', T0 + 20_000));
    next = applyOutageEvent(next, 'started', outage('dns', T0));
    next = applyOutageEvent(next, 'updated', { ...outage('dns', T0), cause: 'isp_down' });
    expect(next.openOutages.map((o) => [o.target, o.cause])).toEqual([
      ['dns', 'isp_down'],
      ['router', 'partial_down'],
    ]);
    next = applyOutageEvent(next, 'ended', outage('dns', T0, T0 + 60_000));
    expect(next.openOutages.map((o) => o.target)).toEqual(['router']);
  });
});
