import type { Outage } from '../../../contracts/link-health.js';

/** Span of the outage list: the last 24 hours (ms). */
export const OUTAGE_WINDOW_MS = 24 * 60 * 60_000;

/** Identity of an outage: one target, one start. */
function outageKey(outage: Outage): string {
  return `${outage.target}@${outage.startedMs}`;
}

/**
 * Puts one version of an outage into a list, newest start first, replacing the version it holds.
 * An open version never replaces an ended one: a history answer sent before the end arrived over
 * the socket must not reopen the outage. Returns a new array (Lit sees the change).
 */
export function upsertOutage(list: readonly Outage[], outage: Outage): Outage[] {
  const key = outageKey(outage);
  const existing = list.find((o) => outageKey(o) === key);
  if (existing && existing.endedMs !== null && outage.endedMs === null) return [...list];
  const others = list.filter((o) => outageKey(o) !== key);
  return [...others, outage].sort(
    (a, b) => b.startedMs - a.startedMs || a.target.localeCompare(b.target),
  );
}

/** Folds several versions of outages into a list, as {@link upsertOutage} does for one. */
export function mergeOutages(list: readonly Outage[], incoming: readonly Outage[]): Outage[] {
  return incoming.reduce<Outage[]>((merged, outage) => upsertOutage(merged, outage), [...list]);
}

/** The outages still going on or ended at or after `fromMs` (epoch ms), in the same order. */
export function outagesSince(list: readonly Outage[], fromMs: number): Outage[] {
  return list.filter((o) => o.endedMs === null || o.endedMs >= fromMs);
}
