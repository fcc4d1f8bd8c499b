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
