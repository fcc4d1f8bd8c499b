// Store and forward: the outbox over the recorder's rows, line protocol, sinks, and the forwarder.
export { Forwarder, type ForwarderOptions, type ForwarderStatus } from './forwarder.js';
export { eventToLine, sampleToLine } from './line-protocol.js';
export { Outbox, type OutboxBatch } from './outbox.js';
export { createSink, SinkError, type LineSink } from './sinks/index.js';
