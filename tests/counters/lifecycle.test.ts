import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { demoCentreConfig } from '../../config/index.js';
import type { CounterEvent } from '../../contracts/event.js';
import { QueueModel } from '../../counters/queue-model.js';
import { planDay, simulatedFieldsOf } from '../../counters/simulator/index.js';

// 27/11/2026 08:00 in Asia/Ho_Chi_Minh; the clock of every snapshot is fixed at 18:00.
const MORNING = Date.parse('2026-11-27T08:00:00+07:00');
const EVENING = Date.parse('2026-11-27T18:00:00+07:00');
const names = {
  fields: [{ id: 'chung-thuc', name: 'Chứng thực' }],
  counters: [{ id: '2', name: 'Quầy 2', fields: ['chung-thuc'] }],
};

function event(
  id: string,
  minutes: number,
  type: CounterEvent['type'],
  extra: Partial<CounterEvent> = {},
): CounterEvent {
  return { id, ts: MORNING + minutes * 60_000, site: 'binh-xuyen', type, ...extra };
}

function snapshotAfter(events: readonly CounterEvent[], batch = false) {
  const model = new QueueModel('binh-xuyen', names, false, { clock: () => EVENING });
  if (batch) model.applyAll(events);
  else events.forEach((e) => model.apply(e));
  return model.snapshot();
}

/** A visit of A001: issued 08:00, called 08:05 at counter 2, started 08:06, completed 08:16. */
const visit = [
  event('i1', 0, 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' }),
  event('c1', 5, 'ticket.called', { ticket: 'A001', counter: '2' }),
  event('s1', 6, 'service.started', { ticket: 'A001', counter: '2' }),
  event('d1', 16, 'service.completed', { ticket: 'A001', counter: '2', outcome: 'received' }),
];

describe('QueueModel lifecycle', () => {
  it.each([
    ['in order', visit],
    ['the issue arriving last', [...visit.slice(1), visit[0]!]],
    ['the call arriving after the completion', [visit[0]!, visit[2]!, visit[3]!, visit[1]!]],
    ['reversed', [...visit].reverse()],
  ])('places events at their own time: %s', (_what, events) => {
    const snapshot = snapshotAfter(events);
    expect(snapshot.totals).toEqual({ waiting: 0, serving: 0, servedToday: 1, issuedToday: 1 });
    expect(snapshot.kpis!.site).toMatchObject({ waitP50Seconds: 300, serviceP50Seconds: 600 });
    expect(snapshot.counters[0]).toMatchObject({ state: 'idle', ticket: null });
    expect(Object.values(snapshot.anomalies!).every((n) => n === 0)).toBe(true);
  });

  it('counts a duplicate once, whether it repeats an id or completes a visit twice', () => {
    const snapshot = snapshotAfter([
      ...visit,
      visit[0]!,
      event('d1-again', 17, 'service.completed', {
        ticket: 'A001',
        counter: '2',
        outcome: 'received',
      }),
    ]);
    expect(snapshot.totals).toMatchObject({ issuedToday: 1, servedToday: 1 });
    expect(snapshot.kpis!.site.completed).toBe(1);
    expect(snapshot.anomalies!.endedTwice).toBe(1);
  });

  it.each([
    [
      'a completion without a call is kept and flagged',
      [visit[0]!, visit[3]!],
      { completedWithoutCall: 1 },
      { completed: 1, waitP50Seconds: null },
    ],
    [
      'a call without an issue',
      visit.slice(1),
      { calledWithoutIssue: 1 },
      { completed: 1, issued: 0, serviceP50Seconds: 600 },
    ],
    [
      'a start without a call',
      [visit[0]!, visit[2]!, visit[3]!],
      { startedWithoutCall: 1 },
      { completed: 1 },
    ],
    [
      'a no-show without a call',
      [visit[0]!, event('n1', 9, 'ticket.no_show', { ticket: 'A001' })],
      { noShowWithoutCall: 1 },
      { noShows: 1, noShowRate: 1 },
    ],
    [
      'a rating for a ticket never seen',
      [event('r1', 9, 'rating.submitted', { ticket: 'Z999', rating: 4 })],
      { ratingWithoutVisit: 1 },
      { ratings: 1, satisfiedShare: 1 },
    ],
  ])('%s', (_what, events, anomalies, figures) => {
    const snapshot = snapshotAfter(events);
    expect(snapshot.anomalies).toMatchObject(anomalies);
    expect(snapshot.kpis!.site).toMatchObject(figures);
  });

  it('lets a no-show who comes back be called again, counting the first call', () => {
    const snapshot = snapshotAfter([
      visit[0]!,
      visit[1]!,
      event('n1', 7, 'ticket.no_show', { ticket: 'A001', counter: '2' }),
      event('c2', 40, 'ticket.called', { ticket: 'A001', counter: '2' }),
      event('d2', 50, 'service.completed', { ticket: 'A001', counter: '2', outcome: 'returned' }),
    ]);
    expect(snapshot.kpis!.site).toMatchObject({ completed: 1, noShows: 0, waitP50Seconds: 300 });
  });

  it('does not free a counter when a late completion of its previous ticket arrives', () => {
    const snapshot = snapshotAfter([
      visit[0]!,
      visit[1]!,
      event('i2', 1, 'ticket.issued', { ticket: 'A002', field: 'chung-thuc' }),
      event('c2', 20, 'ticket.called', { ticket: 'A002', counter: '2' }),
      // A001's completion was stamped 08:16 but only reaches the collector now.
      visit[3]!,
    ]);
    expect(snapshot.counters[0]).toMatchObject({ state: 'serving', ticket: 'A002' });
    expect(snapshot.totals).toMatchObject({ serving: 1, servedToday: 1 });
  });

  describe.each([3, 11, 42])('a simulated day (seed %i) in any arrival order', (seed) => {
    const centre = demoCentreConfig('local');
    const dayStart = Date.parse('2026-11-27T00:00:00+07:00');
    const events: CounterEvent[] = planDay({
      seed,
      fields: simulatedFieldsOf(centre.fields!.map((f) => f.id)),
      counters: centre.counters!.map((c) => ({ id: c.id, fields: c.fields ?? [] })),
    }).map((planned, i) => ({
      ...planned.event,
      id: `sim-${i}`,
      ts: dayStart + planned.atSeconds * 1000,
      site: 'binh-xuyen',
    }));
    const shuffled = [...events];
    const rng = randomLcg(seed / 100);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const modelOf = (list: CounterEvent[], batch: boolean) => {
      const model = new QueueModel(
        'binh-xuyen',
        { fields: centre.fields!, counters: centre.counters! },
        false,
        {
          clock: () => EVENING,
        },
      );
      if (batch) model.applyAll(list);
      else list.forEach((e) => model.apply(e));
      return model.snapshot();
    };

    it('gives the same snapshot one by one, shuffled, or as one shuffled batch', () => {
      const inOrder = modelOf(events, false);
      expect(modelOf(shuffled, false)).toEqual(inOrder);
      expect(modelOf(shuffled, true)).toEqual(inOrder);
      expect(Object.values(inOrder.anomalies!).every((n) => n === 0)).toBe(true);
    });
  });
});
