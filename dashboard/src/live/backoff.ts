/** Options of {@link computeBackoffMs}. */
export interface BackoffOptions {
  /** Delay before the first retry, before jitter (ms); default 500. */
  baseMs?: number;
  /** Longest delay, before jitter (ms); default 30 000. */
  maxMs?: number;
  /** Source of randomness in [0, 1); default `Math.random`, fixed in tests. */
  random?: () => number;
}

/**
 * Delay before reconnect attempt `attempt` (0 for the first retry): exponential, capped, with
 * "equal jitter" (half fixed, half random). The jitter keeps every screen in the centre from
 * reconnecting in the same instant when the collector restarts; the fixed half keeps a retry from
 * firing at once in a tight loop.
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export function computeBackoffMs(
  attempt: number,
  { baseMs = 500, maxMs = 30_000, random = Math.random }: BackoffOptions = {},
): number {
  const capped = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(capped / 2 + random() * (capped / 2));
}
