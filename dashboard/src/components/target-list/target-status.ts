import type { TargetInfo, TargetRole } from '../../../../contracts/live.js';
import type { Sample } from '../../../../contracts/sample.js';

/** Whether a target answered at its latest reading. */
export type TargetState = 'up' | 'down' | 'unknown';

/** One row of the status list. */
export interface TargetStatusRow {
  id: string;
  /** Display name, or the slug when the config does not name the target. */
  name: string;
  /** Place on the path, or null for a target known only from its samples. */
  role: TargetRole | null;
  state: TargetState;
  /** Latest round-trip time (ms), or null when down or not measured. */
  rttMs: number | null;
  /** Time of the latest reading (epoch ms), or null before any. */
  measuredAtMs: number | null;
}

/**
 * Rows of the status list: the configured targets in their order, then any target that sends
 * samples without being configured, by slug (a remote agent may know a target before the config).
 */
export function computeTargetRows(
  targets: readonly TargetInfo[],
  latest: ReadonlyMap<string, Sample>,
): TargetStatusRow[] {
  const known = new Set(targets.map((t) => t.id));
  const unnamed = [...latest.keys()].filter((id) => !known.has(id)).sort();
  const all = [...targets, ...unnamed.map((id) => ({ id, name: id, role: null, probe: '' }))];
  return all.map((target) => {
    const sample = latest.get(target.id);
    const up = sample?.fields.up;
    const rtt = sample?.fields.rtt_ms;
    const state: TargetState = !sample ? 'unknown' : up === 0 ? 'down' : 'up';
    return {
      id: target.id,
      name: target.name,
      role: target.role,
      state,
      rttMs: state === 'up' && typeof rtt === 'number' ? rtt : null,
      measuredAtMs: sample?.ts ?? null,
    };
  });
}
