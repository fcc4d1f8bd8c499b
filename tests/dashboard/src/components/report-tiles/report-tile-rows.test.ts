import { describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../../../../contracts/report.js';
import { reportTiles } from '../../../../../dashboard/src/components/report-tiles/report-tile-rows.js';
import { catalogueEn } from '../../../../../dashboard/src/i18n/catalogue-en.js';
import { catalogueVi } from '../../../../../dashboard/src/i18n/catalogue-vi.js';
import { createFormatters } from '../../../../../dashboard/src/i18n/format.js';

const figures = (over: Partial<ReportFigures> = {}): ReportFigures => ({
  issued: 206,
  completed: 190,
  procedures: 178,
  noShows: 13,
  waitP50Seconds: 420,
  waitP90Seconds: 1_500,
  servedWithinTargetShare: 0.94,
  noShowRate: 0.06,
  ratings: 138,
  satisfiedShare: 0.85,
  ratingMean: 3.2,
  outageMinutes: 30,
  lostCounterMinutes: 60,
  ...over,
});
const vi = (totals: ReportFigures, previous: ReportFigures) =>
  reportTiles(totals, previous, 900, catalogueVi, createFormatters('vi'));

describe('reportTiles', () => {
  it('says each figure and its change since the week before in Vietnamese', () => {
    const tiles = vi(
      figures({ procedures: 2_034 }),
      figures({
        procedures: 1_800,
        waitP50Seconds: 600,
        servedWithinTargetShare: 0.9,
        outageMinutes: 0,
      }),
    );
    const byId = new Map(tiles.map((t) => [t.id, t]));
    expect(byId.get('procedures')).toMatchObject({
      value: '2.034',
      detail: '206 lượt lấy số',
      change: { tone: 'better', text: 'tăng 234 (+13%) so với tuần trước' },
    });
    expect(byId.get('wait')).toMatchObject({
      value: '7 phút',
      detail: '9/10 số người chờ dưới 25 phút',
      change: { tone: 'better', text: 'giảm 3 phút so với tuần trước' },
    });
    expect(byId.get('within-target')).toMatchObject({
      label: 'Được gọi trong vòng 15 phút',
      value: '94%',
      change: { text: 'tăng 4 điểm % so với tuần trước' },
    });
    expect(byId.get('outage')).toMatchObject({
      value: '30 phút',
      detail: '1 giờ thời gian làm việc của các quầy bị mất',
      change: { direction: 'up', tone: 'worse', text: 'tăng 30 phút so với tuần trước' },
    });
    expect(byId.get('no-shows')!.change.text).toBe('không đổi so với tuần trước');
  });

  it('says "chưa có" where nothing was measured and when the week before has no figure', () => {
    const tiles = vi(
      figures({ waitP50Seconds: null, waitP90Seconds: null }),
      figures({ satisfiedShare: null }),
    );
    const byId = new Map(tiles.map((t) => [t.id, t]));
    expect(byId.get('wait')).toMatchObject({ value: 'chưa có', dataValue: '' });
    expect(byId.get('satisfaction')!.change).toMatchObject({
      direction: 'none',
      text: 'tuần trước chưa có số liệu',
    });
  });

  it('speaks English when asked', () => {
    const tiles = reportTiles(
      figures(),
      figures({ procedures: 200 }),
      900,
      catalogueEn,
      createFormatters('en'),
    );
    expect(tiles[0]!.change.text).toBe('down 22 (−11%) vs the week before');
  });
});
