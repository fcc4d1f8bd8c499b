import { describe, expect, it } from 'vitest';
import type { Outage } from '../../../../../contracts/link-health.js';
import '../../../../../dashboard/src/components/outage-list/outage-list.js';
import { NOW_MS, minutesAgo } from '../figures.js';
import { mount, part, parts, textOf, update } from '../mount.js';

const outage = (target: string, startedMs: number, endedMs: number | null): Outage => ({
  site: 'test-centre',
  target,
  startedMs,
  endedMs,
  durationS: endedMs === null ? null : (endedMs - startedMs) / 1000,
  cause: 'isp_down',
  summary: {
    vi: `Nhà mạng không trả lời (${target})`,
    en: `The provider does not answer (${target})`,
  },
});

const OUTAGES = [
  outage('dvc', minutesAgo(125), minutesAgo(80)),
  outage('isp', minutesAgo(3), null),
  // Yesterday: its times carry the date.
  outage('router', NOW_MS - 20 * 3_600_000, NOW_MS - 20 * 3_600_000 + 20_000),
];

describe('pulse-outage-list', () => {
  it('is a table with column and row headers, newest outage first', async () => {
    const list = await mount('pulse-outage-list', {
      outages: OUTAGES,
      names: new Map([['isp', 'Nhà mạng VNPT']]),
      nowMs: NOW_MS,
      language: 'en',
    });
    expect(parts(list, 'thead th[scope="col"]').map(textOf)).toEqual([
      'Check',
      'Started',
      'Ended',
      'Lasted',
      'Cause',
    ]);
    expect(parts(list, 'tbody th[scope="row"]').map(textOf)).toEqual([
      'Nhà mạng VNPT',
      'dvc',
      'router',
    ]);
    expect(parts(list, 'tbody tr').map((row) => [...row.children].map(textOf))).toEqual([
      ['Nhà mạng VNPT', '09:57', 'ongoing', '3 min', 'The provider does not answer (isp)'],
      ['dvc', '07:55', '08:40', '45 min', 'The provider does not answer (dvc)'],
      [
        'router',
        '26/11/2026 14:00',
        '26/11/2026 14:00',
        '20 s',
        'The provider does not answer (router)',
      ],
    ]);
  });

  it('counts an ongoing outage up to now', async () => {
    const list = await mount('pulse-outage-list', { outages: OUTAGES, nowMs: NOW_MS });
    const row = part(list, `[data-testid="outage-isp-${minutesAgo(3)}"]`);
    expect(row.dataset.state).toBe('ongoing');
    expect(textOf(row.children[3])).toBe('3 phút');
    await update(list, { nowMs: NOW_MS + 90 * 60_000 });
    expect(textOf(row.children[3])).toBe('1 giờ 33 phút');
  });

  it('says there was no outage, in words the container may choose', async () => {
    const list = await mount('pulse-outage-list', { outages: [] });
    expect(textOf(part(list, '[data-testid="outages-empty"]'))).toBe(
      'Không có sự cố trong 24 giờ qua',
    );
    await update(list, { emptyText: 'Không có sự cố trong 7 ngày qua' });
    expect(textOf(part(list, '[data-testid="outages-empty"]'))).toBe(
      'Không có sự cố trong 7 ngày qua',
    );
  });
});
