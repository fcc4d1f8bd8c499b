import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { pino } from 'pino';
import type { PulseConfig } from '../../config/schema.js';
import type { ForwardWorkerData, FromForwardWorker } from './forward-messages.js';
import { forwarderStatus, type ForwarderHealth, type ForwarderStatus } from './forwarder.js';
import type { Outbox } from './outbox.js';
import { createSink } from './sinks/index.js';

/** Options of the forwarder's thread. */
export interface ForwarderThreadOptions {
  /** Path of the recorder's SQLite file, opened again by the thread. */
  databaseFile: string;
  influx: PulseConfig['influx'];
  /** An outbox on the main thread's connection, read for the backlog in `status()`. */
  outbox: Pick<Outbox, 'backlog' | 'quarantinedCount'>;
  logger: Logger;
  clock?: () => number;
  /** Delay before a thread that stopped unexpectedly is started again, in ms. */
  restartDelayMs?: number;
}

/**
 * Runs the forwarder in a worker thread and answers for it on the main thread: `status()` is
 * read synchronously (for `/healthz` and `/metrics`) from the health the thread reports and the
 * outbox. A thread that dies is logged and started again: the outbox keeps every undelivered row.
 */
export class ForwarderThread {
  private worker: Worker | undefined;
  private running = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private health: ForwarderHealth = { state: 'ok', lastError: null, delivered: 0 };
  /** Lines delivered by threads that ended (a restarted thread counts from zero). */
  private deliveredBefore = 0;

  /** Where the lines go, without secrets, for the start-up log line. */
  readonly description: string;

  constructor(private readonly options: ForwarderThreadOptions) {
    const sink = createSink(options.influx);
    if (!sink) throw new Error('forwarding needs influx.url');
    this.description = sink.description;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.spawn();
  }

  status(): ForwarderStatus {
    const health = { ...this.health, delivered: this.deliveredBefore + this.health.delivered };
    return forwarderStatus(health, this.options.outbox, (this.options.clock ?? Date.now)());
  }

  /** Stops after the request in flight, if any; undelivered rows stay in the outbox. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((done) => {
      // The request in flight ends within the sink's timeout; past that, stop the thread outright.
      const deadline = setTimeout(() => void worker.terminate(), 45_000);
      worker.once('exit', () => {
        clearTimeout(deadline);
        done();
      });
      worker.postMessage({ type: 'stop' });
    });
  }

  private spawn(): void {
    const workerData: ForwardWorkerData = {
      databaseFile: this.options.databaseFile,
      influx: this.options.influx,
    };
    const [entry, options] = workerEntry();
    const worker = new Worker(entry, { ...options, workerData });
    this.worker = worker;
    worker.on('message', (message: FromForwardWorker) => this.receive(message));
    worker.on('error', (error) => {
      this.options.logger.error({ err: error }, 'the forwarder thread failed');
      this.health = { ...this.health, state: 'retrying', lastError: `forwarder: ${error.message}` };
    });
    worker.on('exit', () => {
      this.worker = undefined;
      this.deliveredBefore += this.health.delivered;
      this.health = { ...this.health, delivered: 0 };
      if (!this.running) return;
      const delayMs = this.options.restartDelayMs ?? 5000;
      this.options.logger.warn({ retryInMs: delayMs }, 'the forwarder thread stopped; restarting');
      this.restartTimer = setTimeout(() => this.running && this.spawn(), delayMs);
    });
  }

  private receive(message: FromForwardWorker): void {
    if (message.type === 'health') this.health = message.health;
    else if (message.type === 'log') this.relayLog(message.record);
  }

  /** Writes a record of the thread's logger with the main logger, at its level. */
  private relayLog(record: string): void {
    const { level, msg, ...fields } = JSON.parse(record) as {
      level: number;
      msg?: string;
    } & Record<string, unknown>;
    const label = pino.levels.labels[level] as pino.Level | undefined;
    this.options.logger[label ?? 'info']({ ...fields, thread: 'forwarder' }, msg);
  }
}

/**
 * The thread's entry: the built JavaScript file in production; from the TypeScript sources (tests,
 * benchmarks), a bootstrap that loads it through tsx, since Node 20 workers do not inherit the
 * parent's `--import tsx` hooks.
 */
function workerEntry(): [string | URL, { eval?: boolean }] {
  const extension = extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./forward-worker${extension}`, import.meta.url);
  if (extension !== '.ts') return [entry, {}];
  const tsxApi = pathToFileURL(
    join(
      dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
      'dist/esm/api/index.mjs',
    ),
  );
  const code = `import(${JSON.stringify(tsxApi.href)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}));`;
  return [code, { eval: true }];
}
