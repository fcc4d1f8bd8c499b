import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The collector's Prometheus metrics, in a registry of its own (no global state across instances). */
export interface CollectorMetrics {
  registry: Registry;
  samplesIngested: Counter<'source'>;
  eventsIngested: Counter<'result'>;
  requestsRejected: Counter<'route' | 'status'>;
  ingestSeconds: Histogram<'kind'>;
  liveClients: Gauge;
  liveMessagesDropped: Counter<'reason'>;
}

/** Creates the metrics; `/metrics` serves `registry`. */
export function createMetrics(): CollectorMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pulse_process_' });
  const registers = [registry];
  return {
    registry,
    samplesIngested: new Counter({
      name: 'pulse_samples_ingested_total',
      help: 'Samples durably recorded, by source (http or the built-in probes).',
      labelNames: ['source'],
      registers,
    }),
    eventsIngested: new Counter({
      name: 'pulse_events_ingested_total',
      help: 'Counter events received, by result (accepted or duplicate).',
      labelNames: ['result'],
      registers,
    }),
    requestsRejected: new Counter({
      name: 'pulse_requests_rejected_total',
      help: 'Requests answered with a 4xx, by route and status.',
      labelNames: ['route', 'status'],
      registers,
    }),
    ingestSeconds: new Histogram({
      name: 'pulse_ingest_duration_seconds',
      help: 'Time to validate and durably record one ingest batch.',
      labelNames: ['kind'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    }),
    liveClients: new Gauge({
      name: 'pulse_live_clients',
      help: 'WebSocket clients connected to /api/v1/live.',
      registers,
    }),
    liveMessagesDropped: new Counter({
      name: 'pulse_live_messages_dropped_total',
      help: 'Live messages not sent to a client that was not reading fast enough.',
      labelNames: ['reason'],
      registers,
    }),
  };
}

/** What the forwarder's gauges read at each scrape (no timer of their own). */
export interface ForwarderReadings {
  state: string;
  backlog: number;
  backlogAgeSeconds: number;
  quarantined: number;
  delivered: number;
}

/** Registers the forwarder's gauges; they call `read` when `/metrics` is scraped. */
export function registerForwarderMetrics(
  metrics: CollectorMetrics,
  read: () => ForwarderReadings,
): void {
  const registers = [metrics.registry];
  const gauge = (name: string, help: string, pick: (r: ForwarderReadings) => number): void => {
    new Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(pick(read()));
      },
    });
  };
  gauge(
    'pulse_forward_backlog_rows',
    'Samples and events recorded and not yet delivered to InfluxDB.',
    (r) => r.backlog,
  );
  gauge(
    'pulse_forward_backlog_age_seconds',
    'Age of the oldest undelivered row.',
    (r) => r.backlogAgeSeconds,
  );
  gauge(
    'pulse_forward_quarantined_lines',
    'Lines InfluxDB will never accept, set aside.',
    (r) => r.quarantined,
  );
  gauge(
    'pulse_forward_delivered_lines',
    'Lines delivered to InfluxDB since start.',
    (r) => r.delivered,
  );
  new Gauge({
    name: 'pulse_forward_up',
    help: '1 when the forwarder delivers (state ok), 0 while it retries or needs a person.',
    registers,
    collect() {
      this.set(read().state === 'ok' ? 1 : 0);
    },
  });
}
