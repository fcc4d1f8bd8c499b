// The contracts shared by the collector, the probes, the agent and the dashboard.
export * from './api.js';
export * from './event.js';
export * from './link-health.js';
export * from './live.js';
export * from './queue.js';
export * from './sample.js';
export * from './slug.js';
export * from './timestamp.js';
export * from './validation.js';
