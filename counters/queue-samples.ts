import type { QueueSnapshot } from '../contracts/queue.js';
import type { Sample } from '../contracts/sample.js';

/** Measurement and probe name of the queue samples (the `queue` measurement of the design). */
export const QUEUE_MEASUREMENT = 'queue';

/**
 * One `queue` sample per field of a site's snapshot, at `ts` (epoch ms): target = field slug,
 * probe = `queue`, fields `waiting`, `serving`, `open_counters` (counts) and `wait_p50_s`,
 * `wait_max_s` (seconds, left out while nobody has waited today, so a missing value is never
 * written as a zero wait). The forwarder maps the target to the `field` tag.
 */
export function queueSamplesOf(snapshot: QueueSnapshot, ts: number): Sample[] {
  const figures = new Map(snapshot.kpis?.fields.map((f) => [f.field, f]));
  const fieldIds = new Set([...snapshot.fields.map((f) => f.field), ...figures.keys()]);
  return [...fieldIds].map((field) => {
    const live = snapshot.fields.find((f) => f.field === field);
    const kpis = figures.get(field);
    const fields: Record<string, number> = {
      waiting: live?.waiting ?? 0,
      serving: live?.serving ?? 0,
      open_counters: kpis?.openCounters ?? 0,
    };
    if (kpis?.waitP50Seconds != null) fields.wait_p50_s = kpis.waitP50Seconds;
    if (kpis?.waitMaxSeconds != null) fields.wait_max_s = kpis.waitMaxSeconds;
    return {
      ts,
      site: snapshot.site,
      measurement: QUEUE_MEASUREMENT,
      target: field,
      probe: QUEUE_MEASUREMENT,
      fields,
    };
  });
}
