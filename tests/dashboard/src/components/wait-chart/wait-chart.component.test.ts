import { describe, expect, it } from 'vitest';
import '../../../../../dashboard/src/components/wait-chart/wait-chart.js';
import { reportWeek } from '../figures.js';
import { mount, part, parts, textOf } from '../mount.js';

const DAYS = reportWeek([30, 31, 29, 0, 25], [6, 11, 9, null, 7]);

describe('pulse-wait-chart', () => {
  it('has a legend in words with the target wait, and a named drawing', async () => {
    const chart = await mount('pulse-wait-chart', {
      days: DAYS,
      targetWaitSeconds: 1200,
      language: 'en',
    });
    expect(parts(chart, '.legend li').map(textOf)).toEqual([
      'half waited under',
      '9 in 10 waited under',
      'target 20 min',
    ]);
    expect(part(chart, 'svg').getAttribute('aria-label')).toBe('Waiting time per day');
  });

  it('labels each bar in whole minutes, a day with no call "no data" and the weekend "closed"', async () => {
    const chart = await mount('pulse-wait-chart', { days: DAYS, language: 'en' });
    const monday = part(chart, '[data-testid="wait-day-2026-11-23"]');
    expect(monday.dataset.p50).toBe('360');
    expect([...monday.querySelectorAll('text.value')].map(textOf)).toEqual(['6', '12']);
    expect(textOf(part(chart, '[data-testid="wait-day-2026-11-26"]'))).toContain('no data');
    expect(textOf(part(chart, '[data-testid="wait-day-2026-11-28"]'))).toContain('closed');
  });
});
