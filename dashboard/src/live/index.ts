// The dashboard's data: the live feed, the latency history and how the two are joined.
export { computeBackoffMs, type BackoffOptions } from './backoff.js';
export { resolveEndpoints, type Endpoints } from './endpoints.js';
export { fetchLatencyHistory, type HistoryResult } from './history-client.js';
export {
  LINK_MEASUREMENT,
  appendLatencyPoint,
  latencyHistoryFromSeries,
  latencyPointFromSample,
  mergeHistoryWithLive,
} from './latency-series.js';
export {
  applyLinkChange,
  applyOutageEvent,
  linkViewFromSnapshot,
  type LinkHealthView,
} from './link-state.js';
export { LiveController, type LiveControllerOptions } from './live-controller.js';
export { OUTAGE_WINDOW_MS, mergeOutages, outagesSince, upsertOutage } from './outage-log.js';
export { fetchOutages, type OutagesResult } from './outages-client.js';
export {
  openSession,
  signInResultFromStatus,
  type SignInProblem,
  type SignInResult,
} from './session-client.js';
export {
  parseLiveMessage,
  readQueueSnapshot,
  readSample,
  type ParsedLiveMessage,
} from './parse-live-message.js';
export { readQueueBaseline, readQueueKpis } from './read-queue-kpis.js';
export {
  readLinkHealthSnapshot,
  readOutage,
  readTargetLinkState,
  readVerdict,
  readVerdictCode,
} from './read-link-health.js';
export {
  CLOSE_UNAUTHORIZED,
  ReconnectingSocket,
  type ConnectionState,
  type SocketLike,
} from './reconnecting-socket.js';
