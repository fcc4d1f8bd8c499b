import { afterEach, describe, expect, it } from 'vitest';
import type { Sample } from '../../../contracts/sample.js';
import {
  LinkHealth,
  OutageStore,
  linkHealthMessages,
  type LinkTarget,
} from '../../../collector/link-health/index.js';
import { Recorder } from '../../../collector/recorder/index.js';
import { newDataDir } from '../../support/collector.js';

const SITE = 'binh-xuyen';
const T0 = Date.UTC(2026, 10, 27, 1, 0, 0);
const ROUND_MS = 10_000;
const TARGETS: LinkTarget[] = [
  { id: 'gateway', name: 'Modem / router của trung tâm', role: 'gateway' },
  { id: 'dns-google', name: 'DNS Google', role: 'dns' },
  { id: 'dvc-quoc-gia', name: 'Cổng Dịch vụ công quốc gia', role: 'portal' },
];

const recorders: Recorder[] = [];
afterEach(() => recorders.splice(0).forEach((recorder) => recorder.close()));

function openLinkHealth(dataDir = newDataDir()): { health: LinkHealth; recorder: Recorder } {
  const recorder = new Recorder(dataDir, () => T0);
  recorders.push(recorder);
  const store = new OutageStore(recorder.database);
  return { health: new LinkHealth({ site: SITE, targets: TARGETS, store }), recorder };
}

/** One round of every target at `T0 + round × 10 s`; targets listed in `failing` get no answer. */
function round(index: number, failing: string[] = [], site = SITE): Sample[] {
  return TARGETS.map(({ id }): Sample => ({
    ts: T0 + index * ROUND_MS,
    site,
    measurement: 'link',
    target: id,
    probe: 'tcp',
    fields: failing.includes(id) ? { up: 0 } : { up: 1, rtt_ms: 12 },
  }));
}

const INTERNET = ['dns-google', 'dvc-quoc-gia'];

/** Feeds rounds one by one, the way the scheduler does; `cut` lists the rounds the ISP is down. */
function play(health: LinkHealth, rounds: number, cut: (index: number) => boolean) {
  return Array.from({ length: rounds }, (_, index) =>
    health.applySamples(round(index, cut(index) ? INTERNET : [])),
  );
}

