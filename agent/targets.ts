import type { PulseConfig } from '../config/index.js';
import { probeForUrl, type ProbeTarget, type ScheduledTarget } from '../probes/index.js';

/** Default seconds between two rounds of a target given on the command line. */
export const DEFAULT_TARGET_INTERVAL_SECONDS = 10;
/** Default time after which one attempt counts as failed, in ms. */
export const DEFAULT_TARGET_TIMEOUT_MS = 3000;

/** One target the agent probes: its slug, URL and timing. */
export interface AgentTarget {
  /** Slug of the target in samples (`gateway`, `dvc-portal`). */
  id: string;
  /** `tcp://host:port`, `http(s)://…`, `icmp://host`, `dns://server/name`, `iface://eth0`. */
  url: string;
  /**
   * Seconds between two rounds. The config allows 1 s and more; a program (a test) may go lower.
   */
  intervalSeconds: number;
  /** Time after which one attempt counts as failed, in ms. */
  timeoutMs: number;
  /** http(s): what an answer must show to count as up (see `ProbeTarget.expect`). */
  expect?: ProbeTarget['expect'];
}

/** The targets of a config's `probes.targets`, with its default interval and timeout filled in. */
export function targetsFromConfig(config: PulseConfig): AgentTarget[] {
  return config.probes.targets.map((target) => ({
    id: target.id,
    url: target.url,
    intervalSeconds: target.intervalSeconds ?? config.probes.intervalSeconds,
    timeoutMs: target.timeoutMs ?? config.probes.timeoutMs,
    ...(target.expectStatus || target.expectKeyword
      ? { expect: { status: target.expectStatus, keyword: target.expectKeyword } }
      : {}),
  }));
}

/**
 * A target slug made from a URL given without one (`tcp://192.168.1.1:80` → `tcp-192.168.1.1-80`),
 * so `--target URL` is enough on a command line.
 */
export function targetIdFromUrl(url: URL): string {
  const parts = [url.protocol.slice(0, -1), url.hostname, url.port, url.pathname, url.search];
  return (
    parts
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 64)
      .replace(/[-._]+$/, '') || 'target'
  );
}

/**
 * Targets with their probes from the registry. `{port}` in a URL stands for the collector's port,
 * as it does inside the collector, so one config serves both. Throws, naming the target, when a
 * URL has no probe.
 */
export function scheduleAgentTargets(
  targets: readonly AgentTarget[],
  collectorUrl: URL,
): ScheduledTarget[] {
  const collectorPort = collectorUrl.port || (collectorUrl.protocol === 'https:' ? '443' : '80');
  return targets.map((target) => {
    const url = new URL(target.url.replaceAll('{port}', collectorPort));
    const probe = probeForUrl(url);
    if (!probe) {
      throw new Error(
        `target "${target.id}": no probe for ${url.protocol}// URLs; use tcp://, http(s)://, icmp://, dns:// or iface://`,
      );
    }
    return {
      probe,
      intervalSeconds: target.intervalSeconds,
      target: { id: target.id, url, timeoutMs: target.timeoutMs, expect: target.expect },
    };
  });
}
