import { describe, expect, it } from 'vitest';
import type { ThroughputPoint } from '../../../../../dashboard/src/charts/throughput-geometry.js';
import '../../../../../dashboard/src/components/throughput-chart/throughput-chart.js';
import type { PulseThroughputChart } from '../../../../../dashboard/src/components/throughput-chart/throughput-chart.js';
import { NOW_MS, minutesAgo } from '../figures.js';
import { mount, part, parts, textOf } from '../mount.js';

/** A quarter of an hour of 30-second readings: about 12 Mbit/s down and 2 Mbit/s up. */
const POINTS: ThroughputPoint[] = Array.from({ length: 30 }, (_, i) => ({
  tsMs: minutesAgo(15) + i * 30_000,
  rxBps: 12_000_000 + (i % 5) * 100_000,
  txBps: 2_000_000 + (i % 3) * 50_000,
}));

async function mountChart(
  properties: Partial<PulseThroughputChart>,
): Promise<PulseThroughputChart> {
  const chart = await mount('pulse-throughput-chart', {
    target: 'wan',
    name: 'Cổng mạng WAN',
    points: POINTS,
    fromMs: minutesAgo(15),
    toMs: NOW_MS,
    ...properties,
  });
  await expect.poll(() => chart.shadowRoot!.querySelector('svg')).not.toBeNull();
  return chart;
}

describe('pulse-throughput-chart', () => {
  it('names the drawing and gives the latest rates in words beside their keys', async () => {
    const chart = await mountChart({ language: 'en' });
    expect(part(chart, 'svg').getAttribute('aria-label')).toBe(
      'Traffic through the network interface: Cổng mạng WAN',
    );
    expect(textOf(part(chart, '.key.rx'))).toBe('Received (download) 12.4 Mbit/s');
    expect(textOf(part(chart, '.key.tx'))).toBe('Sent (upload) 2.1 Mbit/s');
    expect(
      parts(chart, '.swatch').every((swatch) => swatch.getAttribute('aria-hidden') === 'true'),
    ).toBe(true);
  });

  it('draws received solid and sent dashed, on an axis in bit rates', async () => {
    const chart = await mountChart({});
    const rx = part(chart, 'path.line.rx');
    const tx = part(chart, 'path.line.tx');
    expect(rx.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){10,}/);
    expect(tx.getAttribute('d')).toMatch(/^M/);
    expect(getComputedStyle(rx).strokeDasharray).toBe('none');
    expect(getComputedStyle(tx).strokeDasharray).not.toBe('none');
    const ticks = parts(chart, 'svg > text[text-anchor="end"]').map(textOf);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every((tick) => /^\d+(,\d+)? (bit|kbit|Mbit)\/s$/.test(tick))).toBe(true);
  });
});
