import type { PulseConfig } from '../config/schema.js';
import type { CounterEvent } from '../contracts/event.js';
import { DEMO_SITE, type QueueBoard } from '../counters/queue-board.js';
import { DemoRunner, simulatedFieldsOf } from '../counters/simulator/index.js';

/** The demo centre's simulated counters, whose events go to `onEvents` under the site `demo`. */
export function createDemoRunner(
  config: PulseConfig,
  clock: () => number,
  onEvents: (events: CounterEvent[]) => void,
  queues: QueueBoard,
): DemoRunner {
  return new DemoRunner({
    site: DEMO_SITE,
    seed: config.demo.seed,
    speed: config.demo.speed,
    fields: simulatedFieldsOf(config.fields.map((field) => field.id)),
    counters: config.counters,
    clock,
    onEvents,
    onDayStart: () => queues.startNewDay(DEMO_SITE),
  });
}
