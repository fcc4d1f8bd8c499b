import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsProbe, parseDnsUrl } from '../../probes/dns.js';
import { startTestDnsServer, type TestDnsServer } from '../support/dns-server.js';

let server: TestDnsServer;
beforeAll(async () => {
  server = await startTestDnsServer({ 'dichvucong.gov.vn': ['203.162.0.10', '203.162.0.11'] }, [
    'silent.test',
  ]);
});
afterAll(() => server.close());

const measure = (path: string, timeoutMs = 2000) =>
  dnsProbe.measure({
    id: 'dns-local',
    url: new URL(`dns://127.0.0.1:${server.port}/${path}`),
    timeoutMs,
  });

describe('dns probe', () => {
  it('resolves a name against the chosen server: up, its time and the answer count', async () => {
    const { fields } = await measure('dichvucong.gov.vn');
    expect(fields).toMatchObject({ up: 1, answers: 2 });
    expect(fields.rtt_ms).toBeGreaterThan(0);
    expect(fields.rtt_ms).toBeLessThan(1000);
    expect(fields.dns_ms).toBe(fields.rtt_ms);
  });

  it('is case-insensitive and takes ?type=A', async () => {
    expect((await measure('DichVuCong.gov.vn?type=a')).fields).toMatchObject({ up: 1, answers: 2 });
  });

  it('counts NXDOMAIN for a name that should exist as down, with the server answering', async () => {
    const result = await measure('khong-co.gov.vn');
    expect(result.fields).toMatchObject({ up: 0, answers: 0 });
    expect(result.fields.dns_ms).toBeGreaterThan(0);
    expect(result.fields.rtt_ms).toBeUndefined();
    expect(result.detail).toMatch(/no A record.*ENOTFOUND/);
  });

  it('counts a name without records of the asked type as down', async () => {
    const result = await measure('dichvucong.gov.vn?type=AAAA');
    expect(result.fields).toMatchObject({ up: 0, answers: 0 });
    expect(result.detail).toMatch(/ENODATA/);
  });

  it('reports a server that never answers as down after the timeout', async () => {
    const result = await measure('silent.test', 300);
    expect(result.fields).toEqual({ up: 0 });
    expect(result.detail).toMatch(/ETIMEOUT/);
  });
});

describe('parseDnsUrl', () => {
  it.each([
    [
      'dns://8.8.8.8/dichvucong.gov.vn',
      { server: '8.8.8.8:53', name: 'dichvucong.gov.vn', type: 'A' },
    ],
    [
      'dns://1.1.1.1:5353/example.vn?type=mx',
      { server: '1.1.1.1:5353', name: 'example.vn', type: 'MX' },
    ],
    [
      'dns://[2001:4860:4860::8888]/x.vn?type=AAAA',
      { server: '[2001:4860:4860::8888]:53', name: 'x.vn', type: 'AAAA' },
    ],
    ['dns://resolver.local/x.vn', { error: expect.stringMatching(/IP address/) as string }],
    ['dns://8.8.8.8/', { error: expect.stringMatching(/name to resolve is missing/) as string }],
    [
      'dns://8.8.8.8/x.vn?type=ANY',
      { error: expect.stringMatching(/type must be one of/) as string },
    ],
  ])('%s', (url, expected) => {
    expect(parseDnsUrl(new URL(url))).toEqual(expected);
  });
});
