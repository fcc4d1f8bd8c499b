// The demo centre's simulated counters: a seeded day plan, and a runner that plays it live.
export { DemoRunner, type DemoRunnerOptions } from './demo-runner.js';
export { simulatedFieldsOf } from './demo-fields.js';
export {
  planDay,
  type DayPlanOptions,
  type PlannedEvent,
  type SimulatedField,
} from './day-plan.js';
