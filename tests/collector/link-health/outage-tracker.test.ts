import { describe, expect, it } from 'vitest';
import type { LinkVerdict, VerdictCode } from '../../../contracts/link-health.js';
import { causeRank, trackOutages } from '../../../collector/link-health/index.js';

const T0 = Date.UTC(2026, 10, 27, 1, 0, 0);
const OPTIONS = { site: 'binh-xuyen', causeSettleMs: 120_000 };

function verdict(code: VerdictCode, targets: string[]): LinkVerdict {
  const text = { summary: code, action: '' };
  return { code, targets, text: { vi: text, en: text } };
}

describe('trackOutages', () => {
  it('opens an outage at the first failed round, with the verdict as cause', () => {
    const { open, events } = trackOutages(
      new Map(),
      { target: 'dvc-tinh', from: 'up', to: 'down', sinceMs: T0 },
      verdict('portal_down:dvc-tinh', ['dvc-tinh']),
      T0 + 10_000,
      OPTIONS,
    );
    expect(events).toEqual([
      {
        event: 'started',
        outage: {
          site: 'binh-xuyen',
          target: 'dvc-tinh',
          startedMs: T0,
          endedMs: null,
          durationS: null,
          cause: 'portal_down:dvc-tinh',
          summary: { vi: 'portal_down:dvc-tinh', en: 'portal_down:dvc-tinh' },
        },
      },
    ]);
    expect([...open.keys()]).toEqual(['dvc-tinh']);
  });

  // The cause of an open outage: [cause, minutes since its start, new verdict, names the target, cause after].
  const settling: [VerdictCode, number, VerdictCode, boolean, VerdictCode][] = [
    ['dns_down', 0.5, 'isp_down', true, 'isp_down'],
    ['partial_down', 2, 'internet_down', true, 'internet_down'],
    ['internet_down', 1, 'isp_down', true, 'isp_down'],
    ['isp_down', 1, 'partial_down', true, 'isp_down'],
    ['portal_down:dvc-tinh', 1, 'isp_down', false, 'portal_down:dvc-tinh'],
    ['portal_down:dvc-tinh', 30, 'isp_down', true, 'portal_down:dvc-tinh'],
  ];
  it.each(settling)(
    '%s, %s min in, then %s (names it: %s) → %s',
    (cause, minutes, next, namesTarget, expected) => {
      const open = new Map([
        [
          'dvc-tinh',
          {
            site: 'binh-xuyen',
            target: 'dvc-tinh',
            startedMs: T0,
            endedMs: null,
            durationS: null,
            cause,
            summary: { vi: cause, en: cause },
          },
        ],
      ]);
      const result = trackOutages(
        open,
        null,
        verdict(next, namesTarget ? ['dvc-tinh'] : ['gateway']),
        T0 + minutes * 60_000,
        OPTIONS,
      );
      expect(result.open.get('dvc-tinh')!.cause).toBe(expected);
      expect(result.events.map(({ event }) => event)).toEqual(
        expected === cause ? [] : ['updated'],
      );
    },
  );

  it('closes an outage at the first answered round, with its duration', () => {
    const open = trackOutages(
      new Map(),
      { target: 'gateway', from: 'up', to: 'down', sinceMs: T0 },
      verdict('gateway_down', ['gateway']),
      T0 + 10_000,
      OPTIONS,
    ).open;
    const { open: after, events } = trackOutages(
      open,
      { target: 'gateway', from: 'down', to: 'degraded', sinceMs: T0 + 90_000 },
      verdict('degraded', ['gateway']),
      T0 + 100_000,
      OPTIONS,
    );
    expect(after.size).toBe(0);
    expect(events).toEqual([
      {
        event: 'ended',
        outage: expect.objectContaining({
          endedMs: T0 + 90_000,
          durationS: 90,
          cause: 'gateway_down',
        }),
      },
    ]);
  });

  it('ranks causes by how much of the path they explain', () => {
    const codes: VerdictCode[] = [
      'all_ok',
      'partial_down',
      'portal_down:x',
      'dns_down',
      'internet_down',
      'isp_down',
    ];
    const ranks = codes.map(causeRank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });
});
