import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NamespaceSet,
  NetnsWorker,
  buildRelayedLink,
  netnsUnavailable,
  nft,
  nsExec,
  sh,
  type RelayedLink,
} from '../../support/netns.js';
import { waitUntil } from '../../support/wait.js';
import { WatchedLinkHealth, type WatchedTarget } from '../../support/watched-link-health.js';

// The diagnosis from real packets. A small path in namespaces of this test only:
//
//   pulse-t…-a (this "centre PC", 10.77.0.1: the real probes, the real scheduler)
//      │ TUN relay (tests/support/tun-relay.py)
//   pulse-t…-b (the centre's router: 10.77.0.2, forwarding)  ← gateway, icmp
//      │ veth 10.78.0.1 ↔ 10.78.0.2
//   pulse-t…-c (the ISP: first hop 10.78.0.2 ← isp, icmp;
//               resolver 10.79.0.53:53 ← dns, a test DNS server;
//               portal 10.79.0.80 ← portal, http)
//
// Cutting the ISP side (nftables in the router drops everything it would forward towards c)
// must give `isp_down`; dropping only udp/53 to the resolver must give `dns_down`. The real
// LinkHealth (default hysteresis) folds the real probes' samples.
const unavailable = netnsUnavailable({ tun: true });
const title = 'path verdicts from real packets';

const SITE = 'path-test';
const GATEWAY = '10.77.0.2';
const ISP_HOP = '10.78.0.2';
const RESOLVER = '10.79.0.53';
const PORTAL = '10.79.0.80';
const PORTAL_PORT = 8080;

