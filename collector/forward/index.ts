// Store and forward: the outbox over the recorder's rows, line protocol, sinks, and the forwarder.
export {
  Forwarder,
  forwarderStatus,
  type ForwarderHealth,
  type ForwarderOptions,
  type ForwarderStatus,
} from './forwarder.js';
export { ForwarderThread } from './forwarder-thread.js';
export { eventToLine, sampleToLine } from './line-protocol.js';
export { Outbox, type OutboxBatch } from './outbox.js';
export { createSink, SinkError, type LineSink } from './sinks/index.js';
