/** Cumulative counters of one network interface since it came up, as the kernel keeps them. */
export interface IfaceCounters {
  rxBytes: bigint;
  rxErrors: bigint;
  txBytes: bigint;
  txErrors: bigint;
}

/** Numbers on an interface's line: 8 receive columns, then 8 transmit columns. */
const COLUMNS = 16;
const RX_BYTES = 0;
const RX_ERRORS = 2;
const TX_BYTES = 8;
const TX_ERRORS = 10;

/**
 * Reads `/proc/net/dev`: counters by interface name. Counters are bigint because 64-bit kernels
 * count past 2^53. The two header lines and any line that is not `name: 16 numbers` are skipped
 * (old kernels wrote `eth0:123` without a space, which is read too).
 */
export function parseProcNetDev(text: string): Map<string, IfaceCounters> {
  const counters = new Map<string, IfaceCounters>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const numbers = line
      .slice(colon + 1)
      .trim()
      .split(/\s+/);
    if (name === '' || numbers.length < COLUMNS || !numbers.every((n) => /^\d+$/.test(n))) continue;
    counters.set(name, {
      rxBytes: BigInt(numbers[RX_BYTES]!),
      rxErrors: BigInt(numbers[RX_ERRORS]!),
      txBytes: BigInt(numbers[TX_BYTES]!),
      txErrors: BigInt(numbers[TX_ERRORS]!),
    });
  }
  return counters;
}
