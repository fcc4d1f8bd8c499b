import { describe, expect, it } from 'vitest';
import '../../../../../dashboard/src/components/hourly-chart/hourly-chart.js';
import type { PulseHourlyChart } from '../../../../../dashboard/src/components/hourly-chart/hourly-chart.js';
import { mount, part, parts, textOf } from '../mount.js';

/** Tickets per local hour: a morning up to 10:xx, the running hour at index 10. */
const TODAY = [0, 0, 0, 0, 0, 0, 0, 4, 12, 11, 3, ...Array.from({ length: 13 }, () => 0)];
const NORMAL_DAY = [
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  1,
  11,
  13,
  6,
  1,
  0,
  0,
  6,
  4,
  0,
  ...Array.from({ length: 7 }, () => null),
];

async function mountChart(properties: Partial<PulseHourlyChart>): Promise<PulseHourlyChart> {
  const chart = await mount('pulse-hourly-chart', {
    label: 'Tickets issued',
    today: TODAY,
    baseline: NORMAL_DAY,
    currentHour: 10,
    language: 'en',
    ...properties,
  });
  await expect.poll(() => chart.shadowRoot!.querySelector('svg')).not.toBeNull();
  return chart;
}

describe('pulse-hourly-chart', () => {
  it('sums today and a normal day up to the running hour, in words that also name the chart', async () => {
    const chart = await mountChart({});
    expect(textOf(part(chart, '[data-testid="hourly-summary"]'))).toBe(
      'Today 30 · a normal day 31 so far',
    );
    expect(part(chart, 'svg').getAttribute('aria-label')).toBe(
      'Tickets issued: Today 30 · a normal day 31 so far',
    );
    expect(textOf(part(chart, 'h3'))).toBe('Tickets issued');
  });

  it('draws a bar per hour, the running one marked, and the normal day as a step line', async () => {
    const chart = await mountChart({});
    const bars = parts(chart, '.bars rect');
    expect(bars.filter((bar) => bar.classList.contains('current'))).toHaveLength(1);
    expect(part(chart, 'path.baseline-step').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+/);
    const hours = parts(chart, 'g.axis:not(.grid) text').map(textOf);
    expect(hours[0]).toBe('07h');
  });

  it('says there is no normal day yet rather than comparing with zero', async () => {
    const chart = await mountChart({ baseline: Array.from({ length: 24 }, () => null) });
    expect(textOf(part(chart, '[data-testid="hourly-summary"]'))).toBe('Today 30');
    expect(textOf(part(chart, '.legend .hint'))).toBe(
      'Not enough history from past weeks to compare with yet.',
    );
    expect(chart.shadowRoot!.querySelector('path.baseline-step')).toBeNull();
  });
});
