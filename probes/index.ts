// Probes: one module per kind behind the `Probe` interface, the registry, and the round scheduler.
export type { LinkFields, Probe, ProbeTarget } from './probe.js';
export { probeForUrl } from './registry.js';
export { ProbeScheduler, type ProbeSchedulerOptions, type ScheduledTarget } from './scheduler.js';
