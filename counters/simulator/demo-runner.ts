import type { CounterEvent } from '../../contracts/event.js';
import { localDayOf, startOfLocalDayMs } from '../local-day.js';
import {
  DAY_END_S,
  planDay,
  WORKING_PERIODS_S,
  type DayPlanOptions,
  type PlannedEvent,
} from './day-plan.js';

/** Options of the demo runner; `clock` returns epoch ms and is injected so tests can drive time. */
export interface DemoRunnerOptions {
  site: string;
  seed: number;
  /** Simulated seconds per real second. */
  speed: number;
  fields: DayPlanOptions['fields'];
  counters: DayPlanOptions['counters'];
  clock: () => number;
  /** Receives events as they fall due, stamped with the real time. */
  onEvents: (events: CounterEvent[]) => void;
  /** Called when a new simulated day begins while running (not when resuming one). */
  onDayStart?: () => void;
}

/** First simulated second of a cycle: half an hour before the counters open. */
const CYCLE_START_S = WORKING_PERIODS_S[0]![0] - 1800;
const CYCLE_LENGTH_S = DAY_END_S - CYCLE_START_S;

/**
 * Plays simulated days of the demo centre, one after another, at `speed` times real time. The
 * position in the cycle is a function of the wall clock, and event ids of (seed, day, cycle), so
 * a restarted collector resumes the same day where it was and never records an event twice.
 */
export class DemoRunner {
  private timer: NodeJS.Timeout | undefined;
  private cycle: { key: string; plan: PlannedEvent[]; next: number } | undefined;

  constructor(private readonly options: DemoRunnerOptions) {}

  /** Emits what fell due since the last call; `start()` calls it four times a second. */
  tick(nowMs: number = this.options.clock()): void {
    const { seed, speed, site } = this.options;
    const day = localDayOf(nowMs);
    const elapsedSimS = ((nowMs - startOfLocalDayMs(nowMs)) / 1000) * speed;
    const cycleIndex = Math.floor(elapsedSimS / CYCLE_LENGTH_S);
    const positionS = CYCLE_START_S + (elapsedSimS % CYCLE_LENGTH_S);
    const key = `demo-${seed}-${day}-c${cycleIndex}`;
    if (this.cycle?.key !== key) {
      if (this.cycle) this.options.onDayStart?.();
      const plan = planDay({ ...this.options, seed: seed * 100_003 + cycleIndex + dayNumber(day) });
      // On a (re)start, skip what the cycle had already played before now.
      const next = plan.findIndex((planned) => planned.atSeconds >= positionS);
      this.cycle = { key, plan, next: next < 0 ? plan.length : next };
    }
    const due: CounterEvent[] = [];
    const cycle = this.cycle;
    while (cycle.next < cycle.plan.length && cycle.plan[cycle.next]!.atSeconds <= positionS) {
      const planned = cycle.plan[cycle.next]!;
      due.push({ ...planned.event, id: `${key}-${cycle.next}`, ts: nowMs, site });
      cycle.next++;
    }
    if (due.length > 0) this.options.onEvents(due);
  }

  /** Real time (epoch ms) at which the simulated day running at `nowMs` began. */
  dayStartMs(nowMs: number): number {
    const midnightMs = startOfLocalDayMs(nowMs);
    const elapsedSimS = ((nowMs - midnightMs) / 1000) * this.options.speed;
    const cycleIndex = Math.floor(elapsedSimS / CYCLE_LENGTH_S);
    return midnightMs + Math.ceil((cycleIndex * CYCLE_LENGTH_S * 1000) / this.options.speed);
  }

  start(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), 250);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}
