import { afterEach, describe, expect, it } from 'vitest';
import type { CounterEvent } from '../../../contracts/event.js';
import type { Sample } from '../../../contracts/sample.js';
import { Recorder } from '../../../collector/recorder/index.js';
import { newDataDir } from '../../support/collector.js';

const T0 = Date.UTC(2026, 10, 27, 1, 0, 0);
const open: Recorder[] = [];
afterEach(() => open.splice(0).forEach((recorder) => recorder.close()));

function openRecorder(dataDir: string): Recorder {
  const recorder = new Recorder(dataDir, () => T0);
  open.push(recorder);
  return recorder;
}

function linkSample(target: string, ts: number, rttMs: number | undefined): Sample {
  return {
    ts,
    site: 'binh-xuyen',
    measurement: 'link',
    target,
    probe: 'tcp',
    fields: rttMs === undefined ? { up: 0 } : { up: 1, rtt_ms: rttMs },
  };
}

describe('Recorder', () => {
  it('keeps samples in the SQLite file across a reopen', () => {
    const dataDir = newDataDir();
    const first = openRecorder(dataDir);
    first.recordSamples([linkSample('gateway', T0, 1.5), linkSample('gateway', T0 + 10_000, 2.5)]);
    first.close();
    open.splice(0);
    const second = openRecorder(dataDir);
    expect(
      second.querySeries({
        measurement: 'link',
        field: 'rtt_ms',
        fromMs: T0,
        toMs: T0 + 60_000,
        stepMs: 0,
      }),
    ).toEqual([
      {
        labels: {
          site: 'binh-xuyen',
          measurement: 'link',
          target: 'gateway',
          probe: 'tcp',
          field: 'rtt_ms',
        },
        points: [
          [T0, 1.5],
          [T0 + 10_000, 2.5],
        ],
      },
    ]);
  });

  it('leaves out samples without the field and averages per step', () => {
    const recorder = openRecorder(newDataDir());
    recorder.recordSamples([
      linkSample('isp', T0, 10),
      linkSample('isp', T0 + 10_000, undefined),
      linkSample('isp', T0 + 20_000, 20),
      linkSample('isp', T0 + 60_000, 40),
    ]);
    const query = {
      measurement: 'link',
      field: 'rtt_ms',
      target: 'isp',
      fromMs: T0,
      toMs: T0 + 120_000,
    };
    expect(recorder.querySeries({ ...query, stepMs: 0 })[0]!.points).toEqual([
      [T0, 10],
      [T0 + 20_000, 20],
      [T0 + 60_000, 40],
    ]);
    expect(recorder.querySeries({ ...query, stepMs: 60_000 })[0]!.points).toEqual([
      [T0, 15],
      [T0 + 60_000, 40],
    ]);
  });

  it('filters by tag and returns the latest sample of each series', () => {
    const recorder = openRecorder(newDataDir());
    recorder.recordSamples([
      linkSample('a', T0, 1),
      linkSample('b', T0, 2),
      linkSample('a', T0 + 1000, 3),
    ]);
    const onlyB = recorder.querySeries({
      measurement: 'link',
      field: 'rtt_ms',
      target: 'b',
      fromMs: T0,
      toMs: T0 + 5000,
      stepMs: 0,
    });
    expect(onlyB.map((s) => s.labels.target)).toEqual(['b']);
    expect(recorder.latestSamples().map((s) => [s.target, s.fields.rtt_ms])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });

  it('counts an event id once, and keeps events for the next start', () => {
    const dataDir = newDataDir();
    const recorder = openRecorder(dataDir);
    const issued: CounterEvent = {
      id: 'k-1',
      ts: T0,
      site: 'binh-xuyen',
      type: 'ticket.issued',
      ticket: 'A001',
      field: 'chung-thuc',
    };
    const called: CounterEvent = {
      id: 'k-2',
      ts: T0 + 60_000,
      site: 'binh-xuyen',
      type: 'ticket.called',
      ticket: 'A001',
      counter: '3',
    };
    expect(recorder.recordEvents([issued, called]).duplicates).toBe(0);
    const again = recorder.recordEvents([called, { ...issued, ts: T0 + 5 }]);
    expect(again).toEqual({ accepted: [], duplicates: 2 });
    expect(recorder.eventsSince(T0)).toEqual([issued, called]);
    expect(recorder.eventsSince(T0 + 1)).toEqual([called]);
  });

  it('records a resent sample (same series and time) once', () => {
    const recorder = openRecorder(newDataDir());
    recorder.recordSamples([linkSample('gw', T0, 1), linkSample('gw', T0 + 1000, 2)]);
    recorder.recordSamples([linkSample('gw', T0, 1), linkSample('gw', T0 + 2000, 3)]);
    const points = recorder.querySeries({
      measurement: 'link',
      field: 'rtt_ms',
      fromMs: T0,
      toMs: T0 + 5000,
      stepMs: 0,
    });
    expect(points[0]!.points).toEqual([
      [T0, 1],
      [T0 + 1000, 2],
      [T0 + 2000, 3],
    ]);
  });

  it('writes nothing of a batch that fails half way', () => {
    const recorder = openRecorder(newDataDir());
    const bad = { ...linkSample('x', T0, 1), fields: undefined } as unknown as Sample;
    expect(() => recorder.recordSamples([linkSample('x', T0, 1), bad])).toThrow();
    recorder.recordSamples([linkSample('y', T0, 5)]);
    const all = recorder.querySeries({
      measurement: 'link',
      field: 'rtt_ms',
      fromMs: T0,
      toMs: T0 + 1,
      stepMs: 0,
    });
    expect(all.map((s) => s.labels.target)).toEqual(['y']);
  });
});
