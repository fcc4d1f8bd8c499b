import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sample } from '../../contracts/sample.js';
import type { LinkFields, Probe } from '../../probes/probe.js';
import { ProbeScheduler } from '../../probes/scheduler.js';

beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 10, 27, 1, 0, 0) }));
afterEach(() => vi.useRealTimers());

/** A probe of our own interface whose answer takes `delayMs` of (fake) time. */
function slowProbe(
  delayMs: number,
  fields: LinkFields = { up: 1, rtt_ms: 12.3456789 },
): Probe & { calls: number } {
  return {
    kind: 'tcp',
    calls: 0,
    measure() {
      this.calls++;
      return new Promise((resolve) => setTimeout(() => resolve({ fields }), delayMs));
    },
  };
}

function schedulerFor(probe: Probe, intervalSeconds: number, samples: Sample[]): ProbeScheduler {
  return new ProbeScheduler({
    site: 'binh-xuyen',
    targets: [
      {
        probe,
        intervalSeconds,
        target: { id: 'gateway', url: new URL('tcp://127.0.0.1:1'), timeoutMs: 1000 },
      },
    ],
    clock: Date.now,
    onSample: (sample) => samples.push(sample),
    onError: (target, error) => {
      throw new Error(`unexpected probe error for ${target}: ${String(error)}`);
    },
  });
}

describe('ProbeScheduler', () => {
  it('runs a round per interval and stamps each sample with the round start', async () => {
    const samples: Sample[] = [];
    const scheduler = schedulerFor(slowProbe(100), 10, samples);
    const start = Date.now();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(25_000);
    scheduler.stop();
    expect(samples.map((s) => s.ts - start)).toEqual([0, 10_000, 20_000]);
    expect(samples[0]).toMatchObject({
      site: 'binh-xuyen',
      measurement: 'link',
      target: 'gateway',
      probe: 'tcp',
    });
    expect(samples[0]!.fields.rtt_ms).toBe(12.346);
  });

  it('never overlaps two rounds of a target slower than its interval', async () => {
    const samples: Sample[] = [];
    const probe = slowProbe(15_000);
    const scheduler = schedulerFor(probe, 10, samples);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(31_000);
    scheduler.stop();
    expect(probe.calls).toBe(3);
    expect(samples).toHaveLength(2);
  });

  it('reports nothing after stop', async () => {
    const samples: Sample[] = [];
    const scheduler = schedulerFor(slowProbe(5000), 10, samples);
    scheduler.start();
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(samples).toEqual([]);
  });

  it('takes the measurement from the probe and reports a machine problem once, keeping the sample', async () => {
    const samples: Sample[] = [];
    const problems: unknown[] = [];
    const problem = new Error('fping is not installed');
    let rounds = 0;
    const probe: Probe = {
      kind: 'iface',
      measurement: 'iface',
      measure: () =>
        Promise.resolve(rounds++ === 0 ? { fields: { up: 0 }, problem } : { fields: { up: 0 } }),
    };
    const scheduler = new ProbeScheduler({
      site: 'binh-xuyen',
      targets: [
        {
          probe,
          intervalSeconds: 10,
          target: { id: 'lan', url: new URL('iface://eth0'), timeoutMs: 1000 },
        },
      ],
      onSample: (sample) => samples.push(sample),
      onError: (_target, error) => problems.push(error),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(15_000);
    scheduler.stop();
    expect(samples.map((s) => s.measurement)).toEqual(['iface', 'iface']);
    expect(problems).toEqual([problem]);
  });
});
