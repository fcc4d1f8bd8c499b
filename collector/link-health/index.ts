// Link health: target states with hysteresis, outages, and the plain-language diagnosis.
export { diagnose, type DiagnosisTarget } from './diagnosis.js';
export {
  LinkHealth,
  type LinkHealthOptions,
  type LinkHealthUpdate,
  type LinkTarget,
} from './link-health.js';
export { linkHealthMessages, type TopicMessage } from './live-messages.js';
export { OutageStore, type OutageRepository } from './outage-store.js';
export {
  causeRank,
  trackOutages,
  type OutageEvent,
  type OutageTrackingOptions,
  type TargetStateChange,
} from './outage-tracker.js';
export {
  UNKNOWN_TARGET_HEALTH,
  foldRound,
  gradeRound,
  type RoundQuality,
  type RoundRun,
  type TargetHealth,
} from './target-state.js';
