import express, { type Express } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { PulseConfig } from '../../config/schema.js';
import type { HealthResponse } from '../../contracts/api.js';
import type { QueueBoard } from '../../counters/queue-board.js';
import type { AccessTokens } from '../auth/tokens.js';
import type { DeviceRegistry, TerminalService } from '../devices/index.js';
import type { Intake } from '../intake.js';
import type { LinkHealth } from '../link-health/index.js';
import type { CollectorMetrics } from '../metrics.js';
import type { Recorder } from '../recorder/recorder.js';
import { requireRole } from './auth.js';
import { createErrorHandler } from './error-handler.js';
import { HttpError } from './http-error.js';
import { deviceEventRoutes } from './routes/device-events.js';
import { deviceRoutes } from './routes/devices.js';
import { exportRoutes } from './routes/export.js';
import { ingestRoutes } from './routes/ingest.js';
import { outagesRoutes } from './routes/outages.js';
import { reportRoutes } from './routes/report.js';
import { seriesRoutes } from './routes/series.js';
import { sessionRoutes } from './routes/session.js';
import { queueRoutes, statusRoutes } from './routes/status.js';
import { terminalRoutes } from './routes/terminal.js';

/** What the HTTP app needs; `main.ts` builds these and hands them in. */
export interface AppDependencies {
  recorder: Recorder;
  intake: Intake;
  queues: QueueBoard;
  tokens: AccessTokens;
  metrics: CollectorMetrics;
  logger: Logger;
  clock: () => number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Most write requests per client address and minute. */
  ingestRequestsPerMinute: number;
  /** Folder of the built dashboard (index.html and assets). */
  dashboardDir: string;
  /** The settings (names, working hours, KPI targets for reports). */
  config: PulseConfig;
  /** Target states, outages and the diagnosis. */
  linkHealth: LinkHealth;
  /** The forwarder's state for `/healthz`. */
  forwarderStatus: () => HealthResponse['forwarder'];
  /** Counter terminal devices (kiosk, counter page, rating pad) and their codes. */
  devices: DeviceRegistry;
  /** Ticket numbers and calls the terminals ask the collector to allocate. */
  terminals: TerminalService;
}

/** The collector's HTTP app, without `listen()`: tests run it on port 0, `main.ts` on the real port. */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Behind a reverse proxy, the client's address is in X-Forwarded-For (only as many hops as set).
  app.set('trust proxy', deps.config.server.trustedProxyHops);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // The dashboard loads only its own files and talks only to this collector (WS included).
          'default-src': ["'self'"],
          'connect-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'self'"],
          'upgrade-insecure-requests': null, // centres run plain HTTP on the LAN
        },
      },
      strictTransportSecurity: false,
    }),
  );

  app.use(statusRoutes(deps));
  const { devices, terminals } = deps;
  app.use(terminalRoutes(deps));
  app.use(deviceRoutes({ ...deps, counters: terminals.counterIds() }));
  // Before the ingest route: it takes the events of terminal devices and passes the rest on.
  app.use(deviceEventRoutes({ ...deps, site: terminals.siteId }));
  app.use(ingestRoutes(deps));
  app.use(sessionRoutes(deps));
  app.use(exportRoutes(deps));
  // Terminals show the waiting count: the live queue is open to devices as well as viewers.
  app.use(
    '/api/v1/queue',
    requireRole({ role: ['viewer', 'device'], tokens: deps.tokens, devices }),
  );
  app.use(queueRoutes(deps));
  const viewer = requireRole({ role: 'viewer', tokens: deps.tokens });
  app.use('/api/v1', viewer);
  app.use(seriesRoutes(deps));
  app.use(outagesRoutes(deps));
  app.use(reportRoutes(deps));
  app.use('/api', (request, _response, next) => {
    next(
      new HttpError(
        404,
        `no API route ${request.method} ${request.originalUrl.split('?')[0]}; see docs/architecture.md`,
      ),
    );
  });
  app.use(dashboard(deps.dashboardDir));
  app.use(createErrorHandler(deps));
  return app;
}

/** Serves the built dashboard, or says how to build it. */
function dashboard(dashboardDir: string): express.RequestHandler {
  const indexFile = join(dashboardDir, 'index.html');
  const files = express.static(dashboardDir, {
    index: 'index.html',
    // The terminal pages open as /kiosk, /counter and /rating.
    extensions: ['html'],
    maxAge: '1h',
    setHeaders: noCacheForHtml,
  });
  return (request, response, next) => {
    if (!existsSync(indexFile)) {
      response
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The dashboard is not built yet: run "npm run build" in the OneStop Pulse folder, then reload.',
        );
      return;
    }
    files(request, response, next);
  };
}

function noCacheForHtml(response: express.Response, path: string): void {
  // index.html names the hashed assets of the current build: never serve a stale one.
  if (path.endsWith('.html')) response.setHeader('Cache-Control', 'no-cache');
}
