import type { WeeklyReport } from '../../../contracts/report.js';
import { isObject } from '../live/read-json.js';

/** The weekly report, or why there is none. */
export type WeeklyReportResult =
  { ok: true; report: WeeklyReport } | { ok: false; unauthorized: boolean; problem: string };

/** What {@link fetchWeeklyReport} needs. */
export interface WeeklyReportRequest {
  /** Address of the dashboard page; the API lives next to it. */
  pageUrl: string;
  /** `YYYY-Www`, or null for the collector's current week (its clock, not the browser's). */
  week: string | null;
  /** Site slug, or null for the collector's own site. */
  site: string | null;
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/**
 * URL of `GET /api/v1/report/weekly`, resolved next to the page as the other endpoints are, so a
 * reverse proxy may mount everything under a sub-path. The page's own query is never forwarded.
 */
export function weeklyReportUrl(pageUrl: string, week: string | null, site: string | null): string {
  const url = new URL('api/v1/report/weekly', new URL(pageUrl));
  url.search = '';
  url.hash = '';
  if (week !== null) url.searchParams.set('week', week);
  if (site !== null) url.searchParams.set('site', site);
  return url.href;
}

/**
 * Fetches one week's report. The viewer session cookie goes with the same-origin request; a 401
 * or 403 is reported apart so the page asks for an access code rather than retrying.
 */
export async function fetchWeeklyReport(request: WeeklyReportRequest): Promise<WeeklyReportResult> {
  const url = weeklyReportUrl(request.pageUrl, request.week, request.site);
  let response: Response;
  try {
    response = await request.fetch(url, { credentials: 'same-origin', signal: request.signal });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    return { ok: false, unauthorized: false, problem: `${url} did not answer: ${String(error)}` };
  }
  if (response.status === 401 || response.status === 403) {
    return { ok: false, unauthorized: true, problem: `${url} answered ${response.status}` };
  }
  if (!response.ok) {
    return { ok: false, unauthorized: false, problem: `${url} answered ${response.status}` };
  }
  const body: unknown = await response.json();
  if (!isWeeklyReport(body)) {
    return { ok: false, unauthorized: false, problem: `${url} answered an unexpected body` };
  }
  return { ok: true, report: body };
}

/** Checks the parts the view relies on: seven days, the totals of both weeks, lists. */
function isWeeklyReport(body: unknown): body is WeeklyReport {
  return (
    isObject(body) &&
    typeof body.week === 'string' &&
    typeof body.siteName === 'string' &&
    typeof body.fromMs === 'number' &&
    typeof body.toMs === 'number' &&
    Array.isArray(body.days) &&
    body.days.length === 7 &&
    body.days.every((day) => isObject(day) && typeof day.procedures === 'number') &&
    Array.isArray(body.fields) &&
    body.fields.every(
      (field) =>
        isObject(field) &&
        Array.isArray(field.proceduresByDay) &&
        field.proceduresByDay.length === 7,
    ) &&
    isObject(body.totals) &&
    isObject(body.previousTotals) &&
    Array.isArray(body.outages)
  );
}
