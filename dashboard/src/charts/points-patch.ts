/**
 * What turns the readings a painter was last sent into the readings it must draw now, so a chart
 * that draws off the main thread receives only what changed: a live round appends one reading, a
 * window that moves drops some at the start, a bucket still filling replaces the last one. The
 * page's readings keep their identity from one update to the next (the controller appends to and
 * trims its arrays, and builds a new object only for a changed bucket), so the common part is
 * found by identity, and checked, never assumed.
 */
export interface PointsPatch<P> {
  /** Readings to drop from the start of the last ones sent. */
  start: number;
  /** Readings of the last ones sent to keep, counted from the first (before `start` is applied). */
  end: number;
  /** Readings to append after the kept ones, in time order. */
  tail: P[];
}

/**
 * The patch from `sent` to `next`, both in time order. It keeps the longest run of `sent` that
 * `next` starts with (after readings dropped from the start) and sends the rest; when the two
 * share nothing, `next` is sent whole.
 */
export function patchBetween<P extends { tsMs: number }>(
  sent: readonly P[],
  next: readonly P[],
): PointsPatch<P> {
  if (next === sent) return { start: 0, end: sent.length, tail: [] };
  // Walk back from both ends to the newest reading they share.
  let i = next.length - 1;
  let k = sent.length - 1;
  while (i >= 0 && k >= 0 && next[i] !== sent[k]) {
    const nextMs = next[i]!.tsMs;
    const sentMs = sent[k]!.tsMs;
    if (nextMs >= sentMs) i -= 1; // new, or a new version of the same time
    if (nextMs <= sentMs) k -= 1; // dropped, or replaced
  }
  const whole = { start: 0, end: 0, tail: next.slice() };
  const offset = k - i;
  if (i < 0 || k < 0 || offset < 0) return whole;
  // Everything before it must be the same too (a late reading inserted in the middle is not).
  for (let j = 0; j < i; j++) if (next[j] !== sent[j + offset]) return whole;
  return { start: offset, end: k + 1, tail: next.slice(i + 1) };
}

/** Applies a patch to the readings it was computed from, in place. */
export function applyPatch<P>(points: P[], { start, end, tail }: PointsPatch<P>): void {
  points.length = Math.min(points.length, end);
  if (start > 0) points.splice(0, start);
  // Not `push(...tail)`: a whole day would exceed the argument limit.
  for (const point of tail) points.push(point);
}
