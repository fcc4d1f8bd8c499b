import type { IfaceCounters } from './proc-net-dev.js';

/** One reading of an interface's counters, with the monotonic time it was taken at, in ms. */
export interface IfaceReading {
  atMs: number;
  counters: IfaceCounters;
}

/**
 * The `iface` fields of one interval: `rx_bps` and `tx_bps` (bits per second, averaged over the
 * interval), `rx_errors` and `tx_errors` (errors counted during the interval).
 */
export interface IfaceRates {
  rx_bps: number;
  tx_bps: number;
  rx_errors: number;
  tx_errors: number;
}

const TWO_32 = 2n ** 32n;
const TWO_64 = 2n ** 64n;

/**
 * How much a cumulative counter grew from `previous` to `current`. A counter that went down has
 * either wrapped or been reset (driver reload, interface re-created). It is read as a wrap of
 * the 32-bit counters of 32-bit kernels (previous below 2^32) or of the 64-bit ones when the
 * wrapped growth is under half the counter's range, which a real interval never reaches; else
 * as a reset, for which the growth is unknown: undefined.
 */
export function counterGrowth(previous: bigint, current: bigint): bigint | undefined {
  if (current >= previous) return current - previous;
  const range = previous < TWO_32 ? TWO_32 : TWO_64;
  const wrapped = range - previous + current;
  return wrapped < range / 2n ? wrapped : undefined;
}

/**
 * Rates between two readings of one interface; undefined for the first reading, a reset of any
 * counter (that interval is skipped, not guessed), or readings not in time order.
 */
export function computeIfaceRates(
  previous: IfaceReading | undefined,
  current: IfaceReading,
): IfaceRates | undefined {
  if (!previous) return undefined;
  const seconds = (current.atMs - previous.atMs) / 1000;
  if (!(seconds > 0)) return undefined;
  const growth = {
    rxBytes: counterGrowth(previous.counters.rxBytes, current.counters.rxBytes),
    txBytes: counterGrowth(previous.counters.txBytes, current.counters.txBytes),
    rxErrors: counterGrowth(previous.counters.rxErrors, current.counters.rxErrors),
    txErrors: counterGrowth(previous.counters.txErrors, current.counters.txErrors),
  };
  if (Object.values(growth).some((value) => value === undefined)) return undefined;
  return {
    rx_bps: (Number(growth.rxBytes!) * 8) / seconds,
    tx_bps: (Number(growth.txBytes!) * 8) / seconds,
    rx_errors: Number(growth.rxErrors!),
    tx_errors: Number(growth.txErrors!),
  };
}
