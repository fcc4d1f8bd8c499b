import type { RunningCollector } from '../../../collector/main.js';
import { newDataDir, startTestCollector } from '../../support/collector.js';
import { postInBatches, simulatedDay } from '../../support/simulated-day.js';

/** Thursday 26/11/2026 10:00 at the centre (week 2026-W48): the morning the collector starts at. */
export const BUSY_MORNING_MS = Date.parse('2026-11-26T10:00:00+07:00');

/** Days of simulated counters before that morning: W48 so far, W47, and three Thursdays more. */
const PAST_DAYS = [
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-16',
  '2026-11-17',
  '2026-11-18',
  '2026-11-19',
  '2026-11-20',
  '2026-11-12',
  '2026-11-05',
  '2026-10-29',
];

/**
 * A collector whose clock starts at {@link BUSY_MORNING_MS} and runs from there: every view has
 * something to show. The queue is the simulated morning so far (seeded), with weeks of history for
 * "a normal day" and the weekly report; probes measure the collector itself (up) and a closed
 * port (down: an outage, a diagnosis), every second.
 */
export async function startBusyMorningCollector(closedPort: number): Promise<RunningCollector> {
  const offsetMs = BUSY_MORNING_MS - Date.now();
  const collector = await startTestCollector(newDataDir(), {
    clock: () => Date.now() + offsetMs,
    extraYaml: `
probes:
  intervalSeconds: 1
  timeoutMs: 500
  targets:
    - { id: collector, name: Máy chủ OneStop Pulse, role: local, url: "http://127.0.0.1:{port}/healthz" }
    - { id: dvc-quoc-gia, name: Cổng Dịch vụ công quốc gia, role: portal, url: "tcp://127.0.0.1:${closedPort}" }
`,
  });
  const thisMorning = simulatedDay('2026-11-26', 4).filter(
    (event) => event.ts <= BUSY_MORNING_MS - 60_000,
  );
  const events = [...PAST_DAYS.flatMap((day, i) => simulatedDay(day, i + 1)), ...thisMorning].sort(
    (a, b) => a.ts - b.ts,
  );
  await postInBatches(collector.url, '/api/v1/events', events);
  return collector;
}
