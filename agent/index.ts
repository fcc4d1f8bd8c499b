// The remote probe agent: probes on another PC, a bounded disk spool, and in-order delivery to the collector.
export { startAgent, type AgentOptions, type AgentStats, type RunningAgent } from './agent.js';
export { nextRetryDelayMs, parseRetryAfterMs, type RetryDelayInput } from './backoff.js';
export {
  postSamples,
  samplesEndpoint,
  type PostOutcome,
  type PostSamplesRequest,
} from './collector-client.js';
export { SpoolSender, type SenderOptions, type SenderStats } from './sender.js';
export {
  DROP_REPORT_INTERVAL_MS,
  SPOOL_WARNING_RATIO,
  SpoolBoundReporter,
  type SpoolBoundReporterOptions,
} from './spool-bound-reporter.js';
export {
  DEFAULT_MAX_SPOOL_SAMPLES,
  SPOOL_FILE,
  Spool,
  type RejectedSample,
  type RejectionReason,
  type SpoolOptions,
  type SpooledSample,
} from './spool.js';
export {
  DEFAULT_TARGET_INTERVAL_SECONDS,
  DEFAULT_TARGET_TIMEOUT_MS,
  scheduleAgentTargets,
  targetIdFromUrl,
  targetsFromConfig,
  type AgentTarget,
} from './targets.js';
