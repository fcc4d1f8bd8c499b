// Tests of `onestop-pulse agent` (cli/agent.ts). They live here rather than in tests/cli/ because
// this change was limited to tests/agent/; move them when convenient.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { agentCommand, parseTargetOption } from '../../cli/agent.js';
import { main } from '../../cli/main.js';
import type { SeriesResponse } from '../../contracts/api.js';
import type { RunningCollector } from '../../collector/main.js';
import { newDataDir, startTestCollector } from '../support/collector.js';
import { waitUntil } from '../support/wait.js';
import { TEST_TOKEN, recordedTimestamps, startTcpTarget } from './harness.js';

let target: Awaited<ReturnType<typeof startTcpTarget>>;
let collector: RunningCollector;

beforeAll(async () => {
  target = await startTcpTarget();
  collector = await startTestCollector(newDataDir());
});
afterAll(async () => {
  await collector.close();
  await target.close();
});
afterEach(() => vi.restoreAllMocks());

/** Runs the CLI and gives back its exit code and what it printed on stderr. */
async function run(args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  const code = await main(['agent', ...args], { PULSE_LOG_LEVEL: 'silent' });
  return { code, err: err.join('\n') };
}

describe('onestop-pulse agent', () => {
  it.each([
    [['--token', TEST_TOKEN, '--target', 'tcp://127.0.0.1:80'], '--collector URL is required'],
    [
      ['--collector', 'http://127.0.0.1:1', '--target', 'tcp://127.0.0.1:80'],
      '--token is required',
    ],
    [['--collector', 'http://127.0.0.1:1', '--token', TEST_TOKEN], 'nothing to probe'],
    [
      ['--collector', 'http://127.0.0.1:1', '--token', TEST_TOKEN, '--target', 'ftp://x'],
      'no probe for ftp://',
    ],
    [
      ['--collector', 'http://127.0.0.1:1', '--token', TEST_TOKEN, '--target', 'tcp://1.2.3.4'],
      'needs a port',
    ],
    [
      ['--collector', 'http://127.0.0.1:1', '--token', TEST_TOKEN, '--max-spool-samples', '0'],
      '--max-spool-samples must be a number from 1',
    ],
    [['--collecter', 'http://127.0.0.1:1'], "unknown option '--collecter'"],
  ])('refuses %j with exit code 2 and says why', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('exits 1 and names the file when the config cannot be read', async () => {
    const { code, err } = await run([
      '--collector',
      collector.url,
      '--token',
      TEST_TOKEN,
      '--config',
      '/nonexistent/pulse.yaml',
    ]);
    expect(code).toBe(1);
    expect(err).toContain('/nonexistent/pulse.yaml');
  });

  it('runs until stopped, sending samples of --target targets under their given id', async () => {
    const stop = new AbortController();
    const exit = agentCommand(
      {
        collector: collector.url,
        token: TEST_TOKEN,
        target: [`cli-target=${target.url}`],
        interval: '1',
        site: 'agent-pc',
        dataDir: newDataDir(),
      },
      { PULSE_LOG_LEVEL: 'silent' },
      stop.signal,
    );
    await waitUntil('a sample of the CLI agent at the collector', async () => {
      return (await recordedTimestamps(collector.url, 'cli-target')).length >= 1;
    });
    stop.abort();
    expect(await exit).toBe(0);
  });

  it('takes the site, the targets and the token from a config shared with the collector', async () => {
    const dir = newDataDir();
    const configPath = join(dir, 'agent.yaml');
    writeFileSync(
      configPath,
      `site: { id: tang-2 }
auth: { ingestToken: ${TEST_TOKEN} }
probes:
  targets:
    - { id: from-config, name: Counter PC, role: lan, url: '${target.url}', intervalSeconds: 1 }
`,
    );
    const stop = new AbortController();
    const exit = agentCommand(
      { collector: collector.url, config: configPath, dataDir: join(dir, 'spool') },
      { PULSE_LOG_LEVEL: 'silent' },
      stop.signal,
    );
    await waitUntil('a sample of the configured target at the collector', async () => {
      const response = await fetch(
        `${collector.url}/api/v1/series?metric=link.up&site=tang-2&target=from-config`,
      );
      const body = (await response.json()) as SeriesResponse;
      return body.series.length === 1;
    });
    stop.abort();
    expect(await exit).toBe(0);
  });
});

describe('--target', () => {
  it.each([
    ['tcp://192.168.1.1:80', 'tcp-192.168.1.1-80', 'tcp://192.168.1.1:80'],
    ['gateway=tcp://192.168.1.1:80', 'gateway', 'tcp://192.168.1.1:80'],
    [
      'https://dichvucong.gov.vn/p/home',
      'https-dichvucong.gov.vn-p-home',
      'https://dichvucong.gov.vn/p/home',
    ],
    [
      'dns://8.8.8.8/dichvucong.gov.vn?type=A',
      'dns-8.8.8.8-dichvucong.gov.vn-type-a',
      'dns://8.8.8.8/dichvucong.gov.vn?type=A',
    ],
    ['resolver=dns://8.8.8.8/a.vn?type=A', 'resolver', 'dns://8.8.8.8/a.vn?type=A'],
    ['icmp://8.8.8.8', 'icmp-8.8.8.8', 'icmp://8.8.8.8'],
  ])('reads %s as id %s', (raw, id, url) => {
    expect(parseTargetOption(raw, 10)).toEqual({ id, url, intervalSeconds: 10, timeoutMs: 3000 });
  });
});
