import type { LinkState, TargetLinkState } from '../../../../contracts/link-health.js';
import type { TargetInfo, TargetRole } from '../../../../contracts/live.js';
import type { Sample } from '../../../../contracts/sample.js';

/** State of a target as the list shows it: the collector's link state, or the latest reading's. */
export type TargetState = LinkState;

/** One row of the status list. */
export interface TargetStatusRow {
  id: string;
  /** Display name, or the slug when the config does not name the target. */
  name: string;
  /** Place on the path, or null for a target known only from its samples. */
  role: TargetRole | null;
  state: TargetState;
  /** Since when a `down` or `degraded` target has been so (epoch ms); null otherwise or unknown. */
  sinceMs: number | null;
  /** Latest round-trip time (ms), or null when down or not measured. */
  rttMs: number | null;
  /** Time of the latest reading (epoch ms), or null before any. */
  measuredAtMs: number | null;
  /** Days until the target's TLS certificate expires (https checks), or null when not measured. */
  certificateDaysLeft: number | null;
  /** How soon that is: `urgent` under 7 days, `warning` under 30, null otherwise. */
  certificate: CertificateLevel | null;
}

/** How soon a certificate expires, as the list warns about it. */
export type CertificateLevel = 'warning' | 'urgent';

/** Days left under which the list warns (30) and under which the warning is urgent (7). */
export const CERTIFICATE_WARNING_DAYS = { warning: 30, urgent: 7 } as const;

/** The warning level for a certificate with `daysLeft` days to go, or null when there is time. */
export function certificateLevelOf(daysLeft: number | null): CertificateLevel | null {
  if (daysLeft === null) return null;
  if (daysLeft < CERTIFICATE_WARNING_DAYS.urgent) return 'urgent';
  if (daysLeft < CERTIFICATE_WARNING_DAYS.warning) return 'warning';
  return null;
}

/**
 * Rows of the status list: the configured targets in their order, then any target that sends
 * samples (or has a link state) without being configured, by slug (a remote agent may know a
 * target before the config).
 *
 * The state is the collector's link state when it has one other than `unknown`: it waits for a
 * few rounds in a row before calling a target down or slow, so one lost packet does not flash the
 * screen. Before that (too few rounds yet, or a collector without link health) the latest
 * reading's `up` decides, as a first answer is better than "no data" next to a latency.
 */
export function computeTargetRows(
  targets: readonly TargetInfo[],
  latest: ReadonlyMap<string, Sample>,
  linkStates: ReadonlyMap<string, TargetLinkState> = new Map(),
): TargetStatusRow[] {
  const known = new Set(targets.map((t) => t.id));
  const unnamed = [...new Set([...latest.keys(), ...linkStates.keys()])]
    .filter((id) => !known.has(id))
    .sort();
  const all = [
    ...targets,
    ...unnamed.map((id) => ({ id, name: linkStates.get(id)?.name ?? id, role: null })),
  ];
  return all.map((target) => {
    const sample = latest.get(target.id);
    const link = linkStates.get(target.id);
    const up = sample?.fields.up;
    const rtt = sample?.fields.rtt_ms;
    const fromSample: TargetState = !sample ? 'unknown' : up === 0 ? 'down' : 'up';
    const useLink = link !== undefined && link.state !== 'unknown';
    const state = useLink ? link.state : fromSample;
    const answered = sample !== undefined && up !== 0;
    const tls = sample?.fields.tls_days_left;
    const certificateDaysLeft = typeof tls === 'number' ? tls : null;
    return {
      id: target.id,
      name: target.name,
      role: target.role,
      state,
      sinceMs: useLink && (state === 'down' || state === 'degraded') ? link.sinceMs : null,
      rttMs: state !== 'down' && answered && typeof rtt === 'number' ? rtt : null,
      measuredAtMs: sample?.ts ?? null,
      certificateDaysLeft,
      certificate: certificateLevelOf(certificateDaysLeft),
    };
  });
}
