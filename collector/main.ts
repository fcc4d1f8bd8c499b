import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { LoadedSettings } from '../config/index.js';
import type { HealthResponse } from '../contracts/api.js';
import type { TargetInfo } from '../contracts/live.js';
import { DEMO_SITE, QueueBoard } from '../counters/queue-board.js';
import { startOfLocalDayMs } from '../counters/local-day.js';
import { findDefaultGateway } from '../probes/default-gateway.js';
import { PingToolMissingError } from '../probes/icmp/icmp-probe.js';
import { ProbeScheduler } from '../probes/index.js';
import { resolveAccessTokens, type AccessTokens } from './auth/tokens.js';
import { createDemoRunner } from './demo-runner.js';
import { DeviceRegistry, TerminalService } from './devices/index.js';
import { checkAccess } from './http/auth.js';
import { createApp } from './http/app.js';
import { Intake } from './intake.js';
import { scheduleTargets } from './probe-targets.js';
import { startQueueSampler } from './queue-sampler.js';
import { createBaselineProvider } from './queue-baseline.js';
import { LinkHealth, OutageStore } from './link-health/index.js';
import { LiveHub, type LiveHubOptions } from './live/live-hub.js';
import { ForwarderThread, Outbox } from './forward/index.js';
import { createMetrics, registerForwarderMetrics } from './metrics.js';
import { defaultDashboardDir } from './package-root.js';
import { Maintenance } from './recorder/maintenance.js';
import { Recorder } from './recorder/recorder.js';
import { RetentionJob } from './recorder/retention.js';
import { RollupJob } from './recorder/rollups.js';

/** What `startCollector` needs from its caller. */
export interface StartCollectorOptions {
  settings: LoadedSettings;
  logger: Logger;
  /** Epoch ms; injected so that tests can fix time. */
  clock?: () => number;
  /** Folder of the built dashboard; defaults to `dist/dashboard` of the package. */
  dashboardDir?: string;
  /** Live hub tuning (ping interval, slow-client threshold); tests shorten the ping. */
  live?: Pick<LiveHubOptions, 'pingIntervalSeconds' | 'skipAboveBytes'>;
}

/** A running collector: where it listens, its tokens (for tests and the CLI), and how to stop it. */
export interface RunningCollector {
  url: string;
  port: number;
  dataDir: string;
  tokens: AccessTokens;
  close(): Promise<void>;
}

/**
 * The composition root: builds every part of the collector from the settings, wires them, and
 * listens. Nothing else in the code base creates a part or reads the environment.
 */
