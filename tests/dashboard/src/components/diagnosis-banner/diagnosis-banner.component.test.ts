import { describe, expect, it } from 'vitest';
import type { LinkVerdict, Outage } from '../../../../../contracts/link-health.js';
import '../../../../../dashboard/src/components/diagnosis-banner/diagnosis-banner.js';
import { NOW_MS, minutesAgo } from '../figures.js';
import { mount, part, textOf, update } from '../mount.js';

const verdict = (code: LinkVerdict['code'], targets: string[] = []): LinkVerdict => ({
  code,
  targets,
  text: {
    vi: { summary: `Tóm tắt ${code}`, action: code === 'all_ok' ? '' : `Việc cần làm ${code}` },
    en: { summary: `Summary ${code}`, action: code === 'all_ok' ? '' : `Action ${code}` },
  },
});

const outage: Outage = {
  site: 'test-centre',
  target: 'isp',
  startedMs: minutesAgo(7),
  endedMs: null,
  durationS: null,
  cause: 'isp_down',
  summary: { vi: 'Mất mạng', en: 'No internet' },
};

describe('pulse-diagnosis-banner', () => {
  it('is a live region, so a screen reader announces a new verdict', async () => {
    const banner = await mount('pulse-diagnosis-banner', { verdict: null });
    const region = part(banner, '[data-testid="diagnosis"]');
    expect(region.getAttribute('role')).toBe('status');
    expect(textOf(region)).toBe('');
    await update(banner, { verdict: verdict('all_ok') });
    expect(textOf(region)).toBe('Đường truyền bình thường');
    expect(region.dataset.severity).toBe('ok');
  });

  it('shows an outage as an alarm: what is down, since when and what to do', async () => {
    const banner = await mount('pulse-diagnosis-banner', {
      verdict: verdict('isp_down', ['isp']),
      openOutages: [outage],
      nowMs: NOW_MS,
      language: 'en',
    });
    expect(part(banner, '[data-testid="diagnosis"]').dataset.severity).toBe('down');
    expect(textOf(part(banner, '.kicker'))).toBe('Outage since 09:53');
    expect(textOf(part(banner, '[data-testid="diagnosis-summary"]'))).toBe('Summary isp_down');
    expect(textOf(part(banner, '[data-testid="diagnosis-action"]'))).toBe(
      'What to do: Action isp_down',
    );
    expect(part(banner, 'svg.icon').getAttribute('aria-hidden')).toBe('true');
  });

  it('on a wall screen says what is down and since when on one line, leaving the action to the desks', async () => {
    const banner = await mount('pulse-diagnosis-banner', {
      verdict: verdict('isp_down', ['isp']),
      openOutages: [outage],
      nowMs: NOW_MS,
      language: 'en',
      tv: true,
    });
    // The word stays in the sentence for a screen reader; the shape and the sentence show it.
    expect(textOf(part(banner, '[data-testid="diagnosis-summary"]'))).toBe(
      'Outage: Summary isp_down',
    );
    expect(textOf(part(banner, '[data-testid="diagnosis-since"]'))).toBe('since 09:53');
    expect(banner.shadowRoot!.querySelector('[data-testid="diagnosis-action"]')).toBeNull();
    const summary = part(banner, '.summary').getBoundingClientRect();
    const since = part(banner, '.since').getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(part(banner, '.summary')).lineHeight);
    expect(summary.height).toBeLessThan(1.5 * lineHeight);
    expect(since.left).toBeGreaterThanOrEqual(summary.right);
    expect(since.top).toBeLessThan(summary.bottom);
  });

  it('tells slow from down by its words and its shape', async () => {
    const banner = await mount('pulse-diagnosis-banner', { verdict: verdict('degraded', ['dvc']) });
    expect(part(banner, '.alert').classList.contains('degraded')).toBe(true);
    expect(textOf(part(banner, '.kicker .label'))).toBe('Chậm');
    expect(part(banner, 'svg.icon polygon').getAttribute('points')).toBe('12,1.5 23,22 1,22');
    // Nothing says since when: no named target has a time and no outage is open.
    expect(banner.shadowRoot!.querySelector('[data-testid="diagnosis-since"]')).toBeNull();
  });
});
