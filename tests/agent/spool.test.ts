import { describe, expect, it } from 'vitest';
import { Spool } from '../../agent/spool.js';
import type { Sample } from '../../contracts/sample.js';
import { newDataDir } from '../support/collector.js';

const sampleAt = (ts: number): Sample => ({
  ts,
  site: 'agent-pc',
  measurement: 'link',
  target: 'gateway',
  probe: 'tcp',
  fields: { up: 1, rtt_ms: 1.5 },
});
const tsOf = (spool: Spool, limit = 1000): number[] =>
  spool.oldest(limit).map(({ sample }) => sample.ts);

describe('Spool', () => {
  it('gives samples back oldest first and forgets them only when acknowledged', () => {
    const spool = new Spool(newDataDir());
    for (const ts of [1, 2, 3, 4]) spool.append(sampleAt(ts));
    const batch = spool.oldest(2);
    expect(batch.map(({ sample }) => sample)).toEqual([sampleAt(1), sampleAt(2)]);
    expect(tsOf(spool)).toEqual([1, 2, 3, 4]); // reading is not acknowledging
    spool.acknowledge(batch[1]!.id);
    expect(tsOf(spool)).toEqual([3, 4]);
    expect(spool.size).toBe(2);
    spool.close();
  });

  it('keeps its samples, its order and its counters across a reopen', () => {
    const dataDir = newDataDir();
    const first = new Spool(dataDir, { maxSamples: 3 });
    for (const ts of [1, 2, 3, 4]) first.append(sampleAt(ts));
    first.close();
    const second = new Spool(dataDir, { maxSamples: 3 });
    expect(second.size).toBe(3);
    expect(second.droppedTotal).toBe(1);
    second.append(sampleAt(5));
    expect(tsOf(second)).toEqual([3, 4, 5]);
    second.close();
  });

  it('drops the oldest past its bound, never the new sample, and counts them', () => {
    const spool = new Spool(newDataDir(), { maxSamples: 3 });
    const dropped = [1, 2, 3, 4, 5].map((ts) => spool.append(sampleAt(ts)).dropped);
    expect(dropped).toEqual([0, 0, 0, 1, 1]);
    expect(tsOf(spool)).toEqual([3, 4, 5]);
    expect(spool.droppedTotal).toBe(2);
    spool.close();
  });

  it('honours a lower bound after a restart by dropping down to it at the next append', () => {
    const dataDir = newDataDir();
    const wide = new Spool(dataDir, { maxSamples: 10 });
    for (const ts of [1, 2, 3, 4, 5, 6]) wide.append(sampleAt(ts));
    wide.close();
    const narrow = new Spool(dataDir, { maxSamples: 2 });
    expect(narrow.append(sampleAt(7)).dropped).toBe(5);
    expect(tsOf(narrow)).toEqual([6, 7]);
    narrow.close();
  });

  it('sets rejected samples aside with their reason and takes them out of the spool', () => {
    const spool = new Spool(newDataDir(), { clock: () => 1_000 });
    for (const ts of [1, 2, 3]) spool.append(sampleAt(ts));
    const batch = spool.oldest(2);
    spool.reject(
      batch.map(({ sample }) => sample),
      { status: 400, error: '{"error":"invalid samples"}' },
      batch[1]!.id,
    );
    expect(tsOf(spool)).toEqual([3]);
    expect(spool.size).toBe(1);
    expect(spool.rejected()).toEqual([
      {
        sample: sampleAt(1),
        status: 400,
        error: '{"error":"invalid samples"}',
        rejectedAtMs: 1_000,
      },
      {
        sample: sampleAt(2),
        status: 400,
        error: '{"error":"invalid samples"}',
        rejectedAtMs: 1_000,
      },
    ]);
    spool.close();
  });

  it('bounds the rejected store like the spool, keeping the newest', () => {
    const spool = new Spool(newDataDir(), { maxSamples: 2 });
    spool.reject([1, 2, 3].map(sampleAt), { error: 'invalid sample' });
    expect(spool.rejected().map(({ sample }) => sample.ts)).toEqual([2, 3]);
    expect(spool.rejected()[0]!.status).toBeUndefined();
    spool.close();
  });

  it('refuses a second agent on the same data directory', () => {
    const dataDir = newDataDir();
    const first = new Spool(dataDir);
    expect(() => new Spool(dataDir)).toThrow(/in use by another agent/);
    first.close();
    new Spool(dataDir).close(); // free again once the first is closed
  });

  it('refuses a bound that is not a whole number of 1 or more', () => {
    expect(() => new Spool(newDataDir(), { maxSamples: 0 })).toThrow(/whole number/);
  });
});
