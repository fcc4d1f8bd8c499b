import { describe, expect, it } from 'vitest';
import { scheduleAgentTargets, targetIdFromUrl, targetsFromConfig } from '../../agent/targets.js';
import { parseConfigText } from '../../config/index.js';

describe('targetsFromConfig', () => {
  it('fills in the default interval and timeout of probes', () => {
    const config = parseConfigText(
      `
probes:
  intervalSeconds: 15
  timeoutMs: 2000
  targets:
    - { id: gateway, name: Gateway, role: gateway, url: 'icmp://192.168.1.1' }
    - { id: dvc, name: DVC, role: portal, url: 'https://dichvucong.gov.vn', intervalSeconds: 60, timeoutMs: 5000 }
    - { id: dvc-tinh, name: Tỉnh, role: portal, url: 'https://dvc.example', expectStatus: 200, expectKeyword: Dịch vụ }
`,
      'agent test',
    );
    expect(targetsFromConfig(config)).toEqual([
      { id: 'gateway', url: 'icmp://192.168.1.1', intervalSeconds: 15, timeoutMs: 2000 },
      { id: 'dvc', url: 'https://dichvucong.gov.vn', intervalSeconds: 60, timeoutMs: 5000 },
      {
        id: 'dvc-tinh',
        url: 'https://dvc.example',
        intervalSeconds: 15,
        timeoutMs: 2000,
        expect: { status: [200], keyword: 'Dịch vụ' },
      },
    ]);
  });
});

describe('targetIdFromUrl', () => {
  it.each([
    ['tcp://192.168.1.1:80', 'tcp-192.168.1.1-80'],
    ['https://dichvucong.gov.vn/', 'https-dichvucong.gov.vn'],
    ['iface://eth0', 'iface-eth0'],
    ['tcp://[::1]:8080', 'tcp-1-8080'],
    [`https://${'a'.repeat(80)}.vn`, `https-${'a'.repeat(58)}`],
  ])('makes %s into %s', (url, id) => {
    expect(targetIdFromUrl(new URL(url))).toBe(id);
  });
});

describe('scheduleAgentTargets', () => {
  it('gives each target its probe, and {port} the port of the collector', () => {
    const [scheduled] = scheduleAgentTargets(
      [
        {
          id: 'collector',
          url: 'http://127.0.0.1:{port}/healthz',
          intervalSeconds: 10,
          timeoutMs: 3000,
        },
      ],
      new URL('http://192.168.1.10:8080'),
    );
    expect(scheduled!.probe.kind).toBe('http');
    expect(scheduled!.target.url.href).toBe('http://127.0.0.1:8080/healthz');
  });

  it('names the target whose URL has no probe', () => {
    expect(() =>
      scheduleAgentTargets(
        [{ id: 'ftp-server', url: 'ftp://x', intervalSeconds: 10, timeoutMs: 3000 }],
        new URL('http://192.168.1.10:8080'),
      ),
    ).toThrow(/target "ftp-server": no probe for ftp:/);
  });
});
