import { describe, expect, it } from 'vitest';
import '../../../../../dashboard/src/components/satisfaction-tile/satisfaction-tile.js';
import { kpiFigures } from '../figures.js';
import { mount, part, textOf } from '../mount.js';

describe('pulse-satisfaction-tile', () => {
  it('shows the share satisfied, the mean rating out of 4 and how many rated', async () => {
    const tile = await mount('pulse-satisfaction-tile', {
      language: 'en',
      figures: kpiFigures({ ratings: 1520, satisfiedShare: 0.91, ratingMean: 3.46 }),
    });
    expect(textOf(part(tile, '.share'))).toBe('91% satisfied or very satisfied');
    expect(textOf(part(tile, '.details'))).toBe('Mean rating 3.5/4 · 1,520 ratings');
    expect(part(tile, '[data-testid="satisfaction"]').dataset.value).toBe('0.91');
  });

  it('uses Vietnamese decimals by default', async () => {
    const tile = await mount('pulse-satisfaction-tile', {
      figures: kpiFigures({ ratings: 3, satisfiedShare: 2 / 3, ratingMean: 3.25 }),
    });
    expect(textOf(part(tile, '.details'))).toMatch(/^\S.* 3,3\/4 · 3 /);
  });

  it('says there are no ratings yet rather than showing 0%', async () => {
    const tile = await mount('pulse-satisfaction-tile', { figures: kpiFigures() });
    expect(textOf(part(tile, '[data-testid="satisfaction"]'))).toBe(
      'Chưa có lượt đánh giá nào hôm nay.',
    );
    expect(part(tile, '[data-testid="satisfaction"]').dataset.value).toBe('');
  });
});
