import { describe, expect, it } from 'vitest';
import { createFormatters, formattersFor } from '../../../../dashboard/src/i18n/format.js';

// 27 Nov 2026 07:05:09 UTC is 14:05:09 at the centre (UTC+7), whatever the test machine's zone.
const AT_MS = Date.UTC(2026, 10, 27, 7, 5, 9);

describe('createFormatters', () => {
  const vi = createFormatters('vi');
  const en = createFormatters('en');

  it.each([
    { valueMs: 12.34, vi: '12,3 ms', en: '12.3 ms' },
    { valueMs: 0.45, vi: '0,5 ms', en: '0.5 ms' },
    { valueMs: 1234.5, vi: '1.234,5 ms', en: '1,234.5 ms' },
    { valueMs: 42, vi: '42,0 ms', en: '42.0 ms' },
  ])('formats a latency of $valueMs ms as "$vi" and "$en"', ({ valueMs, vi: inVi, en: inEn }) => {
    expect(vi.latencyMs(valueMs)).toBe(inVi);
    expect(en.latencyMs(valueMs)).toBe(inEn);
  });

  it('formats counts in Vietnamese style', () => {
    expect(vi.count(32534)).toBe('32.534');
    expect(vi.count(7)).toBe('7');
    expect(en.count(32534)).toBe('32,534');
  });

  it('shows times on the centre clock (Asia/Ho_Chi_Minh)', () => {
    expect(vi.time(AT_MS)).toBe('14:05:09');
    expect(vi.timeShort(AT_MS)).toBe('14:05');
    expect(en.time(AT_MS)).toBe('14:05:09');
  });

  it('writes the date first, as staff do', () => {
    expect(vi.dateTime(AT_MS)).toBe('27/11/2026 14:05');
    expect(en.dateTime(AT_MS)).toBe('27/11/2026 14:05');
  });

  it('rolls the date over at midnight of the centre, not of UTC', () => {
    expect(vi.dateTime(Date.UTC(2026, 10, 27, 17, 30))).toBe('28/11/2026 00:30');
  });

  it.each([
    { case: 'earlier today', atMs: AT_MS - 3_600_000, moment: '13:05' },
    {
      case: 'just after midnight of the centre',
      atMs: Date.UTC(2026, 10, 26, 17, 1),
      moment: '00:01',
    },
    // 23:59 on the 26th at the centre is 16:59 UTC, still "today" in UTC: the centre's day decides.
    { case: 'yesterday, late', atMs: Date.UTC(2026, 10, 26, 16, 59), moment: '26/11/2026 23:59' },
  ])('says when something happened $case as "$moment"', ({ atMs, moment }) => {
    expect(vi.moment(atMs, AT_MS)).toBe(moment);
    expect(en.moment(atMs, AT_MS)).toBe(moment);
  });
});

describe('shares and decimals', () => {
  it('formats a share as a whole percentage and a mean with one decimal comma', () => {
    const vi = createFormatters('vi');
    expect(vi.percent(0.823)).toBe('82%');
    expect(vi.oneDecimal(3.45)).toBe('3,5');
    expect(createFormatters('en').oneDecimal(3.45)).toBe('3.5');
  });
});

describe('formattersFor', () => {
  it('gives every element the same formatters of a language, and each language its own', () => {
    expect(formattersFor('vi')).toBe(formattersFor('vi'));
    expect(formattersFor('en')).not.toBe(formattersFor('vi'));
    expect(formattersFor('en').count(32_534)).toBe(createFormatters('en').count(32_534));
  });
});
