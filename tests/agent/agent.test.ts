import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Spool, startAgent, type RunningAgent } from '../../agent/index.js';
import type { RunningCollector } from '../../collector/main.js';
import type { Sample } from '../../contracts/sample.js';
import { newDataDir, startTestCollector } from '../support/collector.js';
import { freePort } from '../support/free-port.js';
import { waitUntil } from '../support/wait.js';
import {
  AGENT_SITE,
  TEST_TOKEN,
  capturingLogger,
  recordedTimestamps,
  recordingOrder,
  startFastAgent,
  startTcpTarget,
} from './harness.js';

let target: Awaited<ReturnType<typeof startTcpTarget>>;
/** Everything a test started, stopped after it whatever happened. */
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  target = await startTcpTarget();
});
afterAll(() => target.close());
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function collectorOn(dataDir: string, port?: number): Promise<RunningCollector> {
  const collector = await startTestCollector(dataDir, port === undefined ? {} : { port });
  let closed = false;
  cleanups.push(async () => {
    if (!closed) await collector.close();
  });
  return {
    ...collector,
    close: async () => {
      closed = true;
      await collector.close();
    },
  };
}

function track(agent: RunningAgent): RunningAgent {
  cleanups.push(() => agent.stop());
  return agent;
}

const timestamps = (samples: readonly Sample[]): number[] => samples.map((sample) => sample.ts);

