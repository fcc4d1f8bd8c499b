// The icmp probe: SmokePing-style ping rounds through fping or iputils ping, and their parsers.
export {
  createIcmpProbe,
  DEFAULT_PINGS_PER_ROUND,
  DEFAULT_PING_PERIOD_MS,
  PingToolMissingError,
  type IcmpProbeOptions,
} from './icmp-probe.js';
export { parseFpingOutput } from './fping-output.js';
export { parsePingOutput } from './ping-output.js';
export {
  computeJitterMs,
  summarisePingRound,
  type ParsedPingOutput,
  type PingRound,
} from './round-stats.js';
