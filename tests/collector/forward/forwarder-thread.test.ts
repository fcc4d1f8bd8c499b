import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { pulseConfigSchema, type PulseConfig } from '../../../config/schema.js';
import { ForwarderThread, Outbox } from '../../../collector/forward/index.js';
import { Recorder } from '../../../collector/recorder/index.js';
import { newDataDir } from '../../support/collector.js';
import { freePort } from '../../support/free-port.js';
import { waitUntil } from '../../support/wait.js';

/** A logger whose records are kept, to see what the thread reported through the main thread. */
function recordingLogger() {
  const records: { level: number; msg: string; thread?: string }[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => void records.push(JSON.parse(line) as (typeof records)[number]) },
  );
  return { logger, records };
}

const running: ForwarderThread[] = [];
const recorders: Recorder[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((thread) => thread.stop()));
  recorders.splice(0).forEach((recorder) => recorder.close());
});

async function influxSettings(): Promise<PulseConfig['influx']> {
  // A loopback port nobody listens on: every write is refused at once.
  const port = await freePort();
  return pulseConfigSchema.parse({ influx: { url: `http://127.0.0.1:${port}`, api: 'v1' } }).influx;
}

describe('the forwarder in its own thread', () => {
  it('reports its failures to the main thread: status, last error and log lines', async () => {
    const recorder = new Recorder(newDataDir());
    recorders.push(recorder);
    recorder.recordSamples([
      {
        ts: Date.now(),
        site: 's',
        measurement: 'link',
        target: 't',
        probe: 'tcp',
        fields: { up: 1 },
      },
    ]);
    const { logger, records } = recordingLogger();
    const thread = new ForwarderThread({
      databaseFile: recorder.databaseFile,
      influx: await influxSettings(),
      outbox: new Outbox(recorder.database),
      logger,
    });
    running.push(thread);
    thread.start();

    await waitUntil('the thread to report the refused write', () => {
      return thread.status().state === 'retrying';
    });
    expect(thread.status()).toMatchObject({ backlog: 1, delivered: 0 });
    expect(thread.status().lastError).toMatch(/cannot reach InfluxDB at http:\/\/127\.0\.0\.1/);
    await waitUntil('the thread to log through the main logger', () =>
      records.some((record) => record.thread === 'forwarder' && record.level === 40),
    );
    expect(records.find((record) => record.thread === 'forwarder')!.msg).toMatch(
      /the data stays in the outbox/,
    );
  });

  it('starts a thread that died again, and says so', async () => {
    // A file that is not the recorder's database: the thread fails as it starts.
    const notADatabase = join(newDataDir(), 'pulse.sqlite');
    writeFileSync(notADatabase, 'not sqlite');
    const recorder = new Recorder(newDataDir());
    recorders.push(recorder);
    const { logger, records } = recordingLogger();
    const thread = new ForwarderThread({
      databaseFile: notADatabase,
      influx: await influxSettings(),
      outbox: new Outbox(recorder.database),
      logger,
      restartDelayMs: 20,
    });
    running.push(thread);
    thread.start();

    await waitUntil('two restarts', () => {
      return (
        records.filter((record) => /forwarder thread stopped; restarting/.test(record.msg))
          .length >= 2
      );
    });
    expect(thread.status().state).toBe('retrying');
    expect(thread.status().lastError).toMatch(/^forwarder: /);
  });
});
