import {
  LINK_STATES,
  type LinkHealthSnapshot,
  type LinkVerdict,
  type Outage,
  type TargetLinkState,
  type VerdictCode,
  type VerdictText,
} from '../../../contracts/link-health.js';
import { TARGET_ROLES } from '../../../contracts/live.js';
import { arrayOf, finiteOrNull, isFiniteNumber, isObject } from './read-json.js';

/** Verdict codes this build knows, apart from the `portal_down:<target>` family. */
const VERDICT_CODES: readonly string[] = [
  'unknown',
  'all_ok',
  'degraded',
  'lan_down',
  'gateway_down',
  'internet_down',
  'isp_down',
  'dns_down',
  'portals_down',
  'partial_down',
];

/**
 * A verdict code, or null when `value` is not a non-empty string. A code this build does not know
 * (a newer collector) reads as `partial_down`, "something is down": its sentences come from the
 * collector and are shown as sent, so the screen still says what is wrong.
 */
export function readVerdictCode(value: unknown): VerdictCode | null {
  if (typeof value !== 'string' || value === '') return null;
  if (VERDICT_CODES.includes(value)) return value as VerdictCode;
  if (value.startsWith('portal_down:') && value.length > 'portal_down:'.length) {
    return value as `portal_down:${string}`;
  }
  return 'partial_down';
}

/** One target's link state; null without a target slug. An unknown state reads as `unknown`. */
export function readTargetLinkState(value: unknown): TargetLinkState | null {
  if (!isObject(value) || typeof value.target !== 'string' || value.target === '') return null;
  return {
    target: value.target,
    name: typeof value.name === 'string' && value.name !== '' ? value.name : value.target,
    role: TARGET_ROLES.find((role) => role === value.role) ?? null,
    state: LINK_STATES.find((state) => state === value.state) ?? 'unknown',
    sinceMs: finiteOrNull(value.sinceMs),
    lastRoundMs: finiteOrNull(value.lastRoundMs),
  };
}

function readVerdictText(value: unknown): VerdictText | null {
  if (!isObject(value) || typeof value.summary !== 'string' || value.summary === '') return null;
  return { summary: value.summary, action: typeof value.action === 'string' ? value.action : '' };
}

/**
 * The verdict; null without a code or without sentences in either language. A language missing
 * its sentences borrows the other's: a sentence in the wrong language beats a blank banner.
 */
export function readVerdict(value: unknown): LinkVerdict | null {
  if (!isObject(value) || !isObject(value.text)) return null;
  const code = readVerdictCode(value.code);
  const vi = readVerdictText(value.text.vi);
  const en = readVerdictText(value.text.en);
  const textVi = vi ?? en;
  const textEn = en ?? vi;
  if (code === null || textVi === null || textEn === null) return null;
  const targets = Array.isArray(value.targets)
    ? value.targets.filter((t): t is string => typeof t === 'string')
    : [];
  return { code, targets, text: { vi: textVi, en: textEn } };
}

/**
 * One outage; null without site, target, start or cause summary. An `endedMs` before the start
 * reads as still open rather than as a negative duration; a missing `durationS` of an ended
 * outage is computed.
 */
export function readOutage(value: unknown): Outage | null {
  if (!isObject(value) || !isFiniteNumber(value.startedMs) || !isObject(value.summary)) return null;
  const { site, target, startedMs } = value;
  if (typeof site !== 'string' || typeof target !== 'string' || target === '') return null;
  const vi = typeof value.summary.vi === 'string' ? value.summary.vi : null;
  const en = typeof value.summary.en === 'string' ? value.summary.en : null;
  const summaryVi = vi ?? en;
  const summaryEn = en ?? vi;
  if (summaryVi === null || summaryEn === null) return null;
  const ended = finiteOrNull(value.endedMs);
  const endedMs = ended !== null && ended >= startedMs ? ended : null;
  return {
    site,
    target,
    startedMs,
    endedMs,
    durationS:
      endedMs === null ? null : (finiteOrNull(value.durationS) ?? (endedMs - startedMs) / 1000),
    cause: readVerdictCode(value.cause) ?? 'partial_down',
    summary: { vi: summaryVi, en: summaryEn },
  };
}

/** The `link` part of a snapshot; null without a site or a valid verdict. */
export function readLinkHealthSnapshot(value: unknown): LinkHealthSnapshot | null {
  if (!isObject(value) || typeof value.site !== 'string') return null;
  const verdict = readVerdict(value.verdict);
  if (verdict === null) return null;
  return {
    site: value.site,
    targets: arrayOf(value.targets, readTargetLinkState),
    verdict,
    openOutages: arrayOf(value.openOutages, readOutage).filter((o) => o.endedMs === null),
  };
}
