// The forwarder's thread: its own connection to the recorder's database (WAL lets it read while
// the main thread writes), the outbox, the sink and the forwarder's loop. Reading a backlog,
// building line protocol and answering InfluxDB no longer take turns with ingest and the live hub.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { Forwarder } from './forwarder.js';
import { Outbox } from './outbox.js';
import { createSink } from './sinks/index.js';
import type { ForwardWorkerData, FromForwardWorker, ToForwardWorker } from './forward-messages.js';

const port = parentPort!;
const post = (message: FromForwardWorker): void => port.postMessage(message);
const { databaseFile, influx } = workerData as ForwardWorkerData;

// Log records go to the main thread, which writes them with its own logger (level, redaction).
const logger = pino(
  { level: 'debug', base: undefined, timestamp: false },
  { write: (line: string) => post({ type: 'log', record: line }) },
);

const db = new Database(databaseFile);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
// The main thread commits a batch at a time; wait for it rather than fail with SQLITE_BUSY.
db.pragma('busy_timeout = 10000');

const sink = createSink(influx);
if (!sink) throw new Error('the forwarder thread was started without influx.url');
const forwarder = new Forwarder({
  outbox: new Outbox(db),
  sink,
  logger,
  batchLines: influx.batchLines,
  flushIntervalMs: influx.flushIntervalMs,
  onHealth: (health) => post({ type: 'health', health }),
});
forwarder.start();

port.on('message', (message: ToForwardWorker) => {
  if (message.type !== 'stop') return;
  void forwarder.stop().then(() => {
    db.close();
    post({ type: 'stopped' });
    process.exit(0); // ends this thread only, even if an idle keep-alive socket is still open
  });
});
