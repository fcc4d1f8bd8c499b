import { describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../../../../contracts/queue.js';
import { fieldRowsOf } from '../../../../../dashboard/src/components/field-queue/field-rows.js';

const NOW_MS = Date.UTC(2026, 10, 27, 3, 20, 0);
const queue = (kpiFields?: { field: string; open: number; estimate: number | null }[]) =>
  ({
    site: 'binh-xuyen',
    demo: false,
    asOfMs: NOW_MS,
    fields: [
      { field: 'dat-dai', name: 'Đất đai', waiting: 0, serving: 1, oldestWaitingSinceMs: null },
      {
        field: 'chung-thuc',
        name: 'Chứng thực',
        waiting: 3,
        serving: 1,
        oldestWaitingSinceMs: NOW_MS - 12 * 60_000,
      },
    ],
    counters: [],
    totals: { waiting: 3, serving: 2, servedToday: 9, issuedToday: 14 },
    ...(kpiFields
      ? {
          kpis: {
            fields: kpiFields.map(({ field, open, estimate }) => ({
              field,
              openCounters: open,
              estimatedWaitSeconds: estimate,
            })),
          },
        }
      : {}),
  }) as unknown as QueueSnapshot;

describe('fieldRowsOf', () => {
  it('keeps the configured order and times the oldest waiting ticket to now', () => {
    const rows = fieldRowsOf(queue(), NOW_MS);
    expect(rows.map((row) => [row.field, row.waiting, row.longestWaitSeconds])).toEqual([
      ['dat-dai', 0, null],
      ['chung-thuc', 3, 720],
    ]);
  });

  it('takes the estimate and the open counters from the collector’s figures', () => {
    const [datDai, chungThuc] = fieldRowsOf(
      queue([
        { field: 'dat-dai', open: 0, estimate: null },
        { field: 'chung-thuc', open: 2, estimate: 720 },
      ]),
      NOW_MS,
    );
    expect(datDai).toMatchObject({ openCounters: 0, estimatedWaitSeconds: null });
    expect(chungThuc).toMatchObject({ openCounters: 2, estimatedWaitSeconds: 720 });
  });

  it('knows no estimate nor open counters from a collector without figures', () => {
    expect(fieldRowsOf(queue(), NOW_MS)[1]).toMatchObject({
      openCounters: null,
      estimatedWaitSeconds: null,
    });
  });
});
