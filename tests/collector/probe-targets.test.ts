import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../config/index.js';
import { scheduleTargets } from '../../collector/probe-targets.js';

const config = parseConfigText(
  `
probes:
  intervalSeconds: 10
  timeoutMs: 2000
  targets:
    - { id: self, name: Máy chủ, role: local, url: "http://127.0.0.1:{port}/healthz" }
    - { id: gateway, name: Router, role: gateway, url: "icmp://{gateway}", intervalSeconds: 5 }
    - { id: portal, name: Cổng, role: portal, url: "https://dvc.example", expectStatus: 200, expectKeyword: Dịch vụ }
`,
  'test',
);

describe('scheduleTargets', () => {
  it('fills in the collector port and the default gateway, and the http expectations', () => {
    const scheduled = scheduleTargets(
      config,
      { port: 8181, gateway: '192.168.1.1' },
      pino({ level: 'silent' }),
    );
    expect(
      scheduled.map((s) => [s.target.id, s.target.url.href, s.intervalSeconds, s.probe.kind]),
    ).toEqual([
      ['self', 'http://127.0.0.1:8181/healthz', 10, 'http'],
      ['gateway', 'icmp://192.168.1.1', 5, 'icmp'],
      ['portal', 'https://dvc.example/', 10, 'http'],
    ]);
    expect(scheduled[2]!.target).toMatchObject({
      timeoutMs: 2000,
      expect: { status: [200], keyword: 'Dịch vụ' },
    });
  });

  it('skips a target that needs the gateway when there is none, and says so', () => {
    const warnings: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
    const scheduled = scheduleTargets(config, { port: 8181, gateway: undefined }, logger);
    expect(scheduled.map((s) => s.target.id)).toEqual(['self', 'portal']);
    expect(warnings.join('')).toMatch(/no default gateway/);
  });
});
