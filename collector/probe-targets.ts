import type { Logger } from 'pino';
import type { PulseConfig } from '../config/schema.js';
import { probeForUrl, type ScheduledTarget } from '../probes/index.js';

/**
 * The configured targets whose probe kind is built in, ready for the scheduler. In a URL,
 * `{port}` is the collector's own port and `{gateway}` this machine's default gateway; a target
 * that needs an unknown gateway, or names a scheme no probe handles, is skipped with a warning.
 */
export function scheduleTargets(
  config: PulseConfig,
  placeholders: { port: number; gateway: string | undefined },
  logger: Logger,
): ScheduledTarget[] {
  const scheduled: ScheduledTarget[] = [];
  for (const target of config.probes.targets) {
    if (target.url.includes('{gateway}') && placeholders.gateway === undefined) {
      logger.warn(
        { target: target.id },
        'no default gateway in the routing table: target skipped; write the router address in its url',
      );
      continue;
    }
    const url = new URL(
      target.url
        .replaceAll('{port}', String(placeholders.port))
        .replaceAll('{gateway}', placeholders.gateway ?? ''),
    );
    const probe = probeForUrl(url);
    if (!probe) {
      logger.warn(
        { target: target.id, scheme: url.protocol },
        'no probe for this URL scheme yet; target skipped',
      );
      continue;
    }
    scheduled.push({
      probe,
      intervalSeconds: target.intervalSeconds ?? config.probes.intervalSeconds,
      target: {
        id: target.id,
        url,
        timeoutMs: target.timeoutMs ?? config.probes.timeoutMs,
        expect: { status: target.expectStatus, keyword: target.expectKeyword },
      },
    });
  }
  return scheduled;
}
