import { describe, expect, it } from 'vitest';
import { computeJitterMs, summarisePingRound } from '../../../probes/icmp/round-stats.js';

describe('summarisePingRound', () => {
  it.each([
    {
      name: 'all replies: median of an odd count',
      round: { sent: 5, rttsMs: [10, 12, 11, 30, 10] },
      fields: {
        up: 1,
        rtt_ms: 11,
        rtt_min_ms: 10,
        rtt_p25_ms: 10,
        rtt_p75_ms: 12,
        rtt_max_ms: 30,
        jitter_ms: (2 + 1 + 19 + 20) / 4,
        loss_pct: 0,
        sent: 5,
        received: 5,
      },
    },
    {
      name: 'some lost: median of an even count, loss in percent',
      round: { sent: 10, rttsMs: [20, 24, 22, 26] },
      fields: {
        up: 1,
        rtt_ms: 23,
        rtt_min_ms: 20,
        rtt_p25_ms: 21.5,
        rtt_p75_ms: 24.5,
        rtt_max_ms: 26,
        jitter_ms: (4 + 2 + 4) / 3,
        loss_pct: 60,
        sent: 10,
        received: 4,
      },
    },
    {
      name: 'one reply: up, no jitter',
      round: { sent: 10, rttsMs: [42] },
      fields: {
        up: 1,
        rtt_ms: 42,
        rtt_min_ms: 42,
        rtt_p25_ms: 42,
        rtt_p75_ms: 42,
        rtt_max_ms: 42,
        loss_pct: 90,
        sent: 10,
        received: 1,
      },
    },
    {
      name: 'no reply: down, no RTT fields',
      round: { sent: 10, rttsMs: [] },
      fields: { up: 0, loss_pct: 100, sent: 10, received: 0 },
    },
    {
      name: 'nothing sent (unknown host): down, 100% loss',
      round: { sent: 0, rttsMs: [] },
      fields: { up: 0, loss_pct: 100, sent: 0, received: 0 },
    },
  ])('$name', ({ round, fields }) => {
    expect(summarisePingRound(round)).toEqual(fields);
  });
});

describe('computeJitterMs', () => {
  it.each([
    { rttsMs: [], jitterMs: undefined },
    { rttsMs: [5], jitterMs: undefined },
    { rttsMs: [5, 5, 5], jitterMs: 0 },
    // Steady growth is jitter too: consecutive differences, not the spread around the mean.
    { rttsMs: [10, 20, 30], jitterMs: 10 },
    { rttsMs: [10, 30, 10, 30], jitterMs: 20 },
  ])('of $rttsMs is $jitterMs ms', ({ rttsMs, jitterMs }) => {
    expect(computeJitterMs(rttsMs)).toBe(jitterMs);
  });
});
