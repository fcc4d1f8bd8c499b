import type {
  LinkState,
  LinkVerdict,
  Outage,
  OutageEventKind,
  VerdictCode,
} from '../../contracts/link-health.js';

/** A target whose state changed: from what, to what, dated from the run that led to it. */
export interface TargetStateChange {
  target: string;
  from: LinkState;
  to: LinkState;
  /** First round of the run that led to `to`, in epoch ms. */
  sinceMs: number;
}

/** An outage that started, got a clearer cause, or ended. */
export interface OutageEvent {
  event: OutageEventKind;
  outage: Outage;
}

/** Open outages of one site by target slug. */
export type OpenOutages = ReadonlyMap<string, Outage>;

/** What `trackOutages` needs besides the change and the verdict. */
export interface OutageTrackingOptions {
  site: string;
  /** How long after its start an outage's cause may still become clearer, in ms. */
  causeSettleMs: number;
}

/**
 * How much of the picture a verdict explains. An open outage's cause only moves up this scale:
 * when the ISP cuts the line, targets fail a round or two apart, and the first to go down is
 * first diagnosed `partial_down`, then `isp_down` once the rest follow; when the line comes back
 * they recover apart, and the outage keeps `isp_down` instead of slipping back.
 */
export function causeRank(code: VerdictCode): number {
  if (code.startsWith('portal_down:')) return 2;
  switch (code) {
    case 'partial_down':
      return 1;
    case 'portals_down':
      return 2;
    case 'dns_down':
      return 3;
    case 'internet_down':
      return 4;
    case 'isp_down':
    case 'gateway_down':
    case 'lan_down':
      return 5;
    default:
      return 0;
  }
}

/**
 * Applies one state change (or none) and the verdict that followed it to the open outages:
 * - a target that becomes `down` opens an outage at the first failed round of its run, with the
 *   verdict as its cause (unless one is open already: reloaded after a restart);
 * - a target that answers again (`up` or `degraded`) closes its outage at the first answered
 *   round of its run;
 * - the rule for the cause: within `causeSettleMs` of its start (in sample time, `atMs`), an open
 *   outage takes a new verdict that names its target and explains more (`causeRank`); after
 *   that its cause is fixed, so a portal that was already down when the ISP failed keeps its own.
 * Pure: returns the new open outages and what happened, oldest start first.
 */
export function trackOutages(
  open: OpenOutages,
  change: TargetStateChange | null,
  verdict: LinkVerdict,
  atMs: number,
  options: OutageTrackingOptions,
): { open: Map<string, Outage>; events: OutageEvent[] } {
  const next = new Map(open);
  const events: OutageEvent[] = [];
  const fromVerdict = {
    cause: verdict.code,
    summary: { vi: verdict.text.vi.summary, en: verdict.text.en.summary },
  };

  if (change?.to === 'down' && !next.has(change.target)) {
    const outage: Outage = {
      site: options.site,
      target: change.target,
      startedMs: change.sinceMs,
      endedMs: null,
      durationS: null,
      ...fromVerdict,
    };
    next.set(change.target, outage);
    events.push({ event: 'started', outage });
  } else if (change && (change.to === 'up' || change.to === 'degraded')) {
    const outage = next.get(change.target);
    if (outage) {
      // A restart may reload an outage whose target then answers from its first rounds.
      const endedMs = Math.max(change.sinceMs, outage.startedMs);
      next.delete(change.target);
      events.push({
        event: 'ended',
        outage: { ...outage, endedMs, durationS: (endedMs - outage.startedMs) / 1000 },
      });
    }
  }

  for (const [target, outage] of next) {
    const clearer =
      verdict.targets.includes(target) &&
      causeRank(verdict.code) > causeRank(outage.cause) &&
      atMs - outage.startedMs <= options.causeSettleMs;
    if (!clearer) continue;
    const updated = { ...outage, ...fromVerdict };
    next.set(target, updated);
    events.push({ event: 'updated', outage: updated });
  }
  return { open: next, events };
}
