import type { Outage } from '../../../contracts/link-health.js';
import type { Endpoints } from './endpoints.js';
import { isObject } from './read-json.js';
import { readOutage } from './read-link-health.js';

/** The outages of a window, or why there are none. */
export type OutagesResult =
  { ok: true; outages: Outage[] } | { ok: false; unauthorized: boolean; problem: string };

/** What {@link fetchOutages} needs. */
export interface OutagesRequest {
  endpoints: Endpoints;
  /** Start of the window (epoch ms). */
  fromMs: number;
  /** End of the window (epoch ms). */
  toMs: number;
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/**
 * Fetches the outages that overlap a window (`GET /api/v1/outages`), open ones included. As for
 * the history, a 401 or 403 is reported apart so the page asks for an access code. Outages the
 * body holds in a shape this build cannot read are dropped one by one.
 */
export async function fetchOutages({
  endpoints,
  fromMs,
  toMs,
  fetch,
  signal,
}: OutagesRequest): Promise<OutagesResult> {
  const url = endpoints.outagesUrl(fromMs, toMs);
  // The session cookie goes with same-origin requests; no credential is ever put in the URL.
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (response.status === 401 || response.status === 403) {
    return { ok: false, unauthorized: true, problem: `${url} answered ${response.status}` };
  }
  if (!response.ok) {
    return { ok: false, unauthorized: false, problem: `${url} answered ${response.status}` };
  }
  const body: unknown = await response.json();
  if (!isObject(body) || !Array.isArray(body.outages)) {
    return { ok: false, unauthorized: false, problem: `${url} answered an unexpected body` };
  }
  const outages = body.outages.map(readOutage).filter((o): o is Outage => o !== null);
  return { ok: true, outages };
}
