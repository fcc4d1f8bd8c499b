import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIcmpProbe } from '../../../probes/icmp/icmp-probe.js';
import { netnsUnavailable, sh } from '../../support/netns.js';

// Real packets to a host in a network namespace of our own, joined to this one by a veth pair.
// nftables in that namespace drops exactly every 10th echo request (a counter, not a random
// draw, so the expected loss is exact and the test cannot flake). Needs root, ip and nft. The
// random-loss variant, through a TUN relay, is in tests/probes/accuracy/.
const unavailable = netnsUnavailable();
const title = 'icmp probe through a network namespace';

const suffix = process.pid % 10_000;
const namespace = `pulse-icmp-${suffix}`;
const outside = `pia${suffix}`;
const inside = `pib${suffix}`;
const subnet = `10.213.${process.pid % 250}`;
const host = { id: 'netns-host', url: new URL(`icmp://${subnet}.2`), timeoutMs: 1000 };

describe.skipIf(unavailable !== undefined)(
  unavailable ? `${title} (skipped: ${unavailable})` : title,
  () => {
    beforeAll(() => {
      sh('ip', 'netns', 'add', namespace);
      sh('ip', 'link', 'add', outside, 'type', 'veth', 'peer', 'name', inside, 'netns', namespace);
      sh('ip', 'addr', 'add', `${subnet}.1/30`, 'dev', outside);
      sh('ip', 'link', 'set', outside, 'up');
      sh('ip', '-n', namespace, 'addr', 'add', `${subnet}.2/30`, 'dev', inside);
      sh('ip', '-n', namespace, 'link', 'set', inside, 'up');
      const nft = ['ip', 'netns', 'exec', namespace, 'nft'];
      sh(...nft, 'add', 'table', 'inet', 'pulse');
      sh(...nft, 'add chain inet pulse input { type filter hook input priority 0 ; }');
      sh(...nft, 'add rule inet pulse input icmp type echo-request numgen inc mod 10 == 0 drop');
    });
    afterAll(() => {
      // Deleting the namespace deletes the veth pair with it.
      sh('ip', 'netns', 'del', namespace);
    });

    it('reports 10% loss over 200 pings', async () => {
      const result = await createIcmpProbe({ count: 200, periodMs: 10 }).measure({
        ...host,
        timeoutMs: 200,
      });
      expect(result.fields).toMatchObject({ up: 1, sent: 200, received: 180, loss_pct: 10 });
      expect(result.distributionMs).toHaveLength(180);
    });

    it('reports a cut link as down with 100% loss, and up again once restored', async () => {
      const probe = createIcmpProbe({ count: 3, periodMs: 100 });
      sh('ip', 'link', 'set', outside, 'down');
      try {
        const cut = await probe.measure(host);
        expect(cut.fields).toMatchObject({ up: 0, loss_pct: 100 });
      } finally {
        sh('ip', 'link', 'set', outside, 'up');
      }
      // The first request after restoring may be the one nftables drops: 2 of 3 at least.
      const restored = await probe.measure(host);
      expect(restored.fields.up).toBe(1);
      expect(restored.fields.received).toBeGreaterThanOrEqual(2);
    });
  },
);
