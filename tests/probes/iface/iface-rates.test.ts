import { describe, expect, it } from 'vitest';
import {
  computeIfaceRates,
  counterGrowth,
  type IfaceReading,
} from '../../../probes/iface/iface-rates.js';

const TWO_32 = 2n ** 32n;
const TWO_64 = 2n ** 64n;

describe('counterGrowth', () => {
  it.each([
    { name: 'plain growth', previous: 1000n, current: 1500n, growth: 500n },
    { name: 'no traffic', previous: 1000n, current: 1000n, growth: 0n },
    { name: '32-bit wrap', previous: TWO_32 - 100n, current: 50n, growth: 150n },
    { name: '64-bit wrap', previous: TWO_64 - 10n, current: 5n, growth: 15n },
    { name: 'reset of a small counter', previous: 5_000_000n, current: 1000n, growth: undefined },
    { name: 'reset of a 64-bit counter', previous: TWO_32 * 10n, current: 7n, growth: undefined },
  ])('$name', ({ previous, current, growth }) => {
    expect(counterGrowth(previous, current)).toBe(growth);
  });
});

function reading(atMs: number, rxBytes: bigint, txBytes: bigint, errors = 0n): IfaceReading {
  return { atMs, counters: { rxBytes, txBytes, rxErrors: errors, txErrors: errors * 2n } };
}

describe('computeIfaceRates', () => {
  it.each([
    {
      name: 'first reading: no rate yet',
      previous: undefined,
      current: reading(10_000, 1000n, 1000n),
      rates: undefined,
    },
    {
      name: 'bits per second over the interval, errors during it',
      previous: reading(0, 1_000_000n, 500_000n, 1n),
      current: reading(10_000, 2_250_000n, 750_000n, 4n),
      rates: { rx_bps: 1_000_000, tx_bps: 200_000, rx_errors: 3, tx_errors: 6 },
    },
    {
      name: 'a 32-bit wrap counts the bytes across it',
      previous: reading(0, TWO_32 - 1000n, 0n),
      current: reading(2_000, 1000n, 0n),
      rates: { rx_bps: 8000, tx_bps: 0, rx_errors: 0, tx_errors: 0 },
    },
    {
      name: 'a reset (interface re-created) skips the interval',
      previous: reading(0, 9_000_000n, 9_000_000n),
      current: reading(10_000, 2_000n, 9_100_000n),
      rates: undefined,
    },
    {
      name: 'readings out of time order are skipped',
      previous: reading(10_000, 1000n, 1000n),
      current: reading(10_000, 2000n, 2000n),
      rates: undefined,
    },
  ])('$name', ({ previous, current, rates }) => {
    expect(computeIfaceRates(previous, current)).toEqual(rates);
  });
});
