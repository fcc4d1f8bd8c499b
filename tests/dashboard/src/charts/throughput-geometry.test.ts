import { randomLcg, randomUniform } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { computeThroughputGeometry } from '../../../../dashboard/src/charts/throughput-geometry.js';
import { createFormatters } from '../../../../dashboard/src/i18n/format.js';

const TO_MS = Date.UTC(2026, 10, 27, 7, 5);
const FROM_MS = TO_MS - 3_600_000;

describe('computeThroughputGeometry', () => {
  it('draws a seeded hour of traffic as two lines on round bit rates (snapshot)', async () => {
    const uniform = randomUniform.source(randomLcg(5))(2e6, 12e6);
    const points = Array.from({ length: 12 }, (_, i) => ({
      tsMs: FROM_MS + i * 300_000,
      rxBps: uniform(),
      txBps: uniform() / 4,
    }));
    const g = computeThroughputGeometry({
      points,
      fromMs: FROM_MS,
      toMs: TO_MS,
      stepMs: 300_000,
      width: 600,
      height: 140,
    });
    const text = [
      `rx ${g.rxPath}`,
      `tx ${g.txPath}`,
      `y ${g.yTicks.map((t) => `${t.valueBps}@${t.y}`).join(' ')}`,
      `x ${g.xTicks.map((t) => t.x).join(' ')}`,
    ].join('\n');
    await expect(`${text}\n`).toMatchFileSnapshot(
      '__snapshots__/throughput-geometry.seeded-hour.txt',
    );
  });

  it('breaks a line where a rate was not measured', () => {
    const points = [
      { tsMs: FROM_MS, rxBps: 1e6, txBps: 1e5 },
      { tsMs: FROM_MS + 30_000, rxBps: null, txBps: 1e5 },
      { tsMs: FROM_MS + 60_000, rxBps: 2e6, txBps: 1e5 },
    ];
    const g = computeThroughputGeometry({
      points,
      fromMs: FROM_MS,
      toMs: TO_MS,
      stepMs: 0,
      width: 600,
      height: 140,
    });
    expect(g.rxPath.match(/M/g)).toHaveLength(2);
    expect(g.txPath.match(/M/g)).toHaveLength(1);
  });
});

describe('bitRate', () => {
  it.each([
    [12_345_678, '12,3 Mbit/s'],
    [850_000, '850 kbit/s'],
    [999, '999 bit/s'],
    [0, '0 bit/s'],
    [1_500_000_000, '1,5 Gbit/s'],
  ])('writes %d bit/s as %s in Vietnamese', (bps, text) => {
    expect(createFormatters('vi').bitRate(bps)).toBe(text);
  });

  it('writes English with a decimal point', () => {
    expect(createFormatters('en').bitRate(12_345_678)).toBe('12.3 Mbit/s');
  });
});
