import { describe, expect, it } from 'vitest';
import type { ReportOutage } from '../../../../../contracts/report.js';
import '../../../../../dashboard/src/components/report-outages/report-outages.js';
import { mount, part, parts, textOf } from '../mount.js';

const outage = (day: number, hour: number, minutes: number | null): ReportOutage => {
  const startedMs = Date.UTC(2026, 10, day, hour - 7, 0);
  return {
    target: 'isp',
    startedMs,
    endedMs: minutes === null ? null : startedMs + minutes * 60_000,
    durationS: minutes === null ? null : minutes * 60,
    cause: 'isp_down',
    summary: { vi: `Mất mạng ngày ${day}`, en: `No internet on the ${day}th` },
  };
};

describe('pulse-report-outages', () => {
  it('lists the week’s outages oldest first in a table with column headers', async () => {
    const list = await mount('pulse-report-outages', {
      outages: [outage(25, 14, null), outage(24, 9, 30)],
      language: 'en',
    });
    expect(parts(list, 'th[scope="col"]').map(textOf)).toEqual(['Started', 'Lasted', 'Cause']);
    expect(parts(list, 'tbody tr').map((row) => [...row.children].map(textOf))).toEqual([
      ['24/11/2026 09:00', '30 min', 'No internet on the 24th'],
      ['25/11/2026 14:00', 'ongoing', 'No internet on the 25th'],
    ]);
  });

  it('shows at most `limit` rows and counts the rest', async () => {
    const list = await mount('pulse-report-outages', {
      outages: [23, 24, 25, 26].map((day) => outage(day, 8, 5)),
      limit: 2,
    });
    expect(parts(list, 'tbody tr')).toHaveLength(2);
    expect(part(list, 'table').dataset.count).toBe('4');
    expect(textOf(part(list, '.more'))).toBe('+ 2 sự cố khác, xem trang Kết nối');
  });

  it('says there was no outage', async () => {
    const list = await mount('pulse-report-outages', { outages: [], language: 'en' });
    expect(textOf(part(list, '[data-testid="report-outages-empty"]'))).toBe(
      'No link outage this week.',
    );
  });
});