describe('agent', () => {
  it('sends the samples of its targets to the collector, with the site of its config', async () => {
    const collector = await collectorOn(newDataDir());
    const { agent, produced } = await startFastAgent(
      { collectorUrl: collector.url, dataDir: newDataDir() },
      target.url,
    );
    track(agent);
    await waitUntil('three samples at the collector', async () => {
      return (await recordedTimestamps(collector.url, 'counter-pc')).length >= 3;
    });
    const recorded = await recordedTimestamps(collector.url, 'counter-pc');
    expect(recorded).toEqual(timestamps(produced).slice(0, recorded.length));
    expect(produced[0]).toMatchObject({ site: AGENT_SITE, probe: 'tcp', fields: { up: 1 } });
  });

  it('spools while the collector is down and resends every sample in order, once, when it is back', async () => {
    const collectorDir = newDataDir();
    let collector = await collectorOn(collectorDir);
    const { port, url } = collector;
    const { agent, produced } = await startFastAgent(
      { collectorUrl: url, dataDir: newDataDir() },
      target.url,
    );
    track(agent);
    await waitUntil('the first samples at the collector', async () => {
      return (await recordedTimestamps(url, 'counter-pc')).length >= 2;
    });

    // Outage: several rounds and several failed attempts with the collector gone.
    await collector.close();
    const downFrom = produced.length;
    const failedBefore = agent.stats().failedAttempts;
    await waitUntil('rounds and retries while the collector is down', () => {
      return produced.length - downFrom >= 6 && agent.stats().failedAttempts - failedBefore >= 3;
    });
    const producedWhileDown = timestamps(produced.slice(downFrom));
    expect(agent.stats().spooledSamples).toBeGreaterThanOrEqual(producedWhileDown.length);

    // Back on the same port and data directory.
    collector = await collectorOn(collectorDir, port);
    await waitUntil('every sample of the outage at the collector', async () => {
      const recorded = new Set(await recordedTimestamps(url, 'counter-pc'));
      return producedWhileDown.every((ts) => recorded.has(ts));
    });
    await agent.stop();
    await collector.close();

    const order = recordingOrder(collectorDir, 'counter-pc');
    expect(new Set(order).size).toBe(order.length); // no duplicates
    const producedTs = timestamps(produced);
    // Recorded in the order produced: the recorded ones are a prefix of what the agent produced.
    expect(order).toEqual(producedTs.slice(0, order.length));
    expect(order).toEqual(expect.arrayContaining(producedWhileDown));
  });

  it('sends after a restart the samples it spooled before it was stopped', async () => {
    const agentDir = newDataDir();
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const first = await startFastAgent({ collectorUrl: nobody, dataDir: agentDir }, target.url);
    track(first.agent);
    await waitUntil('samples spooled with no collector', () => first.produced.length >= 4);
    await first.agent.stop();
    const spooledBefore = timestamps(first.produced);

    const collectorDir = newDataDir();
    const collector = await collectorOn(collectorDir);
    const second = await startFastAgent(
      { collectorUrl: collector.url, dataDir: agentDir },
      target.url,
    );
    track(second.agent);
    await waitUntil('the samples of the first run at the collector', async () => {
      const recorded = new Set(await recordedTimestamps(collector.url, 'counter-pc'));
      return spooledBefore.every((ts) => recorded.has(ts));
    });
    await second.agent.stop();
    await collector.close();
    const order = recordingOrder(collectorDir, 'counter-pc');
    // The first run's samples come first and in order, then the second run's, nothing twice.
    expect(order.slice(0, spooledBefore.length)).toEqual(spooledBefore);
    expect(order.slice(spooledBefore.length)).toEqual(
      timestamps(second.produced).slice(0, order.length - spooledBefore.length),
    );
  });

  it('keeps the newest samples within its bound, and counts and logs the dropped ones', async () => {
    const agentDir = newDataDir();
    const { logger, lines } = capturingLogger();
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const { agent, produced } = await startFastAgent(
      { collectorUrl: nobody, dataDir: agentDir, maxSpoolSamples: 5, logger },
      target.url,
    );
    track(agent);
    await waitUntil('drops under the bound', () => agent.stats().droppedSamples >= 6);
    await agent.stop();

    const spool = new Spool(agentDir, { maxSamples: 5 });
    try {
      expect(spool.oldest(100).map(({ sample }) => sample.ts)).toEqual(
        timestamps(produced).slice(-5),
      );
      expect(spool.droppedTotal).toBe(produced.length - 5);
    } finally {
      spool.close();
    }
    const messages = lines.map((line) => JSON.parse(line) as { msg: string; dropped?: number });
    expect(messages.filter(({ msg }) => msg.includes('80% full'))).toHaveLength(1);
    // The first drop is reported at once; the rest wait for the hourly report, or the stop.
    const reports = messages.filter(({ msg }) => msg.includes('oldest samples were dropped'));
    expect(reports).toHaveLength(2);
    expect(reports.reduce((sum, { dropped }) => sum + dropped!, 0)).toBe(produced.length - 5);
  });

  it('halves its batches when the collector finds them too large (413), and delivers them all', async () => {
    // The test centre accepts bodies of 64 KiB: 800 samples are about 100 KiB.
    const agentDir = newDataDir();
    const now = Date.now();
    const backlog: Sample[] = Array.from({ length: 800 }, (_, i) => ({
      ts: now - 600_000 + i * 100,
      site: AGENT_SITE,
      measurement: 'link',
      target: 'backlog',
      probe: 'tcp',
      fields: { up: 1, rtt_ms: 1.234 + i / 1000 },
    }));
    const spool = new Spool(agentDir);
    for (const sample of backlog) spool.append(sample);
    spool.close();

    const collectorDir = newDataDir();
    const collector = await collectorOn(collectorDir);
    const { logger, lines } = capturingLogger();
    const { agent } = await startFastAgent(
      { collectorUrl: collector.url, dataDir: agentDir, batchSize: 800, logger },
      undefined,
    );
    track(agent);
    await waitUntil('the whole backlog at the collector', () => agent.stats().sentSamples === 800);
    expect(lines.join('')).toContain('too large (HTTP 413)');
    expect(agent.stats().spooledSamples).toBe(0);
    await agent.stop();
    await collector.close();
    expect(recordingOrder(collectorDir, 'backlog')).toEqual(timestamps(backlog));
  });

  it('says the collector refused the token, keeps spooling, and never logs the token', async () => {
    const collector = await collectorOn(newDataDir());
    const { logger, lines } = capturingLogger();
    const wrongToken = 'not-the-ingest-token-42';
    const { agent } = await startFastAgent(
      { collectorUrl: collector.url, dataDir: newDataDir(), token: wrongToken, logger },
      target.url,
    );
    track(agent);
    await waitUntil('refused attempts', () => agent.stats().failedAttempts >= 3);
    expect(agent.stats().sentSamples).toBe(0);
    expect(agent.stats().spooledSamples).toBeGreaterThan(0);
    await agent.stop();
    const log = lines.join('');
    expect(log).toContain('the collector refused the token: check --token');
    expect(log).not.toContain(wrongToken);
    expect(log).not.toContain(TEST_TOKEN);
  });
});

