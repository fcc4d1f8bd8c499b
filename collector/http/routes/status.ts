import { Router } from 'express';
import type { HealthResponse } from '../../../contracts/api.js';
import type { QueueBoard } from '../../../counters/queue-board.js';
import type { CollectorMetrics } from '../../metrics.js';
import type { Recorder } from '../../recorder/recorder.js';

/** `GET /healthz` and `/metrics` (no token: they hold no centre data) and `GET /api/v1/queue`. */
export function statusRoutes({
  recorder,
  metrics,
}: {
  recorder: Recorder;
  metrics: CollectorMetrics;
}): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    const recorderOk = recorder.isHealthy();
    const body: HealthResponse = {
      status: recorderOk ? 'ok' : 'degraded',
      recorder: recorderOk ? 'ok' : 'error',
      forwarder: { state: 'disabled', backlog: 0 },
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
