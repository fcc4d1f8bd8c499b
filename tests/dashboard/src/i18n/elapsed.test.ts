import { describe, expect, it } from 'vitest';
import { catalogueEn } from '../../../../dashboard/src/i18n/catalogue-en.js';
import { catalogueVi } from '../../../../dashboard/src/i18n/catalogue-vi.js';
import { formatElapsedClock, formatWaitMinutes } from '../../../../dashboard/src/i18n/elapsed.js';

describe('formatElapsedClock', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [5_000, '00:05'],
    [245_000, '04:05'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_845_000, '1:04:05'],
    [-3_000, '00:00'],
  ])('%i ms → %s', (elapsedMs, text) => {
    expect(formatElapsedClock(elapsedMs)).toBe(text);
  });
});

describe('formatWaitMinutes', () => {
  it.each([
    [0, 'dưới 1 phút', 'under 1 min'],
    [59, 'dưới 1 phút', 'under 1 min'],
    [60, '1 phút', '1 min'],
    [12 * 60 + 59, '12 phút', '12 min'],
    [3_600, '1 giờ', '1 h'],
    [3_900, '1 giờ 5 phút', '1 h 5 min'],
    [-30, 'dưới 1 phút', 'under 1 min'],
  ])('%i s → %s', (seconds, vi, en) => {
    expect(formatWaitMinutes(seconds, catalogueVi)).toBe(vi);
    expect(formatWaitMinutes(seconds, catalogueEn)).toBe(en);
  });
});
