import { describe, expect, it } from 'vitest';
import '../../../../../dashboard/src/components/report-tiles/report-tiles.js';
import { reportFigures as figures } from '../figures.js';
import { mount, part, parts, textOf } from '../mount.js';

const WEEK = figures({
  procedures: 1312,
  issued: 1500,
  waitP50Seconds: 9 * 60,
  waitP90Seconds: 31 * 60,
  servedWithinTargetShare: 0.81,
  ratings: 640,
  satisfiedShare: 0.9,
  noShows: 40,
  noShowRate: 0.03,
  outageMinutes: 30,
  lostCounterMinutes: 240,
});
const WEEK_BEFORE = figures({
  procedures: 1200,
  issued: 1390,
  waitP50Seconds: 12 * 60,
  servedWithinTargetShare: 0.81,
  ratings: 600,
  satisfiedShare: 0.93,
  noShows: 40,
  outageMinutes: 0,
});

describe('pulse-report-tiles', () => {
  it('shows six tiles, each figure with its label and its change in words', async () => {
    const tiles = await mount('pulse-report-tiles', {
      totals: WEEK,
      previous: WEEK_BEFORE,
      language: 'en',
    });
    expect(parts(tiles, '.tile dt').map(textOf)).toEqual([
      'Procedures completed',
      'Half of citizens waited under',
      'Called within 15 min',
      'Satisfied or very satisfied',
      'No-shows when called',
      'Link down in working hours',
    ]);
    expect(textOf(part(tiles, '[data-testid="report-procedures"]'))).toBe('1,312');
    expect(textOf(part(tiles, '[data-testid="report-change-procedures"]'))).toBe(
      '▲ up 112 (+9%) vs the week before',
    );
    expect(textOf(part(tiles, '[data-testid="report-change-wait"]'))).toBe(
      '▼ down 3 min vs the week before',
    );
    expect(textOf(part(tiles, '[data-testid="report-change-within-target"]'))).toBe(
      '= unchanged vs the week before',
    );
    expect(textOf(part(tiles, '[data-testid="report-tile-outage"] .detail'))).toBe(
      '4 h counter working time lost',
    );
  });

  it('tones a change by whether it is better, with the arrow hidden from screen readers', async () => {
    const tiles = await mount('pulse-report-tiles', { totals: WEEK, previous: WEEK_BEFORE });
    // Shorter waits are better, a lower satisfied share and more outage time are worse.
    expect(part(tiles, '[data-testid="report-change-wait"]').classList.contains('better')).toBe(
      true,
    );
    expect(
      part(tiles, '[data-testid="report-change-satisfaction"]').classList.contains('worse'),
    ).toBe(true);
    expect(part(tiles, '[data-testid="report-change-outage"]').classList.contains('worse')).toBe(
      true,
    );
    expect(
      parts(tiles, '.arrow').every((arrow) => arrow.getAttribute('aria-hidden') === 'true'),
    ).toBe(true);
    expect(textOf(part(tiles, '[data-testid="report-change-procedures"]'))).toBe(
      '▲ tăng 112 (+9%) so với tuần trước',
    );
  });

  it('renders nothing before both weeks’ figures are there', async () => {
    const tiles = await mount('pulse-report-tiles', { totals: WEEK, previous: null });
    expect(parts(tiles, '.tile')).toEqual([]);
  });
});
