import { describe, expect, it } from 'vitest';
import { demoCentreConfig } from '../../config/index.js';
import type { CounterEvent } from '../../contracts/event.js';
import { QueueModel } from '../../counters/queue-model.js';
import { planDay, simulatedFieldsOf } from '../../counters/simulator/index.js';
import { workingHoursSchema } from '../../config/working-hours.js';

// Friday 27/11/2026 in Asia/Ho_Chi_Minh.
const at = (time: string): number => Date.parse(`2026-11-27T${time}:00+07:00`);
const names = {
  fields: [
    { id: 'tu-phap-ho-tich', name: 'Tư pháp – Hộ tịch' },
    { id: 'chung-thuc', name: 'Chứng thực' },
  ],
  counters: [
    { id: '1', name: 'Quầy 1', fields: ['tu-phap-ho-tich'] },
    { id: '2', name: 'Quầy 2', fields: ['tu-phap-ho-tich', 'chung-thuc'] },
  ],
};

let seq = 0;
function event(time: string, type: CounterEvent['type'], extra: Partial<CounterEvent> = {}) {
  return { id: `e${++seq}`, ts: at(time), site: 'binh-xuyen', type, ...extra } as CounterEvent;
}

function kpisAt(time: string, events: CounterEvent[], options = {}) {
  const model = new QueueModel('binh-xuyen', names, false, { clock: () => at(time), ...options });
  model.applyAll(events);
  return model.snapshot().kpis!;
}

/**
 * A morning at counter 2, worked out by hand:
 * A001 waits 5 min, is served 10 min; A002 waits 14 min, is served 4 min; A003 waits 17 min and
 * is a no-show; A004 has waited 20 min at 08:50. Ratings 4 and 2.
 */
