import { describe, expect, it } from 'vitest';
import { formatDurationS } from '../../../../dashboard/src/i18n/duration.js';
import { catalogueEn } from '../../../../dashboard/src/i18n/catalogue-en.js';
import { catalogueVi } from '../../../../dashboard/src/i18n/catalogue-vi.js';

describe('formatDurationS', () => {
  it.each([
    { durationS: 0, vi: '0 giây', en: '0 s' },
    { durationS: 0.4, vi: '0 giây', en: '0 s' },
    { durationS: -5, vi: '0 giây', en: '0 s' },
    { durationS: 45, vi: '45 giây', en: '45 s' },
    { durationS: 60, vi: '1 phút', en: '1 min' },
    { durationS: 200, vi: '3 phút 20 giây', en: '3 min 20 s' },
    { durationS: 199.6, vi: '3 phút 20 giây', en: '3 min 20 s' },
    { durationS: 3_600, vi: '1 giờ', en: '1 h' },
    // Seconds no longer matter past an hour: the two largest units only.
    { durationS: 3_929, vi: '1 giờ 5 phút', en: '1 h 5 min' },
    { durationS: 3_605, vi: '1 giờ', en: '1 h' },
    { durationS: 86_400 * 2 + 3 * 3_600 + 125, vi: '2 ngày 3 giờ', en: '2 d 3 h' },
  ])('says $durationS s as "$vi" and "$en"', ({ durationS, vi, en }) => {
    expect(formatDurationS(durationS, catalogueVi)).toBe(vi);
    expect(formatDurationS(durationS, catalogueEn)).toBe(en);
  });
});
