/**
 * How bad a reading's packet loss is, SmokePing-style: `none`, then `low` (up to 2 %), `medium`
 * (up to 10 %), `high` (more), and `down` when the target did not answer at all. Loss marks grow
 * taller with the level, so the level reads without its colour.
 */
export type LossLevel = 'none' | 'low' | 'medium' | 'high' | 'down';

/** Upper bounds (inclusive, %) of the `low` and `medium` levels. */
export const LOSS_LEVEL_BOUNDS_PCT = { low: 2, medium: 10 } as const;

/**
 * Level of a reading from its loss (%) and its share of answered rounds (1 up, 0 down, between
 * for a bucket of several rounds). A bucket partly down counts its unanswered share as loss.
 */
export function lossLevelOf(lossPct: number | null, upShare: number | null): LossLevel {
  if (upShare === 0) return 'down';
  const downPct = upShare === null ? 0 : (1 - upShare) * 100;
  const effective = Math.max(lossPct ?? 0, downPct);
  if (!(effective > 0)) return 'none';
  if (effective <= LOSS_LEVEL_BOUNDS_PCT.low) return 'low';
  if (effective <= LOSS_LEVEL_BOUNDS_PCT.medium) return 'medium';
  return 'high';
}

/** Height of a loss mark as a share of the mark row: taller is worse. */
export const LOSS_MARK_HEIGHT: Record<Exclude<LossLevel, 'none'>, number> = {
  low: 0.4,
  medium: 0.7,
  high: 1,
  down: 1,
};
