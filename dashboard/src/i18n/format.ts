import type { Language } from './language.js';

/** The centre's time zone: times are shown as the staff read them on the wall clock (UTC+7). */
export const CENTRE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** BCP 47 locale of each language: Vietnamese style is `32.534` and `12,3`. */
const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Number and time formatting of one language, always in the centre's time zone. */
export interface Formatters {
  /** A latency such as `12,3 ms` (one decimal). */
  latencyMs(valueMs: number): string;
  /** A whole count such as `32.534`. */
  count(value: number): string;
  /** A number with one decimal such as `3,4`. */
  oneDecimal(value: number): string;
  /** A share from 0 to 1 as a whole percentage such as `82%`. */
  percent(share: number): string;
  /** A clock time such as `14:05:09`, from epoch ms. */
  time(epochMs: number): string;
  /** A short clock time such as `14:05` for chart ticks, from epoch ms. */
  timeShort(epochMs: number): string;
  /** A label of a time axis: `14:05`, or the day `27/11` at midnight in the centre. */
  timeTick(epochMs: number): string;
  /** A bit rate in SI units such as `12,3 Mbit/s`, `850 kbit/s`. */
  bitRate(bitsPerSecond: number): string;
  /** A date and time such as `27/11/2026 14:05`, from epoch ms. */
  dateTime(epochMs: number): string;
  /**
   * When something happened, as short as it can be read without doubt: `14:05` on the day of
   * `nowMs` (both in the centre's time zone), `26/11/2026 14:05` on another day.
   */
  moment(epochMs: number, nowMs: number): string;
}

/**
 * Builds the formatters of a language. The Intl objects are costly to create (the first of a page
 * 50–200 ms, each later one about 0.5 ms): elements take the shared ones of {@link formattersFor}.
 */
export function createFormatters(language: Language): Formatters {
  const locale = LOCALES[language];
  const decimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: CENTRE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const timeShort = new Intl.DateTimeFormat(locale, {
    timeZone: CENTRE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone: CENTRE_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const dayMonth = new Intl.DateTimeFormat(locale, {
    timeZone: CENTRE_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
  });
  const rate = (digits: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const rateDecimal = rate(1);
  const rateWhole = rate(0);
  return {
    timeTick(epochMs) {
      const short = timeShort.format(epochMs);
      if (short !== '00:00') return short;
      // vi-VN writes `27-11`; staff write `27/11`, as in the dates elsewhere.
      const parts = dayMonth.formatToParts(epochMs);
      const part = (type: Intl.DateTimeFormatPartTypes) =>
        parts.find((p) => p.type === type)?.value ?? '';
      return `${part('day')}/${part('month')}`;
    },
    bitRate(bitsPerSecond) {
      const units = ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s'] as const;
      let value = Math.max(0, bitsPerSecond);
      let unit = 0;
      while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
      }
      // One decimal while it says something (12,3 Mbit/s), whole numbers from 100 up and for bits.
      const digits = value < 100 && unit > 0 && value !== 0 ? rateDecimal : rateWhole;
      return `${digits.format(value)} ${units[unit]}`;
    },
    // A plain space, as staff type it; the elements keep the value on one line with CSS.
    latencyMs: (valueMs) => `${decimal.format(valueMs)} ms`,
    count: (value) => whole.format(value),
    oneDecimal: (value) => decimal.format(value),
    percent: (share) => percent.format(share),
    time: (epochMs) => time.format(epochMs),
    timeShort: (epochMs) => timeShort.format(epochMs),
    // vi-VN puts the time first ("14:05 27/11/2026"); staff write the date first.
    dateTime: (epochMs) => joinDateTime(dateTime.formatToParts(epochMs)),
    moment(epochMs, nowMs) {
      const at = joinDateTime(dateTime.formatToParts(epochMs));
      const today = joinDateTime(dateTime.formatToParts(nowMs));
      // `dd/mm/yyyy hh:mm`: the first ten characters are the day.
      return at.slice(0, 10) === today.slice(0, 10) ? at.slice(11) : at;
    },
  };
}

// A cache, not state: its values never change, and every element would build the same ones.
const sharedFormatters = new Map<Language, Readonly<Formatters>>();

/**
 * The formatters of a language, built once per page and shared by every element that shows
 * numbers or times. The Connectivity view alone has some 25 such elements (20 charts), and each
 * built its own nine Intl objects.
 */
export function formattersFor(language: Language): Readonly<Formatters> {
  let formatters = sharedFormatters.get(language);
  if (!formatters) {
    formatters = Object.freeze(createFormatters(language));
    sharedFormatters.set(language, formatters);
  }
  return formatters;
}

/** `dd/mm/yyyy hh:mm` from the parts of a date-time format, whatever order the locale uses. */
function joinDateTime(parts: Intl.DateTimeFormatPart[]): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}
