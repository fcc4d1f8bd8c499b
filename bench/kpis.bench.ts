// Queue model and KPI benchmark (issue 5): a 2,000-ticket day of a large district centre
// (20 counters, 6 fields), folded event by event as the live model does, then snapshots with
// KPIs; cost per event and per snapshot, and the heap the day holds. Baseline in the same run:
// JSON.parse of the same events (what merely receiving them costs).
// Run: node --expose-gc --import tsx bench/kpis.bench.ts
import { performance } from 'node:perf_hooks';
import { randomLcg } from 'd3-random';
import type { CounterEvent } from '../contracts/event.js';
import { QueueModel } from '../counters/queue-model.js';

const TICKETS = 2000;
const DAY = '2026-11-27';
const OPEN = Date.parse(`${DAY}T07:30:00+07:00`);
const fields = [
  'tu-phap-ho-tich',
  'chung-thuc',
  'dat-dai',
  'xay-dung',
  'kinh-doanh',
  'van-hoa-xa-hoi',
];
const counters = Array.from({ length: 20 }, (_, i) => ({
  id: String(i + 1),
  name: `Quầy ${i + 1}`,
  fields: [fields[i % 6]!],
}));

/** A seeded day: tickets over 9 working hours, each called, served and rated by its field's counters. */
function largeDay(): CounterEvent[] {
  const random = randomLcg(0.42);
  const events: CounterEvent[] = [];
  const free = new Map(counters.map((c) => [c.id, OPEN]));
  for (let i = 0; i < TICKETS; i++) {
    const field = fields[i % 6]!;
    const issued = OPEN + Math.floor((i / TICKETS) * 9 * 3_600_000);
    const ticket = `${String.fromCharCode(65 + (i % 6))}${String(i).padStart(4, '0')}`;
    const counter = counters
      .filter((c) => c.fields[0] === field)
      .sort((a, b) => free.get(a.id)! - free.get(b.id)!)[0]!;
    const called = Math.max(issued, free.get(counter.id)!) + 30_000;
    const done = called + 60_000 + Math.floor(random() * 600_000);
    free.set(counter.id, done);
    const base = { site: 'district', ticket };
    events.push(
      { ...base, id: `${i}-i`, ts: issued, type: 'ticket.issued', field },
      { ...base, id: `${i}-c`, ts: called, type: 'ticket.called', counter: counter.id },
      { ...base, id: `${i}-s`, ts: called + 20_000, type: 'service.started', counter: counter.id },
      {
        ...base,
        id: `${i}-d`,
        ts: done,
        type: 'service.completed',
        counter: counter.id,
        outcome: 'received',
      },
      {
        ...base,
        id: `${i}-r`,
        ts: done + 10_000,
        type: 'rating.submitted',
        counter: counter.id,
        rating: 1 + Math.floor(random() * 4),
      },
    );
  }
  return events.sort((a, b) => a.ts - b.ts);
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('run with node --expose-gc for the memory figure');
const events = largeDay();
const wire = events.map((event) => JSON.stringify(event));

let started = performance.now();
for (const text of wire) JSON.parse(text);
const parseMsPerEvent = (performance.now() - started) / events.length;

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const model = new QueueModel(
  'district',
  { fields: fields.map((id) => ({ id, name: id })), counters },
  false,
  {
    clock: () => Date.parse(`${DAY}T18:00:00+07:00`),
  },
);
started = performance.now();
for (const event of events) model.apply(event);
const applyMsPerEvent = (performance.now() - started) / events.length;
gc?.();
const heapAfter = process.memoryUsage().heapUsed;

started = performance.now();
const rounds = 20;
for (let i = 0; i < rounds; i++) model.snapshot();
const snapshotMs = (performance.now() - started) / rounds;

// One late event (a terminal back online with a call from the morning): a re-fold of the day.
started = performance.now();
model.apply({
  id: 'late',
  ts: OPEN + 3_600_000,
  site: 'district',
  type: 'counter.paused',
  counter: '1',
});
const lateMs = performance.now() - started;

console.log(`${TICKETS} tickets, ${events.length} events, ${counters.length} counters`);
console.log(`JSON.parse per event (baseline): ${(parseMsPerEvent * 1000).toFixed(2)} µs`);
console.log(
  `apply per event, in order:       ${(applyMsPerEvent * 1000).toFixed(2)} µs  (${(applyMsPerEvent / parseMsPerEvent).toFixed(1)} × baseline)`,
);
console.log(`one late event (re-fold):        ${lateMs.toFixed(2)} ms`);
console.log(`snapshot with KPIs:              ${snapshotMs.toFixed(2)} ms`);
if (gc)
  console.log(`heap held by the day's model:    ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`);
