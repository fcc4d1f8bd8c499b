/** Longest `Retry-After` honoured, in ms: a wrong header must not silence the agent for days. */
const MAX_RETRY_AFTER_MS = 3_600_000;

/** What decides the wait before the next attempt. */
export interface RetryDelayInput {
  /** Failed attempts in a row, 1 for the first failure. */
  failures: number;
  /** Wait after the first failure, in ms; doubles with each further failure. */
  minMs: number;
  /** Longest wait from the doubling, in ms. */
  maxMs: number;
  /** The server's `Retry-After`, in ms, when it sent one. */
  retryAfterMs?: number | undefined;
  /** Random number in [0, 1), injected so tests are deterministic. */
  random: () => number;
}

/**
 * Wait before the next attempt, in ms: exponential from `minMs` to `maxMs`, drawn uniformly from
 * the upper half of that step (jitter, so the agents of a province that lost their collector at
 * the same moment do not come back in step), and never shorter than the server's `Retry-After`.
 */
export function nextRetryDelayMs({
  failures,
  minMs,
  maxMs,
  retryAfterMs,
  random,
}: RetryDelayInput): number {
  const stepMs = Math.min(maxMs, minMs * 2 ** Math.max(0, failures - 1));
  const jitteredMs = stepMs / 2 + (random() * stepMs) / 2;
  return Math.max(Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS), jitteredMs);
}

/** `Retry-After` in seconds or as an HTTP date, as ms from `nowMs`; undefined when absent or unreadable. */
export function parseRetryAfterMs(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}
