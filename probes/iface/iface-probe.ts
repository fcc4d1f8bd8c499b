import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Probe, ProbeResult, ProbeTarget } from '../probe.js';
import { computeIfaceRates, type IfaceReading } from './iface-rates.js';
import { parseProcNetDev } from './proc-net-dev.js';

/** Where Linux publishes the interface counters. */
export const PROC_NET_DEV = '/proc/net/dev';

/** Options of an interface probe; the defaults read this machine. */
export interface IfaceProbeOptions {
  /** Gives the text of `/proc/net/dev`. */
  readCounters?: () => Promise<string>;
  /** Monotonic clock, in ms. */
  nowMs?: () => number;
}

/**
 * Throughput of a network interface of this machine, `iface://eth0` (the host part is the
 * interface name as in `/proc/net/dev` or `ip link`): samples of the `iface` measurement with
 * `up` (the interface exists) and, from the second round on, `rx_bps`, `tx_bps`, `rx_errors`,
 * `tx_errors` over the interval since the previous round (see {@link computeIfaceRates}).
 * Stateful: one instance per target, since it keeps the previous reading.
 */
export function createIfaceProbe(options: IfaceProbeOptions = {}): Probe {
  const { readCounters = () => readFile(PROC_NET_DEV, 'utf8'), nowMs = () => performance.now() } =
    options;
  let previous: IfaceReading | undefined;
  return {
    kind: 'iface',
    measurement: 'iface',
    needsBaseline: true,
    async measure(target: ProbeTarget): Promise<ProbeResult> {
      const name = target.url.hostname;
      let text: string;
      try {
        text = await readCounters();
      } catch (error) {
        return {
          fields: { up: 0 },
          detail: `cannot read ${PROC_NET_DEV} (Linux only): ${(error as Error).message}`,
        };
      }
      const all = parseProcNetDev(text);
      const counters = all.get(name);
      if (!counters) {
        previous = undefined;
        return {
          fields: { up: 0 },
          detail: `no interface "${name}" on this machine; there are: ${[...all.keys()].join(', ')}`,
        };
      }
      const current = { atMs: nowMs(), counters };
      const rates = computeIfaceRates(previous, current);
      previous = current;
      return { fields: { up: 1, ...rates } };
    },
  };
}
