import { randomInt, randomLcg, randomLogNormal } from 'd3-random';
import type { CounterEvent } from '../../contracts/event.js';

/** A field of the simulated centre: how often citizens come for it and how long a visit takes. */
export interface SimulatedField {
  id: string;
  /** Relative share of arrivals. */
  weight: number;
  /** Median service time in minutes. */
  medianServiceMinutes: number;
}

/** What a simulated day needs: the centre's fields and counters, and the seed that fixes the day. */
export interface DayPlanOptions {
  seed: number;
  fields: readonly SimulatedField[];
  counters: readonly { id: string; fields: readonly string[] }[];
}

/** One event of the simulated day, at `atSeconds` after local midnight (id, ts and site come later). */
export interface PlannedEvent {
  atSeconds: number;
  event: Omit<CounterEvent, 'id' | 'ts' | 'site'>;
}

const HOUR = 3600;
/** Working periods of DOMAIN.md: 07:30–11:30 and 13:30–17:00. */
export const WORKING_PERIODS_S: readonly [number, number][] = [
  [7.5 * HOUR, 11.5 * HOUR],
  [13.5 * HOUR, 17 * HOUR],
];
/** The simulated day ends here even if counters are still busy (late closes end by then). */
export const DAY_END_S = 18.5 * HOUR;
/** Relative arrivals per half hour: a morning peak, a quieter afternoon. */
const ARRIVAL_WEIGHTS = [
  [1.0, 1.8, 2.2, 2.0, 1.6, 1.2, 1.0, 0.6],
  [0.8, 1.2, 1.2, 1.0, 0.9, 0.7, 0.4],
] as const;
/** Procedures completed per day at the reference centre (DOMAIN.md). */
const PROCEDURES_PER_DAY: readonly [number, number] = [30, 45];
const RATING_RATE = 0.7;

interface CounterSim {
  id: string;
  fields: ReadonlySet<string>;
  phase: 'closed' | 'idle' | 'called' | 'serving' | 'paused';
  ticket: Ticket | null;
  nextAtS: number;
}

type Fate = 'received' | 'returned' | 'guided' | 'no_show';

interface Ticket {
  number: string;
  field: string;
  issuedAtS: number;
  /** How the visit ends, drawn up front so that the day's totals stay in the reference range. */
  fate: Fate;
}

/**
 * A whole day of the reference centre (DOMAIN.md): 30–45 procedures completed, plus a few
 * guidance-only visits and no-shows, a morning peak, the lunch break, late closes.
 * The same options give the same day, event for event.
 */