/** A server that answers `POST /api/v1/samples` as told, and keeps every batch it was sent. */
async function startImitationCollector(
  answer: (request: IncomingMessage, body: string) => Promise<[number, string]>,
): Promise<{ url: string; batches: Sample[][]; close(): Promise<void> }> {
  const batches: Sample[][] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      batches.push(JSON.parse(body) as Sample[]);
      void answer(request, body).then(([status, text]) => {
        response.writeHead(status, { 'content-type': 'application/json' }).end(text);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    batches,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('agent against an imitation of the collector', () => {
  // The real collector answers 400 only to a batch that breaks the contract, which the agent
  // checks before spooling; so a small server answers 400 the way the collector does (same body
  // shape, from collector/http/validate.ts) to stand for a collector of another version.
  it('keeps a batch refused with 400 in the rejected store, with the error, and never resends it', async () => {
    const error = JSON.stringify({
      error: 'invalid samples: 1 problem(s); nothing was recorded, fix them and send again',
      details: [{ path: '[0].fields', message: 'must hold at least one field' }],
    });
    const imitation = await startImitationCollector(() => Promise.resolve([400, error]));
    cleanups.push(() => imitation.close());
    const agentDir = newDataDir();
    const { agent } = await startFastAgent(
      { collectorUrl: imitation.url, dataDir: agentDir },
      target.url,
    );
    track(agent);
    await waitUntil('three rejected samples', () => agent.stats().rejectedSamples >= 3);
    await agent.stop();

    const sent = imitation.batches.flat().map((sample) => sample.ts);
    expect(new Set(sent).size).toBe(sent.length); // none sent twice
    const spool = new Spool(agentDir);
    try {
      const rejected = spool.rejected();
      expect(rejected.map(({ sample }) => sample.ts)).toEqual(sent);
      expect(rejected[0]).toMatchObject({ status: 400, error });
      expect(spool.oldest(1000).map(({ sample }) => sample.ts)).not.toContain(sent[0]);
    } finally {
      spool.close();
    }
  });

  it('on stop, waits for the answer to the request in flight and acknowledges it', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const imitation = await startImitationCollector(async () => {
      await held;
      return [202, JSON.stringify({ accepted: 1 })];
    });
    cleanups.push(() => imitation.close());
    const agentDir = newDataDir();
    const agent = await startAgent({
      collectorUrl: imitation.url,
      token: TEST_TOKEN,
      site: AGENT_SITE,
      targets: [{ id: 'counter-pc', url: target.url, intervalSeconds: 0.2, timeoutMs: 1000 }],
      dataDir: agentDir,
      logger: pino({ level: 'silent' }),
      flushIntervalMs: 0,
    });
    track(agent);
    await waitUntil('a request in flight', () => imitation.batches.length === 1);
    let stopped = false;
    const stopping = agent.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false); // still waiting for the answer

    release();
    await stopping;

    const inFlight = imitation.batches[0]!.map((sample) => sample.ts);
    const spool = new Spool(agentDir);
    try {
      const left = spool.oldest(1000).map(({ sample }) => sample.ts);
      expect(left.filter((ts) => inFlight.includes(ts))).toEqual([]);
    } finally {
      spool.close();
    }
  });
});
