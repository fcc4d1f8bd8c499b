import type { PulseConfig } from '../../config/schema.js';
import type { ForwarderHealth } from './forwarder.js';

/** What the forwarder's thread is started with. */
export interface ForwardWorkerData {
  /** Path of the recorder's SQLite file. */
  databaseFile: string;
  influx: PulseConfig['influx'];
}

/** Messages from the main thread to the forwarder's thread. */
export type ToForwardWorker = { type: 'stop' };

/** Messages from the forwarder's thread. */
export type FromForwardWorker =
  | { type: 'health'; health: ForwarderHealth }
  /** One pino JSON line, to be written by the main thread's logger. */
  | { type: 'log'; record: string }
  | { type: 'stopped' };
