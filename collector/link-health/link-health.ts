import { linkHealthSchema, type LinkHealthSettings } from '../../config/link-health.js';
import type {
  LinkHealthSnapshot,
  LinkVerdict,
  Outage,
  TargetLinkState,
} from '../../contracts/link-health.js';
import type { TargetRole } from '../../contracts/live.js';
import type { Sample } from '../../contracts/sample.js';
import { diagnose, type DiagnosisTarget } from './diagnosis.js';
import type { OutageRepository } from './outage-store.js';
import { trackOutages, type OutageEvent } from './outage-tracker.js';
import { UNKNOWN_TARGET_HEALTH, foldRound, gradeRound, type TargetHealth } from './target-state.js';

/** Measurement whose samples carry the rounds of link probes. */
const LINK_MEASUREMENT = 'link';

/** A configured target: its slug, display name, and place on the path. */
export interface LinkTarget {
  id: string;
  name: string;
  role: TargetRole;
}

/** What `LinkHealth` is built from. */
export interface LinkHealthOptions {
  /** The centre's site slug: samples of other sites are left alone (their roles are unknown). */
  site: string;
  /** Configured targets, in the order the dashboard lists them. */
  targets: readonly LinkTarget[];
  /** Thresholds and hysteresis; defaults of `linkHealthSchema` when left out. */
  thresholds?: LinkHealthSettings;
  /** Where outages are kept; open ones are reloaded from it on construction. */
  store: OutageRepository;
}

/** What one batch of samples changed, for the intake to stream. */
export interface LinkHealthUpdate {
  /** Targets whose state changed, in their latest state. */
  changedStates: TargetLinkState[];
  /** Outages that started, got a clearer cause or ended, in order. */
  outageEvents: OutageEvent[];
  /** Whether the verdict (code, targets or sentences) differs from before the batch. */
  verdictChanged: boolean;
  /** The verdict after the batch. */
  verdict: LinkVerdict;
}

/**
 * Link health of one centre: folds `link` samples into target states with hysteresis, keeps
 * outages (durably, through the store), and diagnoses the path in plain words. Clock-free: all
 * times come from sample timestamps. Not safe for concurrent batches; the intake calls it in turn.
 */
export class LinkHealth {
  /** The centre's site slug, as in `LinkHealthOptions`. */
  readonly site: string;
  private readonly settings: LinkHealthSettings;
  private readonly store: OutageRepository;
  /** Configured targets by slug, in config order; targets seen in samples only are added as met. */
  private readonly known = new Map<string, { name: string; role: TargetRole | null }>();
  private health = new Map<string, TargetHealth>();
  private open: Map<string, Outage>;
  private verdict: LinkVerdict;

  constructor(options: LinkHealthOptions) {
    this.site = options.site;
    this.settings = options.thresholds ?? linkHealthSchema.parse({});
    this.store = options.store;
    for (const target of options.targets)
      this.known.set(target.id, { name: target.name, role: target.role });
    // Outages open at the last stop go on until their target is seen answering again.
    this.open = new Map(options.store.openOutages(this.site).map((o) => [o.target, o]));
    this.verdict = diagnose(this.diagnosisTargets(this.health));
  }

  /**
   * Folds a batch of samples in timestamp order and records what it changed. Samples of other
   * sites or measurements, without `up`, or not newer than their target's last round are
   * ignored. Outages are written in one transaction before the in-memory state moves on, so a
   * failed write leaves both as they were (and throws).
   */
  applySamples(samples: readonly Sample[]): LinkHealthUpdate {
    const rounds = samples
      .filter((sample) => sample.site === this.site && sample.measurement === LINK_MEASUREMENT)
      .sort((a, b) => a.ts - b.ts);
    const health = new Map(this.health);
    let open: ReadonlyMap<string, Outage> = this.open;
    let verdict = this.verdict;
    const changed = new Set<string>();
    const outageEvents: OutageEvent[] = [];
    const newTargets = new Map<string, { name: string; role: null }>();

    for (const sample of rounds) {
      const role = this.known.get(sample.target)?.role ?? null;
      const quality = gradeRound(sample.fields, role, this.settings);
      if (quality === null) continue;
      if (!this.known.has(sample.target))
        newTargets.set(sample.target, { name: sample.target, role: null });
      const before = health.get(sample.target) ?? UNKNOWN_TARGET_HEALTH;
      const after = foldRound(before, sample.ts, quality, this.settings);
      health.set(sample.target, after);
      if (after.state === before.state) continue;

      // A state change: diagnose the whole path again, then move the outages on.
      changed.add(sample.target);
      verdict = diagnose(this.diagnosisTargets(health, newTargets));
      const tracked = trackOutages(
        open,
        { target: sample.target, from: before.state, to: after.state, sinceMs: after.sinceMs! },
        verdict,
        sample.ts,
        { site: this.site, causeSettleMs: this.settings.causeSettleSeconds * 1000 },
      );
      open = tracked.open;
      outageEvents.push(...tracked.events);
    }

    // Persist the latest version of every outage touched, then commit the new state.
    const touched = new Map<string, Outage>();
    for (const { outage } of outageEvents)
      touched.set(`${outage.target}@${outage.startedMs}`, outage);
    this.store.saveOutages([...touched.values()]);
    for (const [id, target] of newTargets) this.known.set(id, target);
    const verdictChanged = JSON.stringify(verdict) !== JSON.stringify(this.verdict);
    this.health = health;
    this.open = new Map(open);
    this.verdict = verdict;
    return {
      changedStates: [...changed].map((id) => this.stateOf(id)),
      outageEvents,
      verdictChanged,
      verdict,
    };
  }

  /** Every target's state (configured ones first, in config order), the verdict, open outages. */
  snapshot(): LinkHealthSnapshot {
    return {
      site: this.site,
      targets: [...this.known.keys()].map((id) => this.stateOf(id)),
      verdict: this.verdict,
      openOutages: [...this.open.values()].sort((a, b) => a.startedMs - b.startedMs),
    };
  }

  /** Outages of this site that overlap `[fromMs, toMs]` (epoch ms), open ones included. */
  outages(fromMs: number, toMs: number): Outage[] {
    return this.store.outagesBetween(fromMs, toMs, this.site);
  }

  private stateOf(id: string): TargetLinkState {
    const target = this.known.get(id) ?? { name: id, role: null };
    const health = this.health.get(id) ?? UNKNOWN_TARGET_HEALTH;
    return {
      target: id,
      name: target.name,
      role: target.role,
      state: health.state,
      sinceMs: health.sinceMs,
      lastRoundMs: health.lastRoundMs,
    };
  }

  private diagnosisTargets(
    health: ReadonlyMap<string, TargetHealth>,
    extra: ReadonlyMap<string, { name: string; role: null }> = new Map(),
  ): DiagnosisTarget[] {
    return [...this.known, ...extra].map(([id, target]) => ({
      id,
      name: target.name,
      role: target.role,
      state: health.get(id)?.state ?? 'unknown',
    }));
  }
}
