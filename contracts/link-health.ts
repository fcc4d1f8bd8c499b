import type { TargetRole } from './live.js';

/**
 * Health of one target, as IT support reads it: `up`, `degraded` (answers, but slow or losing
 * packets), `down` (no answer for several rounds in a row), or `unknown` (not enough rounds yet).
 */
export const LINK_STATES = ['up', 'degraded', 'down', 'unknown'] as const;
export type LinkState = (typeof LINK_STATES)[number];

/** Current health of one target. Times in epoch ms, taken from sample timestamps. */
export interface TargetLinkState {
  /** Target slug, as in samples. */
  target: string;
  /** Display name from config, or the slug when the config does not name the target. */
  name: string;
  /** Place on the path; null for a target the config does not name (kept out of the diagnosis). */
  role: TargetRole | null;
  state: LinkState;
  /** First round of the run that led to the current state; null while `unknown`. */
  sinceMs: number | null;
  /** Timestamp of the newest round folded in; null before the first. */
  lastRoundMs: number | null;
}

/**
 * Machine code of a diagnosis, nearest fault first along LAN → gateway → ISP → DNS → portals:
 * `unknown` (no data yet), `all_ok`, `degraded`, `lan_down`, `gateway_down`, `internet_down`
 * (no internet, and no gateway check to tell whose side), `isp_down`, `dns_down`,
 * `portal_down:<target>` (one portal), `portals_down` (several), `partial_down` (other targets).
 */
export type VerdictCode =
  | 'unknown'
  | 'all_ok'
  | 'degraded'
  | 'lan_down'
  | 'gateway_down'
  | 'internet_down'
  | 'isp_down'
  | 'dns_down'
  | `portal_down:${string}`
  | 'portals_down'
  | 'partial_down';

/** Languages of the verdict sentences; Vietnamese is the users' language. */
export const VERDICT_LANGUAGES = ['vi', 'en'] as const;
export type VerdictLanguage = (typeof VERDICT_LANGUAGES)[number];

/** A verdict in one language: what is wrong, and what IT support should do next. */
export interface VerdictText {
  /** One plain sentence: what is down and on whose side. */
  summary: string;
  /** One short sentence: the next step for IT support. */
  action: string;
}

/** The diagnosis of the whole path from the current target states. */
export interface LinkVerdict {
  code: VerdictCode;
  /** Targets the verdict is about (those down, or those degraded for `degraded`). */
  targets: string[];
  text: Record<VerdictLanguage, VerdictText>;
}

/**
 * One outage of one target: from the first failed round of the run that made it `down` to the
 * first answered round of the run that brought it back. Times in epoch ms.
 */
export interface Outage {
  site: string;
  target: string;
  startedMs: number;
  /** Null while the outage goes on. */
  endedMs: number | null;
  /** `(endedMs - startedMs) / 1000`; null while open. */
  durationS: number | null;
  /** Verdict code when the outage started, refined while it settles (see `collector/link-health`). */
  cause: VerdictCode;
  /** Sentences of that verdict, in each language. */
  summary: Record<VerdictLanguage, string>;
}

/** What happened to an outage: it `started`, its cause became clearer (`updated`), or it `ended`. */
export type OutageEventKind = 'started' | 'updated' | 'ended';

/** The link part of the live snapshot: every target's state, the verdict, the open outages. */
export interface LinkHealthSnapshot {
  site: string;
  targets: TargetLinkState[];
  verdict: LinkVerdict;
  /** Outages still going on, oldest first. */
  openOutages: Outage[];
}

/** Body of `GET /api/v1/outages?from=&to=`: outages that overlap the range, oldest first. */
export interface OutagesResponse {
  outages: Outage[];
}
