import { Router } from 'express';
import { z } from 'zod';
import type { OutagesResponse } from '../../../contracts/link-health.js';
import type { LinkHealth } from '../../link-health/index.js';
import { HttpError } from '../http-error.js';
import { instantSchema } from '../query-params.js';
import { parseOrThrow } from '../validate.js';

const outagesQuerySchema = z.object({
  from: instantSchema.optional(),
  to: instantSchema.optional(),
});

/** `GET /api/v1/outages?from=&to=`: outages overlapping the range (default: the last 7 days), open ones included. */
export function outagesRoutes({
  linkHealth,
  clock,
}: {
  linkHealth: LinkHealth;
  clock: () => number;
}): Router {
  const router = Router();
  router.get('/api/v1/outages', (request, response) => {
    const query = parseOrThrow(outagesQuerySchema, request.query, 'query parameters');
    const toMs = query.to ?? clock();
    const fromMs = query.from ?? toMs - 7 * 86_400_000;
    if (fromMs > toMs)
      throw new HttpError(400, 'from must not be after to', [
        { path: 'from', message: 'is after to' },
      ]);
    const body: OutagesResponse = { outages: linkHealth.outages(fromMs, toMs) };
    response.json(body);
  });
  return router;
}