export function planDay(options: DayPlanOptions): PlannedEvent[] {
  const rng = randomLcg(mixSeed(options.seed));
  const uniform = (): number => rng();
  const plan: PlannedEvent[] = [];
  const emit = (atSeconds: number, event: PlannedEvent['event']): void => {
    plan.push({ atSeconds, event });
  };

  const arrivals = planArrivals(options, uniform);
  const waiting: Ticket[] = [];
  const counters: CounterSim[] = options.counters.map((c) => ({
    id: c.id,
    fields: new Set(c.fields),
    phase: 'closed',
    ticket: null,
    nextAtS: 0,
  }));
  const serviceTime = new Map(
    options.fields.map((f) => [
      f.id,
      randomLogNormal.source(rng)(Math.log(f.medianServiceMinutes * 60), 0.45),
    ]),
  );

  let nextArrival = 0;
  for (let t = WORKING_PERIODS_S[0]![0]; t < DAY_END_S; t++) {
    const period = WORKING_PERIODS_S.findIndex(([start, end]) => t >= start && t < end);
    const afterHours = t >= WORKING_PERIODS_S[WORKING_PERIODS_S.length - 1]![1];
    if (WORKING_PERIODS_S.some(([start]) => start === t)) {
      for (const counter of counters) {
        counter.phase = 'idle';
        emit(t, { type: 'counter.opened', counter: counter.id });
      }
    }
    while (nextArrival < arrivals.length && arrivals[nextArrival]!.issuedAtS <= t) {
      const ticket = arrivals[nextArrival++]!;
      waiting.push(ticket);
      emit(t, { type: 'ticket.issued', ticket: ticket.number, field: ticket.field });
    }
    for (const counter of counters) {
      if (counter.phase === 'called' && t >= counter.nextAtS) {
        const ticket = counter.ticket!;
        if (ticket.fate === 'no_show') {
          emit(t, { type: 'ticket.no_show', ticket: ticket.number, counter: counter.id });
          counter.phase = 'idle';
        } else {
          emit(t, { type: 'service.started', ticket: ticket.number, counter: counter.id });
          counter.phase = 'serving';
          counter.nextAtS = t + Math.round(serviceTime.get(ticket.field)!());
        }
      } else if (counter.phase === 'serving' && t >= counter.nextAtS) {
        const ticket = counter.ticket!;
        const outcome = ticket.fate === 'no_show' ? 'guided' : ticket.fate;
        emit(t, { type: 'service.completed', ticket: ticket.number, counter: counter.id, outcome });
        if (uniform() < RATING_RATE) {
          const score = uniform();
          const rating = score < 0.6 ? 4 : score < 0.9 ? 3 : score < 0.98 ? 2 : 1;
          emit(t + 5 + Math.round(uniform() * 15), {
            type: 'rating.submitted',
            ticket: ticket.number,
            counter: counter.id,
            rating,
          });
        }
        counter.phase = 'idle';
        counter.ticket = null;
      }
      if (counter.phase !== 'idle') continue;
      const index = waiting.findIndex((ticket) => counter.fields.has(ticket.field));
      // Counters call during working periods, and after closing time until the queue is empty.
      if (index >= 0 && (period >= 0 || afterHours)) {
        const [ticket] = waiting.splice(index, 1);
        counter.ticket = ticket!;
        counter.phase = 'called';
        counter.nextAtS = t + 20 + Math.round(uniform() * 40);
        emit(t, {
          type: 'ticket.called',
          ticket: ticket!.number,
          field: ticket!.field,
          counter: counter.id,
        });
      } else if (period < 0) {
        counter.phase = afterHours ? 'closed' : 'paused';
        emit(t, { type: afterHours ? 'counter.closed' : 'counter.paused', counter: counter.id });
      }
    }
  }
  return plan.sort((a, b) => a.atSeconds - b.atSeconds);
}

function planArrivals(options: DayPlanOptions, uniform: () => number): Ticket[] {
  const procedures = randomInt.source(uniform)(PROCEDURES_PER_DAY[0], PROCEDURES_PER_DAY[1] + 1)();
  const guided = randomInt.source(uniform)(1, 6)();
  const noShows = randomInt.source(uniform)(0, 5)();
  const fates = shuffle(
    [
      ...Array.from({ length: procedures }, (): Fate =>
        uniform() < 0.65 ? 'received' : 'returned',
      ),
      ...Array.from({ length: guided }, (): Fate => 'guided'),
      ...Array.from({ length: noShows }, (): Fate => 'no_show'),
    ],
    uniform,
  );
  const slots = WORKING_PERIODS_S.flatMap(([start], period) =>
    ARRIVAL_WEIGHTS[period]!.map((weight, i) => ({ startS: start + i * 1800, weight })),
  );
  const pick = <T extends { weight: number }>(items: readonly T[]): T => {
    const total = items.reduce((a, item) => a + item.weight, 0);
    let draw = uniform() * total;
    for (const item of items) {
      draw -= item.weight;
      if (draw < 0) return item;
    }
    return items[items.length - 1]!;
  };
  const numbers = new Map<string, number>();
  return fates
    .map((fate) => {
      const slot = pick(slots);
      return {
        issuedAtS: slot.startS + Math.floor(uniform() * 1800),
        field: pick(options.fields).id,
        fate,
      };
    })
    .sort((a, b) => a.issuedAtS - b.issuedAtS)
    .map(({ issuedAtS, field, fate }) => {
      const n = (numbers.get(field) ?? 0) + 1;
      numbers.set(field, n);
      const prefix = String.fromCharCode(65 + options.fields.findIndex((f) => f.id === field));
      return { number: `${prefix}${String(n).padStart(3, '0')}`, field, issuedAtS, fate };
    });
}

/** Fisher–Yates, driven by the seeded generator. */
function shuffle<T>(items: T[], uniform: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Spreads small integer seeds over [0, 1) (murmur3's finaliser): d3's LCG gives nearly the same
 * first draws for seeds 1, 2, 3…, which would make every demo day start alike.
 */
function mixSeed(seed: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}
