// Probes: one module per kind behind the `Probe` interface, the registry, and the round scheduler.
export type { LinkFields, Probe, ProbeResult, ProbeTarget } from './probe.js';
export { PROBE_SCHEMES, probeForUrl, type ProbeOptions } from './registry.js';
export { ProbeScheduler, type ProbeSchedulerOptions, type ScheduledTarget } from './scheduler.js';
export { PingToolMissingError } from './icmp/index.js';