describe.skipIf(unavailable !== undefined)(
  unavailable ? `${title} (skipped: ${unavailable})` : title,
  () => {
    let namespaces: NamespaceSet | undefined;
    let link: RelayedLink;
    let isp: string;
    let prober: NetnsWorker;
    let ispServers: NetnsWorker;
    let watched: WatchedLinkHealth | undefined;

    beforeAll(async () => {
      namespaces = new NamespaceSet();
      try {
        link = await buildRelayedLink(namespaces);
        isp = namespaces.add('c');
        const router = link.b;
        sh('ip', '-n', link.a, 'route', 'add', '10.78.0.0/15', 'dev', link.devA);
        nsExec(router, 'sysctl', '-q', '-w', 'net.ipv4.ip_forward=1');
        sh(
          'ip',
          '-n',
          router,
          'link',
          'add',
          'to-isp',
          'type',
          'veth',
          'peer',
          'name',
          'from-centre',
          'netns',
          isp,
        );
        sh('ip', '-n', router, 'addr', 'add', '10.78.0.1/24', 'dev', 'to-isp');
        sh('ip', '-n', router, 'link', 'set', 'to-isp', 'up');
        sh('ip', '-n', router, 'route', 'add', '10.79.0.0/24', 'via', ISP_HOP);
        sh('ip', '-n', isp, 'addr', 'add', `${ISP_HOP}/24`, 'dev', 'from-centre');
        sh('ip', '-n', isp, 'link', 'set', 'from-centre', 'up');
        sh('ip', '-n', isp, 'addr', 'add', `${RESOLVER}/32`, 'dev', 'lo');
        sh('ip', '-n', isp, 'addr', 'add', `${PORTAL}/32`, 'dev', 'lo');
        sh('ip', '-n', isp, 'route', 'add', 'default', 'via', '10.78.0.1');
        prober = new NetnsWorker(link.a);
        ispServers = new NetnsWorker(isp);
        await ispServers.request({
          op: 'serve-dns',
          host: RESOLVER,
          port: 53,
          records: { 'dichvucong.test': [PORTAL] },
        });
        await ispServers.request({ op: 'serve-http', host: PORTAL, port: PORTAL_PORT });
      } catch (error) {
        await teardown();
        throw error;
      }
    });
    afterAll(teardown);

    async function teardown(): Promise<void> {
      await watched?.stop().catch(() => {});
      await Promise.allSettled([prober?.stop(), ispServers?.stop(), link?.relay.stop()]);
      namespaces?.destroy();
    }

    /** Drops, in the router, what it would forward that matches `rule` (nft syntax). */
    function routerDrops(rule: string): void {
      nft(
        link.b,
        `table inet pulse-cut {
           chain forward { type filter hook forward priority 0; policy accept; ${rule} drop; }
         }`,
      );
    }
    function routerDropsNothing(): void {
      nft(link.b, 'delete table inet pulse-cut');
    }

    const verdict = () => watched!.health.snapshot().verdict.code;
    const stateOf = (id: string) => watched!.stateOf(id);

    it('gives isp_down with the ISP side cut and dns_down with only DNS cut', async () => {
      // Rounds every second: 3 pings 100 ms apart, or one query, connection or GET.
      const every = { intervalSeconds: 1 };
      const ping = { count: 3, periodMs: 100, timeoutMs: 300 };
      const targets: WatchedTarget[] = [
        {
          id: 'gateway',
          name: 'Router',
          role: 'gateway',
          url: `icmp://${GATEWAY}`,
          ...ping,
          ...every,
        },
        {
          id: 'isp-hop',
          name: 'ISP first hop',
          role: 'isp',
          url: `icmp://${ISP_HOP}`,
          ...ping,
          ...every,
        },
        {
          id: 'dns-isp',
          name: 'ISP resolver',
          role: 'dns',
          url: `dns://${RESOLVER}/dichvucong.test`,
          timeoutMs: 500,
          ...every,
        },
        {
          id: 'dvc-portal',
          name: 'Portal',
          role: 'portal',
          url: `http://${PORTAL}:${PORTAL_PORT}/`,
          timeoutMs: 500,
          ...every,
        },
      ];
      const ids = targets.map((target) => target.id);
      watched = await WatchedLinkHealth.start(prober, SITE, targets);
      const within = { timeoutMs: 8000, intervalMs: 20 };
      await waitUntil('every target up', () => ids.every((id) => stateOf(id) === 'up'), within);
      expect(verdict()).toBe('all_ok');

      // The ISP side cut: the router still answers, nothing beyond it does.
      const ispCutMs = Date.now();
      routerDrops('oifname "to-isp"');
      await waitUntil('isp_down', () => verdict() === 'isp_down', within);
      expect(stateOf('gateway')).toBe('up');
      await waitUntil(
        'every target past the router down',
        () => ['isp-hop', 'dns-isp', 'dvc-portal'].every((id) => stateOf(id) === 'down'),
        within,
      );
      expect(verdict()).toBe('isp_down');
      const ispOutages = watched.health.snapshot().openOutages;
      expect(ispOutages.map((outage) => outage.target).sort()).toEqual(
        ['dns-isp', 'dvc-portal', 'isp-hop'].sort(),
      );
      for (const outage of ispOutages) {
        expect(outage.cause).toBe('isp_down');
        expect(outage.summary.en).toBe(
          "Internet down on the ISP's side; the local network is fine",
        );
      }
      console.info(`isp_down ${Date.now() - ispCutMs} ms after the cut`);

      routerDropsNothing();
      await waitUntil(
        'every target up again',
        () => ids.every((id) => stateOf(id) === 'up'),
        within,
      );
      expect(verdict()).toBe('all_ok');
      expect(watched.health.snapshot().openOutages).toEqual([]);

      // Only DNS cut: queries to the resolver are dropped, the ISP hop and the portal answer.
      const dnsCutMs = Date.now();
      routerDrops(`ip daddr ${RESOLVER} udp dport 53`);
      await waitUntil('dns_down', () => verdict() === 'dns_down', within);
      expect(stateOf('dns-isp')).toBe('down');
      for (const id of ['gateway', 'isp-hop', 'dvc-portal']) expect(stateOf(id)).toBe('up');
      const [dnsOutage, ...others] = watched.health.snapshot().openOutages;
      expect(others).toEqual([]);
      expect(dnsOutage).toMatchObject({ target: 'dns-isp', cause: 'dns_down', endedMs: null });
      expect(dnsOutage!.summary.vi).toMatch(/^Lỗi phân giải tên miền \(DNS\)/);
      console.info(`dns_down ${Date.now() - dnsCutMs} ms after the cut`);

      routerDropsNothing();
      await waitUntil('the resolver up again', () => stateOf('dns-isp') === 'up', within);
      expect(verdict()).toBe('all_ok');
      const ended = watched.health.outages(ispCutMs, Date.now());
      expect(ended.every((outage) => outage.endedMs !== null)).toBe(true);
      expect(ended.map((outage) => outage.cause).sort()).toEqual([
        'dns_down',
        'isp_down',
        'isp_down',
        'isp_down',
      ]);
    });
  },
);
