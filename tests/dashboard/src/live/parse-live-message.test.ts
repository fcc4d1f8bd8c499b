import { describe, expect, it } from 'vitest';
import { parseLiveMessage } from '../../../../dashboard/src/live/parse-live-message.js';

const TS = Date.UTC(2026, 10, 27, 7, 0, 0);
const sample = {
  ts: TS,
  site: 'binh-xuyen',
  measurement: 'link',
  target: 'gateway',
  probe: 'icmp',
  fields: { up: 1, rtt_ms: 1.2 },
};
const queue = {
  site: 'binh-xuyen',
  demo: true,
  asOfMs: TS,
  fields: [
    { field: 'chung-thuc', name: 'Chứng thực', waiting: 3, serving: 1, oldestWaitingSinceMs: TS },
  ],
  counters: [
    { counter: '1', name: 'Quầy 1', state: 'serving', ticket: 'A001', sinceMs: TS, servedToday: 4 },
  ],
  totals: { waiting: 3, serving: 1, servedToday: 12, issuedToday: 16 },
};

const verdict = {
  code: 'partial_down',
  targets: ['router'],
  text: {
    vi: { summary: 'Một số điểm kiểm tra không trả lời: router', action: 'Kiểm tra thiết bị' },
    en: { summary: 'Some checks get no answer: router', action: 'Check these devices' },
  },
};
const linkState = {
  target: 'router',
  name: 'router',
  role: null,
  state: 'down',
  sinceMs: TS,
  lastRoundMs: TS + 10_000,
};
const openOutage = {
  site: 'binh-xuyen',
  target: 'router',
  startedMs: TS,
  endedMs: null,
  durationS: null,
  cause: 'partial_down',
  summary: { vi: verdict.text.vi.summary, en: verdict.text.en.summary },
};
const endedOutage = { ...openOutage, endedMs: TS + 20_000, durationS: 20 };

