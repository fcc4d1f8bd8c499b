import type { Outage } from '../../../../contracts/link-health.js';
import type { Language } from '../../i18n/language.js';

/** One row of the outage list. */
export interface OutageRow {
  /** `<target>-<startedMs>`: the row's identity, and its test hook after `outage-`. */
  key: string;
  target: string;
  /** Display name of the target, or its slug. */
  name: string;
  startedMs: number;
  /** Null while the outage goes on. */
  endedMs: number | null;
  /** How long it lasted, or has lasted so far while it goes on (s). */
  durationS: number;
  /** The cause, in the page's language. */
  cause: string;
}

/**
 * Rows of the outage list, newest start first. An ongoing outage's duration runs to `nowMs`
 * (never below zero, should the browser clock lag the collector's).
 */
export function computeOutageRows(
  outages: readonly Outage[],
  names: ReadonlyMap<string, string>,
  nowMs: number,
  language: Language,
): OutageRow[] {
  return [...outages]
    .sort((a, b) => b.startedMs - a.startedMs || a.target.localeCompare(b.target))
    .map((outage) => ({
      key: `${outage.target}-${outage.startedMs}`,
      target: outage.target,
      name: names.get(outage.target) ?? outage.target,
      startedMs: outage.startedMs,
      endedMs: outage.endedMs,
      durationS:
        outage.endedMs === null
          ? Math.max(0, (nowMs - outage.startedMs) / 1000)
          : (outage.durationS ?? (outage.endedMs - outage.startedMs) / 1000),
      cause: outage.summary[language],
    }));
}
