import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NamespaceSet,
  NetnsWorker,
  buildRelayedLink,
  netnsUnavailable,
  type RelayedLink,
} from '../../support/netns.js';
import { waitUntil } from '../../support/wait.js';
import { WatchedLinkHealth, type WatchedTarget } from '../../support/watched-link-health.js';

// A link cut for real: the TUN relay (tests/support/tun-relay.py) between the probing namespace
// and the target's stops carrying packets, then carries them again. The real ProbeScheduler runs
// the real icmp and tcp probes in the probing namespace, a round every second, and the real
// LinkHealth (default hysteresis: down after 2 failed rounds, up after 2 answered ones) folds
// their samples as they come.
const unavailable = netnsUnavailable({ tun: true });
const title = 'a cut link seen through the scheduler and LinkHealth';

const ROUND_MS = 1000;
const SITE = 'accuracy-test';

describe.skipIf(unavailable !== undefined)(
  unavailable ? `${title} (skipped: ${unavailable})` : title,
  () => {
    let namespaces: NamespaceSet | undefined;
    let link: RelayedLink;
    let prober: NetnsWorker;
    let server: NetnsWorker;
    let watched: WatchedLinkHealth | undefined;

    beforeAll(async () => {
      namespaces = new NamespaceSet();
      try {
        link = await buildRelayedLink(namespaces);
        prober = new NetnsWorker(link.a);
        server = new NetnsWorker(link.b);
      } catch (error) {
        await teardown();
        throw error;
      }
    });
    afterAll(teardown);

    /** Index of the update (and of the sample) that started or ended `target`'s outage. */
    function indexOfEvent(kind: 'started' | 'ended', target: string): number {
      return watched!.updates.findIndex((update) =>
        update.outageEvents.some((event) => event.event === kind && event.outage.target === target),
      );
    }

    async function teardown(): Promise<void> {
      await watched?.stop().catch(() => {});
      await Promise.allSettled([prober?.stop(), server?.stop(), link?.relay.stop()]);
      namespaces?.destroy();
    }

    it('is down within 2 rounds of the cut, up within 2 of the repair, the outage timed to a round', async () => {
      const { port } = await server.request<{ port: number }>({
        op: 'listen-tcp',
        host: link.addressB,
        port: 0,
      });
      // Rounds of 3 pings 100 ms apart (0.3 s of a 1 s interval), and one connection.
      const targets: WatchedTarget[] = [
        {
          id: 'host-icmp',
          name: 'Host (icmp)',
          role: 'internet',
          url: `icmp://${link.addressB}`,
          timeoutMs: 300,
          count: 3,
          periodMs: 100,
          intervalSeconds: ROUND_MS / 1000,
        },
        {
          id: 'host-tcp',
          name: 'Host (tcp)',
          role: 'internet',
          url: `tcp://${link.addressB}:${port}`,
          timeoutMs: 500,
          intervalSeconds: ROUND_MS / 1000,
        },
      ];
      const ids = targets.map((target) => target.id);
      watched = await WatchedLinkHealth.start(prober, SITE, targets);
      const allIn = (state: string) => () => ids.every((id) => watched!.stateOf(id) === state);
      await waitUntil('both targets up', allIn('up'), { timeoutMs: 10_000, intervalMs: 20 });

      const cutMs = Date.now();
      await link.relay.cut();
      // 2 rounds to confirm, plus the round under way at the cut and some slack.
      await waitUntil('both targets down', allIn('down'), {
        timeoutMs: 4 * ROUND_MS,
        intervalMs: 20,
      });
      const downSeenMs = Date.now();
      // Keep the link cut for two more rounds of each target, counted, not slept.
      await waitUntil(
        'two more rounds while down',
        () => ids.every((id) => watched!.roundsSince(id, downSeenMs).length >= 2),
        { timeoutMs: 4 * ROUND_MS, intervalMs: 20 },
      );
      const restoreMs = Date.now();
      await link.relay.restore();
      await waitUntil('both targets up again', allIn('up'), {
        timeoutMs: 4 * ROUND_MS,
        intervalMs: 20,
      });
      const cutLengthMs = restoreMs - cutMs;

      const outages = watched.health.outages(cutMs - 2 * ROUND_MS, Date.now());
      console.info(
        `link cut for ${cutLengthMs} ms; ` +
          outages
            .map(
              (o) =>
                `${o.target}: started ${o.startedMs - cutMs} ms after the cut, ` +
                `ended ${o.endedMs! - restoreMs} ms after the repair, ${o.durationS} s`,
            )
            .join('; '),
      );
      expect(outages.map((outage) => outage.target).sort()).toEqual([...ids].sort());
      for (const outage of outages) {
        const target = outage.target;
        // Down within 2 rounds: the round that confirmed the outage is at most the second to
        // start after the cut (the round under way at the cut may count as the first failed).
        // Samples and updates are parallel lists: update i came from sample i.
        const confirmedDown = watched.samples[indexOfEvent('started', target)]!;
        expect(confirmedDown.target).toBe(target);
        expect(
          watched.roundsSince(target, cutMs).filter((ts) => ts <= confirmedDown.ts).length,
        ).toBeLessThanOrEqual(2);
        // Up within 2 rounds of the repair, the same way.
        const confirmedUp = watched.samples[indexOfEvent('ended', target)]!;
        expect(confirmedUp.target).toBe(target);
        expect(
          watched.roundsSince(target, restoreMs).filter((ts) => ts <= confirmedUp.ts).length,
        ).toBeLessThanOrEqual(2);
        // The outage's duration is the cut's length to one round interval.
        expect(outage.endedMs).not.toBeNull();
        expect(outage.durationS).toBe((outage.endedMs! - outage.startedMs) / 1000);
        expect(Math.abs(outage.durationS! * 1000 - cutLengthMs)).toBeLessThanOrEqual(ROUND_MS);
      }
    });
  },
);
