import type { FieldKpis, QueueSnapshot } from '../../../../contracts/queue.js';

/** What the live load view shows of one field. Durations in seconds, null where unknown. */
export interface FieldRow {
  field: string;
  name: string;
  /** Tickets waiting now. */
  waiting: number;
  /** Tickets being served now. */
  serving: number;
  /** How long the oldest waiting ticket has waited, or null when nobody waits. */
  longestWaitSeconds: number | null;
  /** Estimated wait of a ticket taken now; null when no counter of the field is open or unknown. */
  estimatedWaitSeconds: number | null;
  /** Counters open now that serve the field; null from a collector without figures. */
  openCounters: number | null;
}

/**
 * One row per field, in the configured order (a wall screen whose rows swap places as the counts
 * change is hard to follow from across the room). The longest wait is timed to `nowMs`, so it
 * grows while nobody is called; the estimate is the collector's.
 */
export function fieldRowsOf(queue: QueueSnapshot, nowMs: number): FieldRow[] {
  const kpisByField = new Map<string, FieldKpis>(
    (queue.kpis?.fields ?? []).map((kpis) => [kpis.field, kpis]),
  );
  return queue.fields.map((field): FieldRow => {
    const kpis = kpisByField.get(field.field);
    return {
      field: field.field,
      name: field.name,
      waiting: field.waiting,
      serving: field.serving,
      longestWaitSeconds:
        field.waiting > 0 && field.oldestWaitingSinceMs !== null
          ? Math.max(0, (nowMs - field.oldestWaitingSinceMs) / 1000)
          : null,
      estimatedWaitSeconds: kpis?.estimatedWaitSeconds ?? null,
      openCounters: kpis ? kpis.openCounters : null,
    };
  });
}
