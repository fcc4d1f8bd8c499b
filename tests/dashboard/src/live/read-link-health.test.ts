import { describe, expect, it } from 'vitest';
import {
  readLinkHealthSnapshot,
  readOutage,
  readTargetLinkState,
  readVerdict,
  readVerdictCode,
} from '../../../../dashboard/src/live/read-link-health.js';

const T0 = Date.UTC(2026, 10, 27, 7, 0, 0);
const text = {
  vi: { summary: 'Mất kết nối Internet: lỗi phía nhà mạng', action: 'Gọi tổng đài' },
  en: { summary: "Internet down on the ISP's side", action: 'Call the ISP' },
};
const verdict = { code: 'isp_down', targets: ['dns'], text };
const outage = {
  site: 'binh-xuyen',
  target: 'dns',
  startedMs: T0,
  endedMs: T0 + 200_000,
  durationS: 200,
  cause: 'isp_down',
  summary: { vi: text.vi.summary, en: text.en.summary },
};
const state = {
  target: 'dns',
  name: 'DNS nhà mạng',
  role: 'dns',
  state: 'down',
  sinceMs: T0,
  lastRoundMs: T0 + 30_000,
};

describe('readVerdictCode', () => {
  it.each([
    { value: 'all_ok', code: 'all_ok' },
    { value: 'portal_down:dvc', code: 'portal_down:dvc' },
    // A newer collector's code still says something is wrong; its sentences are shown as sent.
    { value: 'satellite_down', code: 'partial_down' },
    { value: 'portal_down:', code: 'partial_down' },
    { value: '', code: null },
    { value: 42, code: null },
    { value: undefined, code: null },
  ])('reads $value as $code', ({ value, code }) => {
    expect(readVerdictCode(value)).toBe(code);
  });
});

describe('readVerdict', () => {
  it('reads a whole verdict', () => {
    expect(readVerdict(verdict)).toEqual(verdict);
  });

  it('lends one language the sentences of the other, and drops odd target slugs', () => {
    expect(readVerdict({ code: 'dns_down', targets: ['dns', 7], text: { vi: text.vi } })).toEqual({
      code: 'dns_down',
      targets: ['dns'],
      text: { vi: text.vi, en: text.vi },
    });
  });

  it.each([
    { case: 'no code', value: { ...verdict, code: undefined } },
    { case: 'no text', value: { ...verdict, text: undefined } },
    { case: 'no sentence at all', value: { ...verdict, text: { vi: { action: 'x' } } } },
    { case: 'an empty summary', value: { ...verdict, text: { vi: { summary: '' } } } },
    { case: 'a list', value: [verdict] },
  ])('refuses a verdict with $case', ({ value }) => {
    expect(readVerdict(value)).toBeNull();
  });
});

describe('readTargetLinkState', () => {
  it('reads a whole state', () => {
    expect(readTargetLinkState(state)).toEqual(state);
  });

  it.each([
    {
      case: 'an unconfigured target (no name, no role, no times yet)',
      value: { target: 'router', state: 'unknown' },
      read: {
        target: 'router',
        name: 'router',
        role: null,
        state: 'unknown',
        sinceMs: null,
        lastRoundMs: null,
      },
    },
    {
      case: 'a state this build does not know',
      value: { ...state, state: 'flapping' },
      read: { ...state, state: 'unknown' },
    },
    {
      case: 'a time that is not a number',
      value: { ...state, sinceMs: '08:00' },
      read: { ...state, sinceMs: null },
    },
  ])('reads $case', ({ value, read }) => {
    expect(readTargetLinkState(value)).toEqual(read);
  });

  it.each([{ target: '' }, { name: 'no slug' }, null, 'dns'])('refuses %j', (value) => {
    expect(readTargetLinkState(value)).toBeNull();
  });
});

describe('readOutage', () => {
  it('reads an ended outage', () => {
    expect(readOutage(outage)).toEqual(outage);
  });

  it.each([
    {
      case: 'an open outage',
      value: { ...outage, endedMs: null, durationS: null },
      read: { ...outage, endedMs: null, durationS: null },
    },
    {
      case: 'an ended outage without its duration',
      value: { ...outage, durationS: undefined },
      read: outage,
    },
    {
      case: 'an end before the start, as still open',
      value: { ...outage, endedMs: T0 - 1 },
      read: { ...outage, endedMs: null, durationS: null },
    },
    {
      case: 'a cause in one language only',
      value: { ...outage, summary: { en: 'ISP down' } },
      read: { ...outage, summary: { vi: 'ISP down', en: 'ISP down' } },
    },
    {
      case: 'no cause code',
      value: { ...outage, cause: null },
      read: { ...outage, cause: 'partial_down' },
    },
  ])('reads $case', ({ value, read }) => {
    expect(readOutage(value)).toEqual(read);
  });

  it.each([
    { case: 'no start', value: { ...outage, startedMs: undefined } },
    { case: 'a start that is text', value: { ...outage, startedMs: '2026-11-27' } },
    { case: 'no target', value: { ...outage, target: '' } },
    { case: 'no site', value: { ...outage, site: 3 } },
    { case: 'no summary', value: { ...outage, summary: undefined } },
    { case: 'an empty summary object', value: { ...outage, summary: {} } },
  ])('refuses an outage with $case', ({ value }) => {
    expect(readOutage(value)).toBeNull();
  });
});

describe('readLinkHealthSnapshot', () => {
  const open = { ...outage, endedMs: null, durationS: null };

  it('reads states, verdict and open outages, dropping the bad items one by one', () => {
    const snapshot = readLinkHealthSnapshot({
      site: 'binh-xuyen',
      targets: [state, { name: 'no slug' }],
      verdict,
      openOutages: [open, { ...open, startedMs: 'x' }, outage],
    });
    expect(snapshot).toEqual({
      site: 'binh-xuyen',
      targets: [state],
      verdict,
      // An ended outage has no place among the open ones.
      openOutages: [open],
    });
  });

  it.each([
    { case: 'no site', value: { targets: [], verdict, openOutages: [] } },
    { case: 'no valid verdict', value: { site: 'x', targets: [], verdict: {}, openOutages: [] } },
    { case: 'not an object', value: 'link' },
  ])('is left out with $case', ({ value }) => {
    expect(readLinkHealthSnapshot(value)).toBeNull();
  });
});
