import { afterEach, describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../contracts/queue.js';
import type { RunningCollector } from '../../collector/main.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../support/collector.js';

let collector: RunningCollector | undefined;
afterEach(async () => {
  await collector?.close();
  collector = undefined;
});

// Friday 27/11/2026 10:00 in Asia/Ho_Chi_Minh; the same weekday a week and two weeks before.
const NOW = Date.parse('2026-11-27T10:00:00+07:00');
const at = (day: string, time: string) => Date.parse(`${day}T${time}:00+07:00`);

function completions(day: string, time: string, count: number, prefix: string) {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    ts: at(day, time) + i * 1000,
    site: 'test-centre',
    type: 'service.completed',
    ticket: `${prefix}${i}`,
    counter: '1',
    outcome: 'received',
  }));
}

describe('a normal day in the queue snapshot', () => {
  it('is the median per hour of the same weekday over the last weeks', async () => {
    collector = await startTestCollector(newDataDir(), { clock: () => NOW });
    const events = [
      ...completions('2026-11-20', '09:10', 4, 'a'),
      ...completions('2026-11-13', '09:20', 2, 'b'),
      ...completions('2026-11-06', '09:30', 6, 'c'),
      ...completions('2026-11-13', '14:00', 3, 'd'),
    ];
    const response = await fetch(`${collector.url}/api/v1/events`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify(events),
    });
    expect(response.status).toBe(202);
    const { queues } = (await (await fetch(`${collector.url}/api/v1/queue`)).json()) as {
      queues: QueueSnapshot[];
    };
    const baseline = queues.find((q) => q.site === 'test-centre')!.baseline!;
    // 30/10 has no event at all: no data, not a day of zeros.
    expect(baseline.days).toEqual(['2026-11-20', '2026-11-13', '2026-11-06']);
    // 09:00: 4, 2 and 6 → median 4; 14:00: 0, 3, 0 → 0.
    expect(baseline.completionsByHour[9]).toBe(4);
    expect(baseline.completionsByHour[14]).toBe(0);
    expect(baseline.completionsByHour).toHaveLength(24);
  });

  it('is unknown, not zero, for a centre without history', async () => {
    collector = await startTestCollector(newDataDir(), { clock: () => NOW });
    const { queues } = (await (await fetch(`${collector.url}/api/v1/queue`)).json()) as {
      queues: QueueSnapshot[];
    };
    const baseline = queues.find((q) => q.site === 'test-centre')!.baseline!;
    expect(baseline.days).toEqual([]);
    expect(baseline.completionsByHour).toEqual(new Array(24).fill(null));
  });
});
