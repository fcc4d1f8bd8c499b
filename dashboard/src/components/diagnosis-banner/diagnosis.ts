import type {
  LinkVerdict,
  Outage,
  TargetLinkState,
  VerdictCode,
} from '../../../../contracts/link-health.js';

/**
 * How loudly a verdict is shown: `ok` and `unknown` as a calm line, `degraded` as a warning,
 * `down` (anything not answering) as an alarm.
 */
export type DiagnosisSeverity = 'ok' | 'unknown' | 'degraded' | 'down';

/** The severity of a verdict code; every code that names something down is `down`. */
export function verdictSeverity(code: VerdictCode): DiagnosisSeverity {
  switch (code) {
    case 'all_ok':
      return 'ok';
    case 'unknown':
      return 'unknown';
    case 'degraded':
      return 'degraded';
    default:
      return 'down';
  }
}

/**
 * Since when the verdict holds (epoch ms): the earliest `sinceMs` of the targets it names, or,
 * when none of them has one, the earliest start of the open outages. Null when neither says.
 */
export function diagnosisSinceMs(
  verdict: LinkVerdict,
  targets: ReadonlyMap<string, TargetLinkState>,
  openOutages: readonly Outage[],
): number | null {
  const named = verdict.targets
    .map((id) => targets.get(id)?.sinceMs)
    .filter((ms): ms is number => typeof ms === 'number');
  if (named.length > 0) return Math.min(...named);
  const starts = openOutages.map((o) => o.startedMs);
  return starts.length > 0 ? Math.min(...starts) : null;
}