describe('parseLiveMessage', () => {
  it('reads a whole snapshot', () => {
    const frame = JSON.stringify({
      type: 'snapshot',
      atMs: TS,
      site: 'binh-xuyen',
      targets: [{ id: 'gateway', name: 'Cổng mạng', role: 'gateway', probe: 'icmp' }],
      latest: [sample],
      queue: [queue],
    });
    expect(parseLiveMessage(frame)).toEqual({
      ok: true,
      message: {
        type: 'snapshot',
        atMs: TS,
        site: 'binh-xuyen',
        targets: [{ id: 'gateway', name: 'Cổng mạng', role: 'gateway', probe: 'icmp' }],
        latest: [sample],
        queue: [queue],
      },
    });
  });

  it('reads the link health of a snapshot, and leaves out a malformed one', () => {
    const base = {
      type: 'snapshot',
      atMs: TS,
      site: 'binh-xuyen',
      targets: [],
      latest: [],
      queue: [],
    };
    const link = { site: 'binh-xuyen', targets: [linkState], verdict, openOutages: [openOutage] };
    const good = parseLiveMessage(JSON.stringify({ ...base, link }));
    expect(good.ok && good.message.type === 'snapshot' && good.message.link).toEqual(link);
    const bad = parseLiveMessage(JSON.stringify({ ...base, link: { ...link, verdict: 'ok' } }));
    expect(bad.ok && bad.message.type === 'snapshot' && 'link' in bad.message).toBe(false);
  });

  it.each([
    {
      case: 'a link message',
      message: { type: 'link', site: 'binh-xuyen', changed: [linkState], verdict },
    },
    {
      case: 'an outage that started',
      message: { type: 'outage', event: 'started', outage: openOutage },
    },
    {
      case: 'an outage whose cause settled',
      message: { type: 'outage', event: 'updated', outage: openOutage },
    },
    {
      case: 'an outage that ended',
      message: { type: 'outage', event: 'ended', outage: endedOutage },
    },
  ])('reads $case', ({ message }) => {
    expect(parseLiveMessage(JSON.stringify(message))).toEqual({ ok: true, message });
  });

  it('keeps the good states of a link message and drops the bad ones', () => {
    const parsed = parseLiveMessage(
      JSON.stringify({
        type: 'link',
        site: 'binh-xuyen',
        changed: [linkState, { state: 'up' }],
        verdict,
      }),
    );
    expect(parsed.ok && parsed.message.type === 'link' && parsed.message.changed).toEqual([
      linkState,
    ]);
  });

  it('drops the bad items of a snapshot and keeps the good ones', () => {
    const frame = JSON.stringify({
      type: 'snapshot',
      atMs: TS,
      site: 'binh-xuyen',
      targets: [{ id: 'isp' }, { name: 'no id' }],
      latest: [sample, { ...sample, ts: 'yesterday' }, { ...sample, fields: null }],
      queue: 'not a list',
    });
    const parsed = parseLiveMessage(frame);
    expect(parsed.ok && parsed.message.type === 'snapshot' && parsed.message).toMatchObject({
      targets: [{ id: 'isp', name: 'isp', role: 'internet', probe: '' }],
      latest: [sample],
      queue: [],
    });
  });

  it('reads a batch of samples, dropping the invalid ones', () => {
    const frame = JSON.stringify({ type: 'samples', samples: [sample, { ...sample, ts: 'now' }] });
    expect(parseLiveMessage(frame)).toEqual({
      ok: true,
      message: { type: 'samples', samples: [sample] },
    });
  });

  it('keeps only the numeric fields of a sample', () => {
    const parsed = parseLiveMessage(
      JSON.stringify({ type: 'sample', sample: { ...sample, fields: { up: 1, note: 'x' } } }),
    );
    expect(parsed).toEqual({
      ok: true,
      message: { type: 'sample', sample: { ...sample, fields: { up: 1 } } },
    });
  });

  it('treats a queue without an explicit demo: false as demo data', () => {
    const withoutDemo: Partial<typeof queue> = { ...queue };
    delete withoutDemo.demo;
    const parsed = parseLiveMessage(JSON.stringify({ type: 'state', queue: withoutDemo }));
    expect(parsed.ok && parsed.message.type === 'state' && parsed.message.queue.demo).toBe(true);
  });

  it.each([
    { case: 'binary data', frame: new ArrayBuffer(4), problem: 'frame is not text' },
    { case: 'an HTML error page', frame: '<html>502</html>', problem: 'frame is not JSON' },
    { case: 'an object without type', frame: '{"sample":{}}', problem: 'message has no "type"' },
    { case: 'a JSON array', frame: '[1,2]', problem: 'message has no "type"' },
    {
      case: 'a snapshot without time',
      frame: '{"type":"snapshot","site":"x"}',
      problem: 'snapshot lacks',
    },
    { case: 'a sample without sample', frame: '{"type":"sample"}', problem: 'no valid sample' },
    {
      case: 'a state without totals',
      frame: '{"type":"state","queue":{"site":"x"}}',
      problem: 'no valid queue snapshot',
    },
    { case: 'a kind with no view yet', frame: '{"type":"event"}', problem: 'unhandled' },
    {
      case: 'a link message without a verdict',
      frame: JSON.stringify({ type: 'link', site: 'binh-xuyen', changed: [linkState] }),
      problem: 'valid "verdict"',
    },
    {
      case: 'a link message without a site',
      frame: JSON.stringify({ type: 'link', changed: [], verdict }),
      problem: 'lacks "site"',
    },
    {
      case: 'an outage message without outage',
      frame: '{"type":"outage","event":"started"}',
      problem: 'valid "outage"',
    },
    {
      case: 'an outage message of an unknown event',
      frame: JSON.stringify({ type: 'outage', event: 'paused', outage: openOutage }),
      problem: 'known "event"',
    },
    {
      case: 'an "ended" outage without an end',
      frame: JSON.stringify({ type: 'outage', event: 'ended', outage: openOutage }),
      problem: 'does not fit',
    },
    {
      case: 'a "started" outage that has ended',
      frame: JSON.stringify({ type: 'outage', event: 'started', outage: endedOutage }),
      problem: 'does not fit',
    },
  ])('sets aside $case', ({ frame, problem }) => {
    const parsed = parseLiveMessage(frame);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toContain(problem);
  });
});
