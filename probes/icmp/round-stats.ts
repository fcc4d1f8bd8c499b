import { quantileSorted } from 'd3-array';
import type { LinkFields } from '../probe.js';

/** What a ping tool reports for one round to one host, whatever the tool. */
export interface PingRound {
  /** Echo requests sent. */
  sent: number;
  /** Round-trip time of each reply, in ms, in the order the requests were sent; no duplicates. */
  rttsMs: readonly number[];
}

/**
 * The `link` fields of a round, SmokePing-style: `up` (1 when any reply came back), `rtt_ms` (the
 * median RTT, robust to one slow reply), `rtt_min_ms`, `rtt_p25_ms`, `rtt_p75_ms`, `rtt_max_ms`
 * (the round's distribution, kept as five numbers for the spread chart), `jitter_ms`, `loss_pct`
 * (0–100), `sent` and `received`. RTT fields are absent when nothing came back; `jitter_ms` needs
 * two replies.
 */
export function summarisePingRound(round: PingRound): LinkFields {
  const received = Math.min(round.rttsMs.length, round.sent);
  const lossPct = round.sent > 0 ? ((round.sent - received) / round.sent) * 100 : 100;
  const counts = { loss_pct: lossPct, sent: round.sent, received };
  if (received === 0) return { up: 0, ...counts };
  const sorted = [...round.rttsMs].sort((a, b) => a - b);
  const fields: LinkFields = {
    up: 1,
    rtt_ms: medianOfSorted(sorted),
    rtt_min_ms: sorted[0]!,
    rtt_p25_ms: quantileSorted(sorted, 0.25)!,
    rtt_p75_ms: quantileSorted(sorted, 0.75)!,
    rtt_max_ms: sorted[sorted.length - 1]!,
    ...counts,
  };
  const jitterMs = computeJitterMs(round.rttsMs);
  if (jitterMs !== undefined) fields.jitter_ms = jitterMs;
  return fields;
}

/**
 * Jitter of a round, in ms: the mean absolute difference between consecutive replies' RTTs, in
 * the order sent (RFC 3550's interarrival jitter without its 1/16 smoothing, which would carry
 * one round into the next). A lost request is skipped, so its neighbours count as consecutive.
 * Undefined with fewer than two replies.
 */
export function computeJitterMs(rttsMs: readonly number[]): number | undefined {
  if (rttsMs.length < 2) return undefined;
  let sumMs = 0;
  for (let i = 1; i < rttsMs.length; i++) sumMs += Math.abs(rttsMs[i]! - rttsMs[i - 1]!);
  return sumMs / (rttsMs.length - 1);
}

/** The median of sorted values (the mean of the two middle ones for an even count). */
function medianOfSorted(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A ping tool's output, parsed: the round, and why it failed in plain words when it did. */
export interface ParsedPingOutput {
  round: PingRound;
  /** `unknown host …`, `host unreachable …`: set when the output names a failure. */
  detail?: string;
}