describe('LinkHealth', () => {
  it('dates an ISP outage from its first failed round to its first good one', () => {
    const { health } = openLinkHealth();
    const updates = play(health, 10, (index) => index >= 3 && index <= 6);
    // Down is confirmed at round 4, up at round 8; the outage spans rounds 3 to 7.
    expect(updates.map((update) => update.verdict.code)).toEqual([
      'unknown',
      'all_ok',
      'all_ok',
      'all_ok',
      'isp_down',
      'isp_down',
      'isp_down',
      'isp_down',
      'all_ok',
      'all_ok',
    ]);
    const outages = health.outages(T0, T0 + 10 * ROUND_MS);
    expect(outages).toHaveLength(2);
    for (const outage of outages) {
      expect(outage).toMatchObject({
        site: SITE,
        startedMs: T0 + 3 * ROUND_MS,
        endedMs: T0 + 7 * ROUND_MS,
        durationS: 40,
        cause: 'isp_down',
      });
    }
    expect(outages.map((outage) => outage.target).sort()).toEqual(INTERNET);
    expect(health.snapshot().openOutages).toEqual([]);
  });

  it('does not count a single failed round as an outage', () => {
    const { health } = openLinkHealth();
    const updates = play(health, 6, (index) => index === 3);
    expect(updates.flatMap((update) => update.outageEvents)).toEqual([]);
    expect(updates.flatMap((update) => update.changedStates.map((s) => s.state))).toEqual(
      Array(TARGETS.length).fill('up'),
    );
    expect(health.outages(T0, T0 + 6 * ROUND_MS)).toEqual([]);
  });

  it('reports state changes, outage events and the verdict for the live stream', () => {
    const { health } = openLinkHealth();
    play(health, 3, () => false);
    health.applySamples(round(3, INTERNET));
    const update = health.applySamples(round(4, INTERNET));
    expect(update.verdictChanged).toBe(true);
    expect(update.changedStates).toEqual([
      {
        target: 'dns-google',
        name: 'DNS Google',
        role: 'dns',
        state: 'down',
        sinceMs: T0 + 3 * ROUND_MS,
        lastRoundMs: T0 + 4 * ROUND_MS,
      },
      expect.objectContaining({ target: 'dvc-quoc-gia', state: 'down' }),
    ]);
    const messages = linkHealthMessages(SITE, update);
    expect(messages.map(({ topic, message }) => `${topic}:${message.type}`)).toEqual([
      'link:link',
      'outage:outage',
      'outage:outage',
      'outage:outage',
    ]);
    // DNS down alone looks like a DNS fault; the portal going down with it makes it the ISP's.
    expect(
      update.outageEvents.map(({ event, outage }) => `${event} ${outage.target} ${outage.cause}`),
    ).toEqual([
      'started dns-google dns_down',
      'started dvc-quoc-gia isp_down',
      'updated dns-google isp_down',
    ]);
    expect(linkHealthMessages(SITE, health.applySamples(round(5, INTERNET)))).toEqual([]);
  });

  it('keeps an open outage across a restart and ends it when the target answers again', () => {
    const dataDir = newDataDir();
    const first = openLinkHealth(dataDir);
    play(first.health, 5, (index) => index >= 3);
    expect(first.health.snapshot().openOutages).toHaveLength(2);
    first.recorder.close();
    recorders.splice(0);

    const { health } = openLinkHealth(dataDir);
    const snapshot = health.snapshot();
    expect(snapshot.verdict.code).toBe('unknown');
    expect(snapshot.openOutages.map((outage) => [outage.target, outage.startedMs])).toEqual([
      ['dns-google', T0 + 3 * ROUND_MS],
      ['dvc-quoc-gia', T0 + 3 * ROUND_MS],
    ]);
    health.applySamples(round(20));
    const update = health.applySamples(round(21));
    expect(update.outageEvents.map(({ event }) => event)).toEqual(['ended', 'ended']);
    expect(health.outages(T0, T0 + 30 * ROUND_MS)).toEqual([
      expect.objectContaining({
        target: 'dns-google',
        endedMs: T0 + 20 * ROUND_MS,
        durationS: 170,
      }),
      expect.objectContaining({
        target: 'dvc-quoc-gia',
        endedMs: T0 + 20 * ROUND_MS,
        durationS: 170,
      }),
    ]);
  });

  it('marks a slow target degraded and says so', () => {
    const { health } = openLinkHealth();
    const slow = (index: number): Sample[] =>
      round(index).map((sample) =>
        sample.target === 'gateway' ? { ...sample, fields: { up: 1, rtt_ms: 80 } } : sample,
      );
    health.applySamples(round(0));
    health.applySamples(round(1));
    health.applySamples(slow(2));
    const update = health.applySamples(slow(3));
    expect(update.changedStates).toEqual([
      expect.objectContaining({ target: 'gateway', state: 'degraded', sinceMs: T0 + 2 * ROUND_MS }),
    ]);
    expect(update.verdict.code).toBe('degraded');
    expect(health.outages(T0, T0 + 10 * ROUND_MS)).toEqual([]);
  });

  it('leaves samples of other sites and other measurements alone', () => {
    const { health } = openLinkHealth();
    const iface: Sample = {
      ts: T0,
      site: SITE,
      measurement: 'iface',
      target: 'eth0',
      probe: 'iface',
      fields: { rx_bps: 1000 },
    };
    health.applySamples([
      ...round(0, INTERNET, 'another-site'),
      ...round(1, INTERNET, 'another-site'),
      iface,
    ]);
    expect(health.snapshot().targets.map((target) => target.state)).toEqual([
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('tracks a target the config does not name, by its slug', () => {
    const { health } = openLinkHealth();
    const printer = (index: number): Sample => ({
      ts: T0 + index * ROUND_MS,
      site: SITE,
      measurement: 'link',
      target: 'may-in',
      probe: 'icmp',
      fields: { up: 0 },
    });
    health.applySamples([...round(0), printer(0)]);
    const update = health.applySamples([...round(1), printer(1)]);
    expect(update.changedStates).toContainEqual(
      expect.objectContaining({ target: 'may-in', name: 'may-in', role: null, state: 'down' }),
    );
    expect(update.verdict).toMatchObject({ code: 'partial_down', targets: ['may-in'] });
  });

  it('folds a batch that holds several rounds in timestamp order', () => {
    const { health } = openLinkHealth();
    const batch = [0, 1, 2, 3, 4, 5]
      .map((index) => round(index, index >= 3 ? INTERNET : []))
      .flat()
      .reverse();
    const update = health.applySamples(batch);
    expect(update.verdict.code).toBe('isp_down');
    expect(health.snapshot().openOutages.map((outage) => outage.startedMs)).toEqual([
      T0 + 3 * ROUND_MS,
      T0 + 3 * ROUND_MS,
    ]);
  });
});
