import express, { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { counterEventSchema } from '../../../contracts/event.js';
import { sampleSchema } from '../../../contracts/sample.js';
import type { AccessTokens } from '../../auth/tokens.js';
import type { Intake } from '../../intake.js';
import type { CollectorMetrics } from '../../metrics.js';
import { requireRole } from '../auth.js';
import { HttpError } from '../http-error.js';
import { parseOrThrow } from '../validate.js';

/** Most items in one batch; larger backlogs are sent as several batches. */
export const MAX_BATCH_ITEMS = 10_000;

const batchOf = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: 'must be a JSON array of objects' })
    .min(1, 'must hold at least one item')
    .max(MAX_BATCH_ITEMS, `must hold at most ${MAX_BATCH_ITEMS} items: split the batch`);

const samplesBody = batchOf(sampleSchema);
const eventsBody = batchOf(counterEventSchema);

/** `POST /api/v1/samples` and `/events`: validated whole, recorded durably, then answered 202. */
export function ingestRoutes({
  intake,
  tokens,
  bodyLimitBytes,
  ingestRequestsPerMinute,
  metrics,
}: {
  intake: Intake;
  tokens: AccessTokens;
  bodyLimitBytes: number;
  /** Most write requests per client address and minute. */
  ingestRequestsPerMinute: number;
  metrics: CollectorMetrics;
}): Router {
  const router = Router();
  const parseJson = express.json({ limit: bodyLimitBytes, strict: false, type: () => true });
  // Limited before the token check, so that guessing tokens is limited too.
  const limit = rateLimit({
    windowMs: 60_000,
    limit: ingestRequestsPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, _response, next, options) => {
      next(
        new HttpError(
          429,
          `more than ${ingestRequestsPerMinute} write requests in a minute from this address: send larger batches less often, or raise server.ingestRequestsPerMinute`,
          undefined,
          { 'retry-after': String(Math.ceil(options.windowMs / 1000)) },
        ),
      );
    },
  });
  const guard = [limit, requireRole({ role: 'ingest', tokens }), requireJsonContentType, parseJson];

  router.post('/api/v1/samples', ...guard, (request, response) => {
    const stop = metrics.ingestSeconds.startTimer({ kind: 'samples' });
    const samples = parseOrThrow(samplesBody, request.body, 'samples');
    intake.acceptSamples(samples, 'http', () => {
      stop();
      response.status(202).json({ accepted: samples.length });
    });
  });

  router.post('/api/v1/events', ...guard, (request, response) => {
    const stop = metrics.ingestSeconds.startTimer({ kind: 'events' });
    const events = parseOrThrow(eventsBody, request.body, 'events');
    intake.acceptEvents(events, (result) => {
      stop();
      response.status(202).json(result);
    });
  });
  return router;
}

const requireJsonContentType: express.RequestHandler = (request, _response, next) => {
  if (request.is('application/json')) return next();
  next(
    new HttpError(
      415,
      `the body must be JSON: send "Content-Type: application/json" (got ${request.headers['content-type'] ?? 'none'})`,
    ),
  );
};