export async function startCollector(options: StartCollectorOptions): Promise<RunningCollector> {
  const { settings, logger } = options;
  const { config } = settings;
  const clock = options.clock ?? Date.now;
  const dataDir = resolve(config.server.dataDir);

  // Store and identity: the SQLite recorder, and tokens (generated on first start if unset).
  const recorder = new Recorder(dataDir, clock);
  const { tokens, generatedFile } = resolveAccessTokens(config.auth, dataDir);
  if (generatedFile)
    logger.info({ file: generatedFile }, 'ingest and admin tokens are kept in this file');

  // Live state: today's queues rebuilt from the recorder, then kept current by the intake.
  const metrics = createMetrics();
  const queues = new QueueBoard(config.site.id, config, {
    clock,
    targetWaitSeconds: config.kpis.targetWaitMinutes * 60,
    defaultServiceSeconds: config.kpis.defaultServiceMinutes * 60,
    workingHours: config.workingHours,
    baselineOf: createBaselineProvider(recorder, config.workingHours),
  });
  const acceptDemoEvents = (events: Parameters<Intake['acceptEvents']>[0]): void => {
    try {
      intake.acceptEvents(events);
    } catch (error) {
      logger.error({ err: error }, 'could not record demo events');
    }
  };
  const demo = config.demo.enabled
    ? createDemoRunner(config, clock, acceptDemoEvents, queues)
    : undefined;
  queues.apply(
    recorder.eventsSince(startOfLocalDayMs(clock())).filter((event) => event.site !== DEMO_SITE),
  );
  if (demo)
    queues.apply(
      recorder.eventsSince(demo.dayStartMs(clock())).filter((event) => event.site === DEMO_SITE),
    );

  // Link health: target states, outages (open ones reloaded from the recorder's file), diagnosis.
  const linkHealth = new LinkHealth({
    site: config.site.id,
    // iface:// targets measure throughput, not reachability: they have no state to diagnose.
    targets: config.probes.targets
      .filter((target) => !target.url.startsWith('iface://'))
      .map(({ id, name, role }) => ({ id, name, role })),
    thresholds: config.linkHealth,
    store: new OutageStore(recorder.database),
  });

  let targets: TargetInfo[] = [];
  const hub = new LiveHub({
    ...options.live,
    logger,
    metrics,
    authorize: (request) => checkAccess(request, 'viewer', tokens),
    snapshot: () => ({
      type: 'snapshot',
      atMs: clock(),
      site: config.site.id,
      siteName: config.site.name,
      targets,
      latest: recorder.latestSamples(),
      queue: queues.snapshots(),
      link: linkHealth.snapshot(),
    }),
  });
  const intake = new Intake(recorder, queues, hub, metrics, linkHealth, logger);

  // Store and forward: the outbox is a cursor over the recorder's rows; off without influx.url.
  // The forwarder runs in its own thread with its own connection; this outbox reads its backlog.
  const outbox = config.influx.url ? new Outbox(recorder.database, clock) : undefined;
  const forwarder = outbox
    ? new ForwarderThread({
        databaseFile: recorder.databaseFile,
        influx: config.influx,
        outbox,
        logger,
        clock,
      })
    : undefined;
  const forwarderStatus = (): HealthResponse['forwarder'] => {
    if (!forwarder) return { state: 'disabled', backlog: 0 };
    const { state, backlog, backlogAgeSeconds, lastError, alarm } = forwarder.status();
    return { state, backlog, backlogAgeSeconds, lastError, alarm };
  };
  if (forwarder) registerForwarderMetrics(metrics, () => forwarder.status());

  // Rollups (one minute, kept 400 days) and retention, in small steps beside ingest.
  const maintenance = new Maintenance({
    rollups: new RollupJob(recorder.database),
    retention: new RetentionJob(recorder.database),
    deliveredTo: () => outbox?.deliveredTo('samples') ?? Infinity,
    logger,
    clock,
  });

  // Counter terminals: device codes in the recorder's file; numbers allocated through the intake.
  const devices = new DeviceRegistry(recorder.database, clock);
  const terminals = new TerminalService(recorder.database, intake, config, clock);

  // HTTP and WebSocket on one port.
  const app = createApp({
    recorder,
    intake,
    queues,
    tokens,
    metrics,
    logger,
    clock,
    bodyLimitBytes: config.server.bodyLimitBytes,
    ingestRequestsPerMinute: config.server.ingestRequestsPerMinute,
    dashboardDir: options.dashboardDir ?? defaultDashboardDir(),
    linkHealth,
    config,
    forwarderStatus,
    devices,
    terminals,
  });
  const server = createServer(app);
  hub.attach(server);
  await listen(server, config.server.port, config.server.host);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.server.host === '0.0.0.0' ? '127.0.0.1' : config.server.host}:${port}`;

  // Producers: the built-in probes and the demo simulator feed the same intake as HTTP clients.
  const needsGateway = config.probes.targets.some((target) => target.url.includes('{gateway}'));
  const gateway = needsGateway ? (await findDefaultGateway())?.address : undefined;
  const scheduled = scheduleTargets(config, { port, gateway }, logger);
  targets = scheduled.map(({ target, probe }) => {
    const configured = config.probes.targets.find((t) => t.id === target.id)!;
    return { id: target.id, name: configured.name, role: configured.role, probe: probe.kind };
  });
  const scheduler = new ProbeScheduler({
    site: config.site.id,
    targets: scheduled,
    clock,
    onSample: (sample) => {
      try {
        intake.acceptSamples([sample], 'probe');
      } catch (error) {
        logger.error({ err: error, target: sample.target }, 'could not record a probe sample');
      }
    },
    onError: (target, error) =>
      error instanceof PingToolMissingError
        ? logger.warn({ target }, error.message)
        : logger.error({ err: error, target }, 'probe failed unexpectedly'),
  });
  scheduler.start();
  demo?.start();
  forwarder?.start();
  // The `queue` measurement: every site's queue per field, every 10 s, for InfluxDB and history.
  const stopQueueSampler = startQueueSampler({ queues, intake, clock, logger });
  maintenance.start();

  logger.info(
    {
      url,
      dataDir,
      site: config.site.id,
      demo: config.demo.enabled,
      config: settings.source,
      forwarding: forwarder ? forwarder.description : 'off (no influx.url)',
    },
    `OneStop Pulse is running: open ${url} in a browser`,
  );
  return {
    url,
    port,
    dataDir,
    tokens,
    async close() {
      stopQueueSampler();
      scheduler.stop();
      demo?.stop();
      maintenance.stop();
      await forwarder?.stop();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      recorder.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} is already in use: stop the other program or set PULSE_PORT to a free port`,
            )
          : error,
      );
    });
    server.listen(port, host, () => resolveListen());
  });
}
