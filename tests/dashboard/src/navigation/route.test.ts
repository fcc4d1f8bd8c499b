import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../dashboard/src/navigation/route.js';

describe('parseRoute', () => {
  it.each([
    ['', { view: 'live', tv: false }],
    ['#', { view: 'live', tv: false }],
    ['#/live', { view: 'live', tv: false }],
    ['#/connectivity', { view: 'connectivity', tv: false }],
    ['#/report', { view: 'report', tv: false }],
    ['#/tv', { view: 'live', tv: true }],
    ['#/live?tv', { view: 'live', tv: true }],
    ['#/live?tv=1', { view: 'live', tv: true }],
    ['#/LIVE/', { view: 'live', tv: false }],
    ['#/report?tv', { view: 'report', tv: false }],
    ['#/unknown', { view: 'live', tv: false }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});

describe('routeHash', () => {
  it('writes what parseRoute reads back', () => {
    for (const route of [
      { view: 'live', tv: false },
      { view: 'connectivity', tv: false },
      { view: 'report', tv: false },
      { view: 'live', tv: true },
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
});

describe('the weekly report’s week in the address', () => {
  it.each([
    ['#/report?week=2026-W48', { view: 'report', tv: false, week: '2026-W48' }],
    [
      '#/report?week=2026-w48&site=demo',
      { view: 'report', tv: false, week: '2026-W48', site: 'demo' },
    ],
    ['#/report?week=2026-48', { view: 'report', tv: false }],
    ['#/report?week=2026-W60', { view: 'report', tv: false }],
    ['#/live?week=2026-W48', { view: 'live', tv: false }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes it back', () => {
    const route = { view: 'report', tv: false, week: '2026-W48', site: 'demo' } as const;
    expect(routeHash(route)).toBe('#/report?week=2026-W48&site=demo');
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
