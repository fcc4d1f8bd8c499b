import type { LinkHealthSettings } from '../../config/link-health.js';
import type { LinkState } from '../../contracts/link-health.js';
import type { TargetRole } from '../../contracts/live.js';

/** What one probe round says about a target: it answered well, answered poorly, or did not. */
export type RoundQuality = 'good' | 'degraded' | 'failed';

/** A run of consecutive rounds that agree: how many, and the timestamp of the first (epoch ms). */
export interface RoundRun {
  readonly count: number;
  readonly firstMs: number;
}

/**
 * What the fold remembers of one target: its state since when, and the runs of rounds that
 * may change it (null: the last round broke the run). Immutable: `foldRound` returns a new value.
 */
export interface TargetHealth {
  readonly state: LinkState;
  /** First round of the run that led to `state`, in epoch ms; null while `unknown`. */
  readonly sinceMs: number | null;
  /** Timestamp of the newest round folded in, in epoch ms; null before the first. */
  readonly lastRoundMs: number | null;
  /** Failed rounds in a row. */
  readonly failed: RoundRun | null;
  /** Answered rounds (good or degraded) in a row. */
  readonly answered: RoundRun | null;
  /** Good rounds in a row. */
  readonly good: RoundRun | null;
  /** Rounds in a row that were not good (degraded or failed). */
  readonly poor: RoundRun | null;
}

/** A target before its first round. */
export const UNKNOWN_TARGET_HEALTH: TargetHealth = {
  state: 'unknown',
  sinceMs: null,
  lastRoundMs: null,
  failed: null,
  answered: null,
  good: null,
  poor: null,
};

/**
 * Grades one `link` sample: failed when `up` is 0 or every packet was lost; degraded when
 * `loss_pct` reaches `degradedLossPct` or `rtt_ms` reaches the role's `degradedRttMs`; good
 * otherwise. Returns null for a sample without `up` (not a link round).
 */
export function gradeRound(
  fields: Readonly<Record<string, number>>,
  role: TargetRole | null,
  settings: LinkHealthSettings,
): RoundQuality | null {
  const { up, loss_pct: lossPct, rtt_ms: rttMs } = fields;
  if (up === undefined) return null;
  if (up === 0 || (lossPct !== undefined && lossPct >= 100)) return 'failed';
  if (lossPct !== undefined && lossPct >= settings.degradedLossPct) return 'degraded';
  if (rttMs !== undefined && rttMs >= settings.degradedRttMs[role ?? 'other']) return 'degraded';
  return 'good';
}

/**
 * Folds one round into a target's health, with hysteresis so that one odd round never flips the
 * state:
 * - `down` after `downAfterRounds` failed rounds in a row;
 * - out of `down` (or `unknown`) after `upAfterRounds` answered rounds in a row: `up` when they
 *   were all good, `degraded` otherwise;
 * - `up` to `degraded` after `downAfterRounds` poor rounds (degraded or failed) in a row, and back
 *   after `upAfterRounds` good rounds in a row.
 * The new state dates from the first round of the run that led to it. A round not newer than the
 * last is ignored (an agent resending a batch). Pure: time comes from the rounds.
 */
export function foldRound(
  health: TargetHealth,
  roundMs: number,
  quality: RoundQuality,
  settings: Pick<LinkHealthSettings, 'downAfterRounds' | 'upAfterRounds'>,
): TargetHealth {
  if (health.lastRoundMs !== null && roundMs <= health.lastRoundMs) return health;
  const runs: Runs = {
    failed: quality === 'failed' ? extend(health.failed, roundMs) : null,
    answered: quality === 'failed' ? null : extend(health.answered, roundMs),
    good: quality === 'good' ? extend(health.good, roundMs) : null,
    poor: quality === 'good' ? null : extend(health.poor, roundMs),
  };
  // One object a round, built once: this runs for every link sample, thousands a second when
  // an agent's spool arrives.
  const change = transition(health.state, runs, settings);
  return {
    state: change ? change.state : health.state,
    sinceMs: change ? change.run.firstMs : health.sinceMs,
    lastRoundMs: roundMs,
    failed: runs.failed,
    answered: runs.answered,
    good: runs.good,
    poor: runs.poor,
  };
}

type Runs = Pick<TargetHealth, 'failed' | 'answered' | 'good' | 'poor'>;

/** The state the runs lead to and the run that led there, or null to stay. */
function transition(
  state: LinkState,
  { failed, answered, good, poor }: Runs,
  { downAfterRounds, upAfterRounds }: Pick<LinkHealthSettings, 'downAfterRounds' | 'upAfterRounds'>,
): { state: LinkState; run: RoundRun } | null {
  switch (state) {
    case 'unknown':
    case 'down':
      if (failed && failed.count >= downAfterRounds && state !== 'down')
        return { state: 'down', run: failed };
      if (answered && answered.count >= upAfterRounds) {
        const allGood = good !== null && good.count >= answered.count;
        return { state: allGood ? 'up' : 'degraded', run: answered };
      }
      return null;
    case 'up':
    case 'degraded':
      if (failed && failed.count >= downAfterRounds) return { state: 'down', run: failed };
      if (state === 'up' && poor && poor.count >= downAfterRounds)
        return { state: 'degraded', run: poor };
      if (state === 'degraded' && good && good.count >= upAfterRounds)
        return { state: 'up', run: good };
      return null;
  }
}

function extend(run: RoundRun | null, roundMs: number): RoundRun {
  return run ? { count: run.count + 1, firstMs: run.firstMs } : { count: 1, firstMs: roundMs };
}
