import {
  DEFAULT_MAX_SPOOL_SAMPLES,
  DEFAULT_TARGET_INTERVAL_SECONDS,
  DEFAULT_TARGET_TIMEOUT_MS,
  startAgent,
  targetIdFromUrl,
  targetsFromConfig,
  type AgentTarget,
} from '../agent/index.js';
import { ConfigError, loadConfigFile } from '../config/index.js';
import { SLUG_PATTERN } from '../contracts/slug.js';
import { createLogger } from './logger.js';
import { parseTargetUrl } from './probe.js';

/** Options of `onestop-pulse agent`, as commander gives them (strings, checked here). */
export interface AgentCommandOptions {
  /** Base URL of the collector. */
  collector?: string;
  /**
   * Ingest token of the collector; else `PULSE_INGEST_TOKEN` (which stays out of `ps`), else the
   * config's `auth.ingestToken`.
   */
  token?: string;
  /** YAML settings file (or `PULSE_CONFIG`): `site.id` and `probes.targets`. */
  config?: string;
  /** `URL` or `ID=URL`, repeatable, added to the config's targets. */
  target?: string[];
  /** Seconds between rounds of `--target` targets (default 10). */
  interval?: string;
  /** Site slug when there is no config (default the config's `site.id`, else `trung-tam`). */
  site?: string;
  /** Folder of the spool (default `./agent-data`). */
  dataDir: string;
  /** Bound of the spool, in samples (default 1,000,000). */
  maxSpoolSamples?: string;
}

/** Exit codes: stopped by a signal, could not start, or the command line was wrong. */
export const AGENT_EXIT = { stopped: 0, failed: 1, usage: 2 } as const;

/** Site of samples when neither `--site` nor a config names one (the schema's default). */
const DEFAULT_SITE = 'trung-tam';

/**
 * `agent --collector URL --token T [--config FILE] [--target URL]...`: runs the remote probe agent
 * until SIGINT or SIGTERM, then stops it gracefully (probes stopped, the request in flight
 * answered, the spool kept). Returns the exit code. `stopSignal` stops it like a signal would, for
 * tests that run the command in-process.
 */
export async function agentCommand(
  options: AgentCommandOptions,
  env: NodeJS.ProcessEnv,
  stopSignal?: AbortSignal,
): Promise<number> {
  const problems: string[] = [];
  if (!options.collector)
    problems.push('--collector URL is required, such as http://192.168.1.10:8080.');
  const intervalSeconds = parsePositive(options.interval, '--interval', 1, 3600, problems);
  const maxSpoolSamples = parsePositive(
    options.maxSpoolSamples,
    '--max-spool-samples',
    1,
    100_000_000,
    problems,
  );
  if (maxSpoolSamples !== undefined && !Number.isInteger(maxSpoolSamples)) {
    problems.push('--max-spool-samples must be a whole number.');
  }
  if (options.site !== undefined && !SLUG_PATTERN.test(options.site)) {
    problems.push(`--site "${options.site}" must be a slug such as binh-xuyen.`);
  }
  const cliTargets = (options.target ?? []).flatMap((raw) => {
    const parsed = parseTargetOption(raw, intervalSeconds ?? DEFAULT_TARGET_INTERVAL_SECONDS);
    if (typeof parsed === 'string') {
      problems.push(parsed);
      return [];
    }
    return [parsed];
  });
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    return AGENT_EXIT.usage;
  }

  const configPath = options.config ?? env.PULSE_CONFIG;
  let site = options.site ?? DEFAULT_SITE;
  // A config shared with the collector may carry the ingest token, so it need not be typed.
  let token = options.token ?? env.PULSE_INGEST_TOKEN;
  const targets: AgentTarget[] = [];
  if (configPath) {
    try {
      const config = await loadConfigFile(configPath, env);
      site = options.site ?? config.site.id;
      token ??= config.auth.ingestToken;
      targets.push(...targetsFromConfig(config));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      console.error(error.message);
      return AGENT_EXIT.failed;
    }
  }
  if (!token) {
    console.error(
      "--token is required (or PULSE_INGEST_TOKEN, or auth.ingestToken in the config): the collector's ingest token, from its settings or its tokens.json.",
    );
    return AGENT_EXIT.usage;
  }
  targets.push(...cliTargets);
  if (targets.length === 0) {
    console.error(
      'nothing to probe: give targets in the config (probes.targets, with --config) or with --target URL, such as --target tcp://192.168.1.1:80',
    );
    return AGENT_EXIT.usage;
  }

  const logger = createLogger(env);
  let agent;
  try {
    agent = await startAgent({
      collectorUrl: options.collector!,
      token,
      site,
      targets,
      dataDir: options.dataDir,
      logger,
      maxSpoolSamples: maxSpoolSamples ?? DEFAULT_MAX_SPOOL_SAMPLES,
    });
  } catch (error) {
    console.error(`the agent could not start: ${(error as Error).message}`);
    return AGENT_EXIT.failed;
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      logger.info({ signal }, 'stopping');
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    stopSignal?.addEventListener('abort', () => stop('abort'), { once: true });
  });
  await agent.stop();
  return AGENT_EXIT.stopped;
}

/**
 * A `--target` value: `URL` (its id made from the URL) or `ID=URL`. A URL may itself hold `=`
 * (`dns://8.8.8.8/name?type=A`), so only a slug before `=` and a scheme after it counts as an id.
 */
export function parseTargetOption(raw: string, intervalSeconds: number): AgentTarget | string {
  const named = /^([a-z0-9][a-z0-9._-]{0,63})=([a-z]+:\/\/.*)$/.exec(raw);
  const rawUrl = named ? named[2]! : raw;
  const url = parseTargetUrl(rawUrl);
  if (typeof url === 'string') return `--target ${url}`;
  return {
    id: named ? named[1]! : targetIdFromUrl(url),
    url: rawUrl,
    intervalSeconds,
    timeoutMs: DEFAULT_TARGET_TIMEOUT_MS,
  };
}

function parsePositive(
  raw: string | undefined,
  option: string,
  min: number,
  max: number,
  problems: string[],
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    problems.push(`${option} must be a number from ${min} to ${max}, not "${raw}".`);
    return undefined;
  }
  return value;
}
