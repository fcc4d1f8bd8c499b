import { Router } from 'express';
import type { HealthResponse } from '../../../contracts/api.js';
import type { QueueBoard } from '../../../counters/queue-board.js';
import type { CollectorMetrics } from '../../metrics.js';
import type { Recorder } from '../../recorder/recorder.js';

/** `GET /healthz` and `/metrics` (no token: they hold no centre data) and `GET /api/v1/queue`. */
export function statusRoutes({
  recorder,
  metrics,
  forwarderStatus,
}: {
  recorder: Recorder;
  metrics: CollectorMetrics;
  /** The forwarder's state and backlog; `disabled` when there is no InfluxDB. */
  forwarderStatus: () => HealthResponse['forwarder'];
}): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    const recorderOk = recorder.isHealthy();
    const forwarder = forwarderStatus();
    const forwarderOk =
      (forwarder.state === 'ok' || forwarder.state === 'disabled') && !forwarder.alarm;
    const body: HealthResponse = {
      status: recorderOk && forwarderOk ? 'ok' : 'degraded',
      recorder: recorderOk ? 'ok' : 'error',
      forwarder,
    };
    response.status(recorderOk ? 200 : 503).json(body);
  });
  router.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

/** `GET /api/v1/queue`: the live queue of every known site. */
export function queueRoutes({ queues }: { queues: QueueBoard }): Router {
  const router = Router();
  router.get('/api/v1/queue', (_request, response) => {
    response.json({ queues: queues.snapshots() });
  });
  return router;
}
