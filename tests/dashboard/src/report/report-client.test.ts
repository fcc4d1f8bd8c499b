import { describe, expect, it } from 'vitest';
import {
  fetchWeeklyReport,
  weeklyReportUrl,
} from '../../../../dashboard/src/report/report-client.js';

const PAGE = 'http://10.0.0.5:8080/pulse/?token=secret#/report?week=2026-W48';
const answer = (status: number, body: unknown = {}) =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('weeklyReportUrl', () => {
  it('resolves next to the page and never forwards the page’s own query', () => {
    expect(weeklyReportUrl(PAGE, '2026-W48', 'demo')).toBe(
      'http://10.0.0.5:8080/pulse/api/v1/report/weekly?week=2026-W48&site=demo',
    );
    expect(weeklyReportUrl(PAGE, null, null)).toBe(
      'http://10.0.0.5:8080/pulse/api/v1/report/weekly',
    );
  });
});

describe('fetchWeeklyReport', () => {
  it.each([
    [401, true],
    [403, true],
    [500, false],
  ])('reports %i apart (unauthorized: %s)', async (status, unauthorized) => {
    const result = await fetchWeeklyReport({
      pageUrl: PAGE,
      week: '2026-W48',
      site: null,
      fetch: answer(status),
    });
    expect(result).toMatchObject({ ok: false, unauthorized });
  });

  it('refuses a body without seven days', async () => {
    const result = await fetchWeeklyReport({
      pageUrl: PAGE,
      week: null,
      site: null,
      fetch: answer(200, { week: '2026-W48', days: [] }),
    });
    expect(result).toMatchObject({
      ok: false,
      problem: expect.stringContaining('unexpected body'),
    });
  });
});
