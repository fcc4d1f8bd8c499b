import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { Forwarder, Outbox, SinkError, type LineSink } from '../../../collector/forward/index.js';
import { Recorder } from '../../../collector/recorder/index.js';
import { newDataDir } from '../../support/collector.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27, 3, 0, 0);
const open: Recorder[] = [];
afterEach(() => open.splice(0).forEach((recorder) => recorder.close()));

// A sink of our own interface that never reaches InfluxDB: the state under test is the outbox's.
const unreachable: LineSink = {
  description: 'unreachable test sink',
  write: () => Promise.reject(new SinkError('unavailable', 'connection refused')),
  ensureTarget: () => Promise.resolve(),
};

function forwarderWithBacklogAged(days: number): Forwarder {
  const recorder = new Recorder(newDataDir(), () => NOW);
  open.push(recorder);
  recorder.recordSamples([
    {
      ts: NOW - days * DAY,
      site: 's',
      measurement: 'link',
      target: 't',
      probe: 'tcp',
      fields: { up: 1 },
    },
  ]);
  return new Forwarder({
    outbox: new Outbox(recorder.database, () => NOW),
    sink: unreachable,
    logger: pino({ level: 'silent' }),
    clock: () => NOW,
  });
}

describe('the forwarder status', () => {
  it.each([
    [1, null],
    [8, expect.stringMatching(/has not received data for 8 days/) as string],
  ])('with a backlog %i days old raises the alarm %o', (days, alarm) => {
    const status = forwarderWithBacklogAged(days).status();
    expect(status.backlog).toBe(1);
    expect(status.backlogAgeSeconds).toBe(days * 86_400);
    expect(status.alarm).toEqual(alarm);
  });
});
