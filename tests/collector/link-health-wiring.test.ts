import { afterEach, describe, expect, it } from 'vitest';
import type { OutagesResponse } from '../../contracts/link-health.js';
import type { LiveServerMessage } from '../../contracts/live.js';
import type { RunningCollector } from '../../collector/main.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../support/collector.js';
import { LiveClient } from '../support/live-client.js';

let collector: RunningCollector | undefined;
let client: LiveClient | undefined;
afterEach(async () => {
  client?.close();
  await collector?.close();
  collector = client = undefined;
});

const T0 = Date.now() - 60_000;
const round = (i: number, up: 0 | 1) => ({
  ts: T0 + i * 10_000,
  site: 'test-centre',
  measurement: 'link',
  target: 'router',
  probe: 'tcp',
  fields: up ? { up, rtt_ms: 2 } : { up },
});

describe('link health in the collector', () => {
  it('turns posted rounds into an outage on the live stream and in /api/v1/outages', async () => {
    collector = await startTestCollector(newDataDir());
    client = await LiveClient.connect(collector.url);
    const rounds = [round(0, 1), round(1, 1), round(2, 0), round(3, 0), round(4, 1), round(5, 1)];
    const response = await fetch(`${collector.url}/api/v1/samples`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify(rounds),
    });
    expect(response.status).toBe(202);
    const ended = await client.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'outage' }> =>
        m.type === 'outage' && m.event === 'ended',
    );
    expect(ended.outage).toMatchObject({
      target: 'router',
      startedMs: T0 + 20_000,
      endedMs: T0 + 40_000,
      durationS: 20,
    });
    const outages = (await (
      await fetch(`${collector.url}/api/v1/outages`)
    ).json()) as OutagesResponse;
    expect(outages.outages).toEqual([ended.outage]);
    const bad = await fetch(`${collector.url}/api/v1/outages?from=yesterday`);
    expect(bad.status).toBe(400);
  });
});
