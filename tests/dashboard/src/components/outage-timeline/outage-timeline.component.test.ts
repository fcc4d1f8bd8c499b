import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Outage } from '../../../../../contracts/link-health.js';
import '../../../../../dashboard/src/components/outage-timeline/outage-timeline.js';
import type { PulseOutageTimeline } from '../../../../../dashboard/src/components/outage-timeline/outage-timeline.js';
import { NOW_MS, minutesAgo } from '../figures.js';
import { mount, part, parts, textOf } from '../mount.js';

const outage = (target: string, startedMs: number, endedMs: number | null): Outage => ({
  site: 'test-centre',
  target,
  startedMs,
  endedMs,
  durationS: endedMs === null ? null : (endedMs - startedMs) / 1000,
  cause: 'isp_down',
  summary: { vi: 'Nhà mạng không trả lời', en: 'The provider does not answer' },
});

const ENDED = outage('isp', minutesAgo(300), minutesAgo(255));
const ONGOING = outage('dvc', minutesAgo(20), null);

async function mountTimeline(): Promise<PulseOutageTimeline> {
  const timeline = await mount('pulse-outage-timeline', {
    targets: ['isp', 'dvc'],
    names: new Map([['isp', 'Nhà mạng VNPT']]),
    outages: [ENDED, ONGOING],
    fromMs: NOW_MS - 24 * 3_600_000,
    toMs: NOW_MS,
    nowMs: NOW_MS,
    language: 'en',
  });
  // Bars come once the element has been measured (a ResizeObserver, after layout).
  await expect.poll(() => timeline.shadowRoot!.querySelector('svg')).not.toBeNull();
  return timeline;
}

describe('pulse-outage-timeline', () => {
  it('draws one row per target and one bar per outage, named in words', async () => {
    const timeline = await mountTimeline();
    expect(part(timeline, 'svg').getAttribute('aria-label')).toBe('Outage timeline');
    expect(parts(timeline, 'text.name').map(textOf)).toEqual(['Nhà mạng VNPT', 'dvc']);
    const bars = parts(timeline, 'rect.bar');
    expect(bars).toHaveLength(2);
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Nhà mạng VNPT: 05:00 – 05:45 (45 min). The provider does not answer',
      'dvc: 09:40 – ongoing (20 min). The provider does not answer',
    ]);
    expect(
      part(timeline, `[data-testid="timeline-bar-dvc-${ONGOING.startedMs}"]`).classList.contains(
        'ongoing',
      ),
    ).toBe(true);
  });

  it('shows when, how long and why of the bar that Tab reaches, and hides it on leaving', async () => {
    const timeline = await mountTimeline();
    expect(timeline.shadowRoot!.querySelector('[role="tooltip"]')).toBeNull();
    await userEvent.tab();
    await expect
      .poll(() => textOf(timeline.shadowRoot!.querySelector('[role="tooltip"]')))
      .toBe('Nhà mạng VNPT: 05:00 – 05:45 (45 min). The provider does not answer');
    await userEvent.tab();
    await expect
      .poll(() => textOf(timeline.shadowRoot!.querySelector('[role="tooltip"]')))
      .toMatch(/^dvc: 09:40 – ongoing/);
    await userEvent.tab();
    await expect.poll(() => timeline.shadowRoot!.querySelector('[role="tooltip"]')).toBeNull();
  });

  it('shows the same on hover', async () => {
    const timeline = await mountTimeline();
    await userEvent.hover(part(timeline, `[data-testid="timeline-bar-isp-${ENDED.startedMs}"]`));
    await expect
      .poll(() => textOf(timeline.shadowRoot!.querySelector('[data-testid="timeline-tip"]')))
      .toMatch(/^Nhà mạng VNPT: 05:00/);
  });
});
