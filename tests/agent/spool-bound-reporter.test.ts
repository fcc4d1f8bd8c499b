import { describe, expect, it } from 'vitest';
import { DROP_REPORT_INTERVAL_MS, SpoolBoundReporter } from '../../agent/spool-bound-reporter.js';
import { capturingLogger } from './harness.js';

function reporter(): {
  bound: SpoolBoundReporter;
  messages: () => { msg: string; dropped?: number }[];
  clock: { now: number };
} {
  const { logger, lines } = capturingLogger();
  const clock = { now: Date.UTC(2026, 10, 27, 1, 0, 0) };
  const bound = new SpoolBoundReporter({ logger, capacity: 100, clock: () => clock.now });
  return {
    bound,
    clock,
    messages: () => lines.map((line) => JSON.parse(line) as { msg: string; dropped?: number }),
  };
}

describe('SpoolBoundReporter', () => {
  it('warns once when the spool passes 80%, and again only after it fell under 70%', () => {
    const { bound, messages } = reporter();
    for (const size of [79, 80, 95, 75, 80, 69, 85]) bound.observe(size, 0);
    expect(messages().filter(({ msg }) => msg.includes('80% full'))).toHaveLength(2);
  });

  it('reports the first drop at once, then at most once an hour with the count since', () => {
    const { bound, clock, messages } = reporter();
    const drops = (): number[] =>
      messages().flatMap(({ dropped }) => (dropped === undefined ? [] : [dropped]));
    bound.observe(100, 1);
    expect(drops()).toEqual([1]);
    for (let i = 0; i < 10; i++) {
      clock.now += 60_000;
      bound.observe(100, 1);
    }
    expect(drops()).toEqual([1]);
    clock.now += DROP_REPORT_INTERVAL_MS;
    bound.observe(100, 1);
    expect(drops()).toEqual([1, 11]);
    bound.observe(100, 2);
    bound.flush();
    expect(drops()).toEqual([1, 11, 2]);
    bound.flush(); // nothing left to report
    expect(drops()).toEqual([1, 11, 2]);
  });
});
