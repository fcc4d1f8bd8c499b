// Interface throughput: /proc/net/dev counters, turned into rates between two rounds.
export { createIfaceProbe, PROC_NET_DEV, type IfaceProbeOptions } from './iface-probe.js';
export {
  computeIfaceRates,
  counterGrowth,
  type IfaceRates,
  type IfaceReading,
} from './iface-rates.js';
export { parseProcNetDev, type IfaceCounters } from './proc-net-dev.js';
