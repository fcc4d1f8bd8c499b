import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIcmpProbe, PingToolMissingError } from '../../../probes/icmp/icmp-probe.js';
import { SYSTEM_BIN_DIRS } from '../../../probes/icmp/ping-tools.js';

const loopback = { id: 'loopback', url: new URL('icmp://127.0.0.1'), timeoutMs: 1000 };

// Directories holding only iputils ping, and nothing at all: the machine without fping, and the
// machine without either tool. The tools themselves are the real ones of this machine.
let onlyPingDir: string;
let emptyDir: string;
beforeAll(() => {
  const ping = SYSTEM_BIN_DIRS.map((dir) => join(dir, 'ping')).find((path) => existsSync(path));
  expect(ping, 'iputils-ping must be installed for these tests').toBeDefined();
  onlyPingDir = mkdtempSync(join(tmpdir(), 'pulse-only-ping-'));
  emptyDir = mkdtempSync(join(tmpdir(), 'pulse-no-ping-'));
  symlinkSync(ping!, join(onlyPingDir, 'ping'));
});
afterAll(() => {
  rmSync(onlyPingDir, { recursive: true, force: true });
  rmSync(emptyDir, { recursive: true, force: true });
});

describe('icmp probe', () => {
  it('pings 127.0.0.1 through fping: up, a small RTT, no loss, the distribution kept', async () => {
    const result = await createIcmpProbe({ count: 5, periodMs: 50 }).measure(loopback);
    expect(result.fields).toMatchObject({ up: 1, loss_pct: 0, sent: 5, received: 5 });
    expect(result.fields.rtt_ms).toBeGreaterThan(0);
    expect(result.fields.rtt_ms).toBeLessThan(5);
    expect(result.fields.rtt_min_ms).toBeLessThanOrEqual(result.fields.rtt_ms!);
    expect(result.fields.rtt_max_ms).toBeGreaterThanOrEqual(result.fields.rtt_ms!);
    expect(result.fields.jitter_ms).toBeGreaterThanOrEqual(0);
    expect(result.distributionMs).toHaveLength(5);
    expect(result.problem).toBeUndefined();
  });

  it('falls back to iputils ping where fping is missing', async () => {
    const probe = createIcmpProbe({ count: 3, periodMs: 200, searchDirs: [onlyPingDir] });
    const result = await probe.measure(loopback);
    expect(result.fields).toMatchObject({ up: 1, loss_pct: 0, sent: 3, received: 3 });
    expect(result.fields.rtt_ms).toBeLessThan(5);
    expect(result.distributionMs).toHaveLength(3);
  });

  it('without fping and ping, names the packages once and counts every round as down', async () => {
    const probe = createIcmpProbe({ searchDirs: [emptyDir] });
    const first = await probe.measure(loopback);
    expect(first.fields).toEqual({ up: 0, loss_pct: 100, sent: 0, received: 0 });
    expect(first.problem).toBeInstanceOf(PingToolMissingError);
    expect(first.problem!.message).toMatch(/apt-get install fping.*iputils-ping/);
    expect(first.detail).toMatch(/fping/);
    const second = await probe.measure(loopback);
    expect(second.fields.up).toBe(0);
    expect(second.problem).toBeUndefined();
  });

  it('refuses a host that would read as an option', async () => {
    const result = await createIcmpProbe().measure({ ...loopback, url: new URL('icmp://-f') });
    expect(result.fields.up).toBe(0);
    expect(result.detail).toMatch(/not a host/);
  });
});
