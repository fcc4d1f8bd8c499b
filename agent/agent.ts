import type { Logger } from 'pino';
import { sampleSchema, type Sample } from '../contracts/sample.js';
import { slugSchema } from '../contracts/slug.js';
import { toValidationProblems } from '../contracts/validation.js';
import { PingToolMissingError, ProbeScheduler } from '../probes/index.js';
import { SpoolSender, type SenderStats } from './sender.js';
import { SpoolBoundReporter } from './spool-bound-reporter.js';
import { Spool } from './spool.js';
import { scheduleAgentTargets, type AgentTarget } from './targets.js';

/** Everything the agent needs; tunables have the defaults stated on them. */
export interface AgentOptions {
  /** Base URL of the collector (`http://192.168.1.10:8080`). */
  collectorUrl: string;
  /** The collector's ingest token; never logged. */
  token: string;
  /** Site slug carried by every sample (the config's `site.id`). */
  site: string;
  /** What to probe; may be empty (the agent then only drains what an earlier run spooled). */
  targets: readonly AgentTarget[];
  /** Folder of the spool file, created if missing. */
  dataDir: string;
  logger: Logger;
  /** Bound of the spool, in samples (default 1,000,000); the oldest are dropped past it. */
  maxSpoolSamples?: number;
  /** Most samples in one request (default 500). */
  batchSize?: number;
  /** Longest time a sample waits for a batch to fill while all is well, in ms (default 1000). */
  flushIntervalMs?: number;
  /** Time after which a request is abandoned and retried, in ms (default 10,000). */
  requestTimeoutMs?: number;
  /** Wait after the first failed request, in ms (default 1000); doubles with each failure. */
  minBackoffMs?: number;
  /** Longest wait between two attempts, in ms (default 60,000). */
  maxBackoffMs?: number;
  /** Epoch ms (default `Date.now`). */
  clock?: () => number;
  /** Random number in [0, 1) for the retry jitter (default `Math.random`). */
  random?: () => number;
  /** Sees each sample once it is spooled (a status display; tests compare what arrived). */
  onSample?: (sample: Sample) => void;
}

/** Counters of a running agent. */
export interface AgentStats extends SenderStats {
  /** Samples waiting in the spool now. */
  spooledSamples: number;
  /** Samples dropped under the bound, over the life of the spool file. */
  droppedSamples: number;
  /** Samples kept in the rejected store. */
  rejectedSamples: number;
}

/** A running agent. */
export interface RunningAgent {
  /**
   * Stops the probes, waits for the request in flight (if any) to be answered, and closes the
   * spool, which keeps every sample not yet acknowledged for the next start. Safe to call twice.
   */
  stop(): Promise<void>;
  stats(): AgentStats;
}

/**
 * Starts the remote probe agent: the targets' rounds run in the `ProbeScheduler`, each sample is
 * appended to the disk spool, and the sender drains the spool into the collector in order.
 * Throws before starting anything when an option is wrong or the spool is held by another agent.
 */
export async function startAgent(options: AgentOptions): Promise<RunningAgent> {
  const { logger } = options;
  const collectorUrl = parseCollectorUrl(options.collectorUrl);
  checkOptions(options);
  const scheduled = scheduleAgentTargets(options.targets, collectorUrl);

  // Stage 1: the durable spool, and who tells people about its bound.
  const spool = new Spool(options.dataDir, {
    maxSamples: options.maxSpoolSamples,
    clock: options.clock,
  });
  const bound = new SpoolBoundReporter({ logger, capacity: spool.capacity, clock: options.clock });

  // Stage 2: the sender drains the spool, starting with what an earlier run left in it.
  const sender = new SpoolSender({
    spool,
    collectorUrl,
    token: options.token,
    logger,
    batchSize: options.batchSize,
    flushIntervalMs: options.flushIntervalMs,
    requestTimeoutMs: options.requestTimeoutMs,
    minBackoffMs: options.minBackoffMs,
    maxBackoffMs: options.maxBackoffMs,
    clock: options.clock,
    random: options.random,
  });
  sender.start();

  // Stage 3: the probes. A sample is checked against the ingest contract before it is spooled, so
  // a batch the collector refuses can only mean incompatible versions, never one bad sample.
  const scheduler = new ProbeScheduler({
    site: options.site,
    targets: scheduled,
    clock: options.clock,
    onSample: (sample) => {
      try {
        const checked = sampleSchema.safeParse(sample);
        if (!checked.success) {
          const problems = toValidationProblems(checked.error);
          spool.reject([sample], { error: `invalid sample: ${JSON.stringify(problems)}` });
          logger.error(
            { target: sample.target, problems },
            'a probe produced an invalid sample (a bug); it is kept in the rejected table',
          );
          return;
        }
        const { dropped } = spool.append(checked.data);
        bound.observe(spool.size, dropped);
        options.onSample?.(checked.data);
        sender.notify();
      } catch (error) {
        // A spool that cannot be written (disk full, read-only) loses this sample: say so loudly.
        logger.error({ err: error, target: sample.target }, 'could not spool a sample; it is lost');
      }
    },
    onError: (target, error) =>
      error instanceof PingToolMissingError
        ? logger.warn({ target }, error.message)
        : logger.error({ err: error, target }, 'probe failed unexpectedly'),
  });
  scheduler.start();

  logger.info(
    {
      collector: displayUrl(collectorUrl),
      site: options.site,
      targets: scheduled.map(({ target }) => target.id),
      dataDir: options.dataDir,
      waiting: spool.size,
      maxSpoolSamples: spool.capacity,
    },
    'OneStop Pulse agent is running',
  );

  const readStats = (): AgentStats => ({
    ...sender.snapshot(),
    spooledSamples: spool.size,
    droppedSamples: spool.droppedTotal,
    rejectedSamples: spool.rejectedCount,
  });
  let stopping: Promise<void> | undefined;
  // The counters as the spool was closed: stats() still answers after stop().
  let finalStats: AgentStats | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        scheduler.stop();
        await sender.stop();
        bound.flush();
        finalStats = readStats();
        logger.info({ waiting: spool.size }, 'agent stopped; unsent samples stay in the spool');
        spool.close();
      })();
      return stopping;
    },
    stats: () => finalStats ?? readStats(),
  };
}

function parseCollectorUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `--collector "${raw}" is not a URL: give it as http://HOST:PORT, such as http://192.168.1.10:8080`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(
      `--collector must be an http:// or https:// URL, such as http://192.168.1.10:8080`,
    );
  }
  return url;
}

function checkOptions(options: AgentOptions): void {
  if (options.token.trim() === '' || /\s/.test(options.token)) {
    throw new Error("--token must be the collector's ingest token: one word, without spaces");
  }
  for (const [what, value] of [
    ['site', options.site],
    ...options.targets.map((target) => ['target id', target.id]),
  ] as const) {
    if (!slugSchema.safeParse(value).success) {
      throw new Error(
        `${what} "${value}" is not a slug: 1–64 characters of a-z, 0-9, ".", "_" or "-", starting with a letter or digit`,
      );
    }
  }
  // Two targets with one id would merge into one series at the collector.
  const seen = new Set<string>();
  for (const { id } of options.targets) {
    if (seen.has(id))
      throw new Error(`target id "${id}" is given twice: each target needs its own id`);
    seen.add(id);
  }
}

/** A URL as logs may show it: no user, password or query. */
function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
