import { Router } from 'express';
import { z } from 'zod';
import type { AccessTokens } from '../../auth/tokens.js';
import {
  buildGrafanaDashboard,
  DEFAULT_GRAFANA_FLAVOUR,
  GRAFANA_FLAVOUR_NAMES,
} from '../../export/grafana/index.js';
import { requireRole } from '../auth.js';
import { parseOrThrow } from '../validate.js';

const exportQuerySchema = z.object({
  flavour: z
    .enum(GRAFANA_FLAVOUR_NAMES, {
      error: `must be one of ${GRAFANA_FLAVOUR_NAMES.join(', ')} (the dashboard's query language)`,
    })
    .default(DEFAULT_GRAFANA_FLAVOUR),
});

/**
 * `GET /api/v1/export/grafana?flavour=influxql|flux`: the Grafana dashboard JSON, for the admin
 * only (it names the schema of the shared InfluxDB, not data, but it is a setup task).
 */
export function exportRoutes({ tokens }: { tokens: AccessTokens }): Router {
  const router = Router();
  router.get(
    '/api/v1/export/grafana',
    requireRole({ role: 'admin', tokens }),
    (request, response) => {
      const { flavour } = parseOrThrow(exportQuerySchema, request.query, 'query parameters');
      response
        .attachment(`onestop-pulse-${flavour}.json`)
        .type('application/json')
        .send(JSON.stringify(buildGrafanaDashboard({ flavour }), null, 2) + '\n');
    },
  );
  return router;
}
