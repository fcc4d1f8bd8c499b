import type {
  LinkHealthSnapshot,
  LinkVerdict,
  Outage,
  OutageEventKind,
  TargetLinkState,
} from '../../../contracts/link-health.js';

/** What the page knows of the link health: each target's state, the verdict, open outages. */
export interface LinkHealthView {
  /** State of each target, by slug. */
  targets: ReadonlyMap<string, TargetLinkState>;
  verdict: LinkVerdict;
  /** Outages still going on, oldest first. */
  openOutages: readonly Outage[];
}

/** The view of a snapshot's `link` part. */
export function linkViewFromSnapshot(snapshot: LinkHealthSnapshot): LinkHealthView {
  return {
    targets: new Map(snapshot.targets.map((t) => [t.target, t])),
    verdict: snapshot.verdict,
    openOutages: [...snapshot.openOutages].sort((a, b) => a.startedMs - b.startedMs),
  };
}

/** The view after a `link` message: the changed targets replaced, the verdict as sent. */
export function applyLinkChange(
  view: LinkHealthView,
  changed: readonly TargetLinkState[],
  verdict: LinkVerdict,
): LinkHealthView {
  const targets = new Map(view.targets);
  for (const state of changed) targets.set(state.target, state);
  return { ...view, targets, verdict };
}

/** The view after an `outage` message: an outage that started or settled is open, one that ended is not. */
export function applyOutageEvent(
  view: LinkHealthView,
  event: OutageEventKind,
  outage: Outage,
): LinkHealthView {
  const others = view.openOutages.filter(
    (o) => !(o.target === outage.target && o.startedMs === outage.startedMs),
  );
  const openOutages =
    event === 'ended' ? others : [...others, outage].sort((a, b) => a.startedMs - b.startedMs);
  return { ...view, openOutages };
}