const morning = [
  event('07:30', 'counter.opened', { counter: '2' }),
  event('08:00', 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' }),
  event('08:02', 'ticket.issued', { ticket: 'A002', field: 'chung-thuc' }),
  event('08:04', 'ticket.issued', { ticket: 'A003', field: 'chung-thuc' }),
  event('08:05', 'ticket.called', { ticket: 'A001', counter: '2' }),
  event('08:06', 'service.started', { ticket: 'A001', counter: '2' }),
  event('08:16', 'service.completed', { ticket: 'A001', counter: '2', outcome: 'received' }),
  event('08:16', 'ticket.called', { ticket: 'A002', counter: '2' }),
  event('08:17', 'service.started', { ticket: 'A002', counter: '2' }),
  event('08:17', 'rating.submitted', { ticket: 'A001', counter: '2', rating: 4 }),
  event('08:21', 'service.completed', { ticket: 'A002', counter: '2', outcome: 'returned' }),
  event('08:21', 'ticket.called', { ticket: 'A003', counter: '2' }),
  event('08:22', 'rating.submitted', { ticket: 'A002', counter: '2', rating: 2 }),
  event('08:23', 'ticket.no_show', { ticket: 'A003', counter: '2' }),
  event('08:30', 'ticket.issued', { ticket: 'A004', field: 'chung-thuc' }),
];

describe('queue KPIs', () => {
  it('match a small morning worked out by hand', () => {
    const kpis = kpisAt('08:50', morning);
    const field = kpis.fields.find((f) => f.field === 'chung-thuc')!;
    const hours = new Array<number>(24).fill(0);
    expect(field).toEqual({
      field: 'chung-thuc',
      arrivalsByHour: hours.map((_, h) => (h === 8 ? 4 : 0)),
      completionsByHour: hours.map((_, h) => (h === 8 ? 2 : 0)),
      arrivalsLastHour: 4,
      completionsLastHour: 2,
      issued: 4,
      completed: 2,
      noShows: 1,
      waitP50Seconds: 840, // waits 300, 840, 1020 s
      waitP90Seconds: 984, // 840 + 0.8 × (1020 − 840), by linear interpolation
      waitMaxSeconds: 1200, // A004, still waiting
      servedWithinTargetShare: 2 / 3, // 300 and 840 s are within 15 min
      serviceP50Seconds: 420, // services 600 and 240 s
      serviceP90Seconds: 564, // 240 + 0.9 × 360
      noShowRate: 1 / 3,
      ratings: 2,
      satisfiedShare: 0.5,
      ratingMean: 3,
      openCounters: 1,
      estimatedWaitSeconds: 420, // 1 waiting × 420 s ÷ 1 open counter
    });
    expect(kpis.site).toMatchObject({ issued: 4, completed: 2, waitMaxSeconds: 1200 });
    expect(kpis.targetWaitSeconds).toBe(900);
    expect(kpis.atMs).toBe(at('08:50'));
  });

  it.each([
    ['the default 15 minutes', {}, 2 / 3],
    ['a 10-minute target', { targetWaitSeconds: 600 }, 1 / 3],
    ['a 20-minute target', { targetWaitSeconds: 1200 }, 1],
  ])('measure the on-time share against %s', (_what, options, share) => {
    expect(kpisAt('08:50', morning, options).site.servedWithinTargetShare).toBeCloseTo(share);
  });

  it('count only the last hour before the clock in the "last hour" figures', () => {
    expect(kpisAt('09:20', morning).site).toMatchObject({
      arrivalsLastHour: 1, // A004 at 08:30; A001–A003 are older than 08:20
      completionsLastHour: 1, // A002 at 08:21
    });
  });

  it('leave the lunch break out of a wait that spans it', () => {
    const kpis = kpisAt('14:00', [
      event('11:20', 'ticket.issued', { ticket: 'B001', field: 'tu-phap-ho-tich' }),
      event('11:25', 'ticket.issued', { ticket: 'B002', field: 'tu-phap-ho-tich' }),
      event('13:40', 'ticket.called', { ticket: 'B001', counter: '1' }),
    ]);
    expect(kpis.site.waitP50Seconds).toBe(20 * 60); // 11:20–11:30 and 13:30–13:40
    expect(kpis.site.waitMaxSeconds).toBe(35 * 60); // B002, still waiting: 5 + 30 min
  });

  it('count wall time during a late close, and everything for the day', () => {
    const kpis = kpisAt('17:45', [
      event('16:50', 'ticket.issued', { ticket: 'C001', field: 'tu-phap-ho-tich' }),
      event('17:10', 'ticket.called', { ticket: 'C001', counter: '1' }),
      event('17:11', 'service.started', { ticket: 'C001', counter: '1' }),
      event('17:31', 'service.completed', { ticket: 'C001', counter: '1', outcome: 'received' }),
    ]);
    expect(kpis.site).toMatchObject({
      waitP50Seconds: 20 * 60,
      serviceP50Seconds: 20 * 60,
      completed: 1,
    });
    expect(kpis.site.completionsByHour[17]).toBe(1);
  });

  it('use the configured working hours for breaks', () => {
    const events = [
      event('11:20', 'ticket.issued', { ticket: 'B001', field: 'tu-phap-ho-tich' }),
      event('13:40', 'ticket.called', { ticket: 'B001', counter: '1' }),
    ];
    const holiday = workingHoursSchema.parse({ holidays: ['2026-11-27'] });
    // On a holiday there is no lunch break to leave out: the staff who came in worked through.
    expect(kpisAt('14:00', events, { workingHours: holiday }).site.waitP50Seconds).toBe(140 * 60);
  });

  it.each([
    ['no counter open', [], null],
    [
      'one open counter and no completion yet: the default service time',
      [
        event('07:30', 'counter.opened', { counter: '1' }),
        event('08:00', 'ticket.issued', { ticket: 'B001', field: 'tu-phap-ho-tich' }),
        event('08:01', 'ticket.issued', { ticket: 'B002', field: 'tu-phap-ho-tich' }),
      ],
      2 * 480,
    ],
    [
      'two open counters share the queue',
      [
        event('07:30', 'counter.opened', { counter: '1' }),
        event('07:30', 'counter.opened', { counter: '2' }),
        event('08:00', 'ticket.issued', { ticket: 'B001', field: 'tu-phap-ho-tich' }),
        event('08:01', 'ticket.issued', { ticket: 'B002', field: 'tu-phap-ho-tich' }),
      ],
      480,
    ],
  ])('estimate the wait for a new ticket with %s', (_what, events, seconds) => {
    const field = kpisAt('08:10', events).fields.find((f) => f.field === 'tu-phap-ho-tich')!;
    expect(field.estimatedWaitSeconds).toBe(seconds);
  });

  it('give null, not zero, for figures of a day with no visit yet', () => {
    expect(kpisAt('08:00', []).site).toMatchObject({
      waitP50Seconds: null,
      waitMaxSeconds: null,
      servedWithinTargetShare: null,
      noShowRate: null,
      satisfiedShare: null,
      ratingMean: null,
    });
  });

  describe.each([1, 2, 3, 4, 5, 6, 7, 8])('the simulated day of seed %i', (seed) => {
    const centre = demoCentreConfig('local');
    const dayStart = Date.parse('2026-11-27T00:00:00+07:00');
    const events: CounterEvent[] = planDay({
      seed,
      fields: simulatedFieldsOf(centre.fields!.map((f) => f.id)),
      counters: centre.counters!.map((c) => ({ id: c.id, fields: c.fields ?? [] })),
    }).map((planned, i) => ({
      ...planned.event,
      id: `sim-${seed}-${i}`,
      ts: dayStart + planned.atSeconds * 1000,
      site: 'demo',
    }));

    it('gives KPIs in the ranges of the reference centre', () => {
      const model = new QueueModel(
        'demo',
        { fields: centre.fields!, counters: centre.counters! },
        true,
        { clock: () => at('18:30') },
      );
      model.applyAll(events);
      const { site, fields } = model.snapshot().kpis!;
      expect(site.completed).toBeGreaterThanOrEqual(31); // 30–45 procedures plus guidance
      expect(site.completed).toBeLessThanOrEqual(50);
      expect(site.arrivalsByHour.reduce((a, b) => a + b)).toBe(site.issued);
      expect(site.arrivalsByHour.slice(0, 7).every((n) => n === 0)).toBe(true);
      expect(site.waitP50Seconds!).toBeLessThan(30 * 60);
      expect(site.waitP50Seconds!).toBeLessThanOrEqual(site.waitP90Seconds!);
      expect(site.waitP90Seconds!).toBeLessThanOrEqual(site.waitMaxSeconds!);
      expect(site.serviceP50Seconds!).toBeGreaterThan(3 * 60);
      expect(site.serviceP50Seconds!).toBeLessThan(15 * 60);
      expect(site.noShowRate!).toBeLessThan(0.15);
      expect(site.satisfiedShare!).toBeGreaterThan(0.6);
      expect(site.ratingMean!).toBeGreaterThan(2.8);
      expect(site.ratingMean!).toBeLessThanOrEqual(4);
      expect(site.servedWithinTargetShare!).toBeGreaterThan(0.4);
      // Every field of the centre, and the site, add up.
      expect(fields.reduce((a, f) => a + f.completed, 0)).toBe(site.completed);
      expect(fields.every((f) => f.estimatedWaitSeconds === null)).toBe(true); // all closed at 18:30
    });
  });
});
