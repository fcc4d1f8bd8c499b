/** Which way a figure moved since the week before. */
export type ChangeDirection = 'up' | 'down' | 'same' | 'none';
/** Whether the move is good news for the centre; `none` when there is nothing to compare. */
export type ChangeTone = 'better' | 'worse' | 'same' | 'none';

/** A figure of this week against the same figure of the week before. */
export interface FigureChange {
  direction: ChangeDirection;
  tone: ChangeTone;
  /** This week minus the week before (0 when either is missing). */
  delta: number;
  /** The change as a share of the week before (0.04 is +4%), or null when that was 0 or missing. */
  relative: number | null;
}

/**
 * Compares a figure with the week before. `better` says which way is good news: more procedures
 * and a higher on-time share are better, longer waits and more outage minutes are worse.
 * Differences smaller than `epsilon` count as unchanged, so 82.004% against 82% is "không đổi".
 */
export function compareFigure(
  current: number | null,
  previous: number | null,
  better: 'higher' | 'lower',
  epsilon = 1e-9,
): FigureChange {
  if (current === null || previous === null) {
    return { direction: 'none', tone: 'none', delta: 0, relative: null };
  }
  const delta = current - previous;
  const relative = previous === 0 ? null : delta / previous;
  if (Math.abs(delta) < epsilon) return { direction: 'same', tone: 'same', delta: 0, relative: 0 };
  const direction = delta > 0 ? 'up' : 'down';
  const good = (direction === 'up') === (better === 'higher');
  return { direction, tone: good ? 'better' : 'worse', delta, relative };
}
