// Counter throughput: the live queue model, the centre's local day, and the demo simulator.
export { localDayOf, startOfLocalDayMs, CENTRE_TIME_ZONE } from './local-day.js';
export { DEMO_SITE, QueueBoard } from './queue-board.js';
export { QueueModel, type QueueNames } from './queue-model.js';
export * from './simulator/index.js';
