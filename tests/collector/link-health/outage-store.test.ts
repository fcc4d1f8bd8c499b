import { afterEach, describe, expect, it } from 'vitest';
import type { Outage } from '../../../contracts/link-health.js';
import { OutageStore } from '../../../collector/link-health/index.js';
import { Recorder } from '../../../collector/recorder/index.js';
import { newDataDir } from '../../support/collector.js';

const T0 = Date.UTC(2026, 10, 27, 1, 0, 0);
const open: Recorder[] = [];
afterEach(() => open.splice(0).forEach((recorder) => recorder.close()));

function openStore(dataDir: string): { recorder: Recorder; store: OutageStore } {
  const recorder = new Recorder(dataDir, () => T0);
  open.push(recorder);
  return { recorder, store: new OutageStore(recorder.database) };
}

function outage(target: string, startedMs: number, endedMs: number | null): Outage {
  return {
    site: 'binh-xuyen',
    target,
    startedMs,
    endedMs,
    durationS: endedMs === null ? null : (endedMs - startedMs) / 1000,
    cause: 'isp_down',
    summary: {
      vi: 'Mất kết nối Internet: lỗi phía nhà mạng, mạng nội bộ vẫn bình thường',
      en: "Internet down on the ISP's side; the local network is fine",
    },
  };
}

describe('OutageStore', () => {
  it('keeps an open outage in the SQLite file across a reopen', () => {
    const dataDir = newDataDir();
    const first = openStore(dataDir);
    first.store.saveOutages([outage('dns-google', T0, null), outage('gateway', T0 - 60_000, T0)]);
    first.recorder.close();
    open.splice(0);
    const { store } = openStore(dataDir);
    expect(store.openOutages('binh-xuyen')).toEqual([outage('dns-google', T0, null)]);
    expect(store.openOutages('another-site')).toEqual([]);
  });

  it('updates an outage saved again with the same start (cause settled, then ended)', () => {
    const { store } = openStore(newDataDir());
    store.saveOutages([{ ...outage('dvc-tinh', T0, null), cause: 'partial_down' }]);
    store.saveOutages([outage('dvc-tinh', T0, T0 + 40_000)]);
    expect(store.outagesBetween(T0, T0 + 60_000)).toEqual([outage('dvc-tinh', T0, T0 + 40_000)]);
    expect(store.openOutages('binh-xuyen')).toEqual([]);
  });

  it('returns the outages that overlap a range, open ones included, oldest first', () => {
    const { store } = openStore(newDataDir());
    const before = outage('a', T0 - 120_000, T0 - 60_000);
    const across = outage('b', T0 - 30_000, T0 + 30_000);
    const inside = outage('c', T0 + 10_000, T0 + 20_000);
    const still = outage('d', T0 + 50_000, null);
    const after = outage('e', T0 + 200_000, T0 + 210_000);
    store.saveOutages([after, still, inside, across, before]);
    expect(store.outagesBetween(T0, T0 + 100_000)).toEqual([across, inside, still]);
    expect(store.outagesBetween(T0, T0 + 100_000, 'another-site')).toEqual([]);
  });
});
