import { describe, expect, it } from 'vitest';
import { readQueueSnapshot } from '../../../../dashboard/src/live/parse-live-message.js';
import {
  readQueueBaseline,
  readQueueKpis,
} from '../../../../dashboard/src/live/read-queue-kpis.js';

const AT_MS = Date.UTC(2026, 10, 27, 3, 0, 0);
const hours = (fill: (hour: number) => number | null) =>
  Array.from({ length: 24 }, (_, hour) => fill(hour));
const figures = {
  arrivalsByHour: hours((h) => (h === 8 ? 5 : 0)),
  completionsByHour: hours((h) => (h === 9 ? 3 : 0)),
  arrivalsLastHour: 2,
  completionsLastHour: 1,
  issued: 5,
  completed: 3,
  noShows: 1,
  waitP50Seconds: 300,
  waitP90Seconds: 840,
  waitMaxSeconds: 1260,
  servedWithinTargetShare: 0.75,
  serviceP50Seconds: 420,
  serviceP90Seconds: 600,
  noShowRate: 0.25,
  ratings: 2,
  satisfiedShare: 1,
  ratingMean: 3.5,
};
const kpis = {
  atMs: AT_MS,
  targetWaitSeconds: 900,
  site: figures,
  fields: [{ field: 'chung-thuc', ...figures, openCounters: 1, estimatedWaitSeconds: 840 }],
};
const baseline = {
  days: ['2026-11-20', '2026-11-13'],
  arrivalsByHour: hours((h) => (h >= 7 && h < 17 ? 4 : null)),
  completionsByHour: hours((h) => (h >= 7 && h < 17 ? 3.5 : null)),
};

describe('readQueueKpis', () => {
  it('keeps well-formed figures as they are', () => {
    expect(readQueueKpis(kpis)).toEqual(kpis);
  });

  it('reads a malformed measurement as not measured and a malformed count as zero', () => {
    const read = readQueueKpis({ ...kpis, site: { ...figures, waitP50Seconds: 'x', issued: NaN } });
    expect(read?.site.waitP50Seconds).toBeNull();
    expect(read?.site.issued).toBe(0);
  });

  it('reads per-hour counts that are not 24 long as all zero', () => {
    const read = readQueueKpis({ ...kpis, site: { ...figures, arrivalsByHour: [1, 2] } });
    expect(read?.site.arrivalsByHour).toEqual(hours(() => 0));
  });

  it('drops a field without a slug and keeps the others', () => {
    const read = readQueueKpis({ ...kpis, fields: [{ ...figures }, kpis.fields[0]] });
    expect(read?.fields.map((f) => f.field)).toEqual(['chung-thuc']);
  });

  it('is null without site figures or a time', () => {
    expect(readQueueKpis({ ...kpis, site: null })).toBeNull();
    expect(readQueueKpis({ ...kpis, atMs: undefined })).toBeNull();
    expect(readQueueKpis(undefined)).toBeNull();
  });
});

describe('readQueueBaseline', () => {
  it('keeps unknown hours as null', () => {
    expect(readQueueBaseline(baseline)).toEqual(baseline);
  });

  it('is null when an hour list is not 24 long', () => {
    expect(readQueueBaseline({ ...baseline, completionsByHour: [] })).toBeNull();
  });
});

describe('readQueueSnapshot with figures', () => {
  const queue = {
    site: 'binh-xuyen',
    demo: false,
    asOfMs: AT_MS,
    fields: [],
    counters: [],
    totals: { waiting: 0, serving: 0, servedToday: 3, issuedToday: 5 },
  };

  it('carries today’s figures and the normal day', () => {
    const read = readQueueSnapshot({ ...queue, kpis, baseline });
    expect(read?.kpis).toEqual(kpis);
    expect(read?.baseline).toEqual(baseline);
  });

  it('leaves them out, not null, from an older collector', () => {
    const read = readQueueSnapshot(queue);
    expect(read).not.toHaveProperty('kpis');
    expect(read).not.toHaveProperty('baseline');
  });
});
