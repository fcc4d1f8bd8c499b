import { describe, expect, it } from 'vitest';
import '../../../../../dashboard/src/components/kpi-tiles/kpi-tiles.js';
import { queueKpis } from '../figures.js';
import { mount, part, parts, textOf } from '../mount.js';

describe('pulse-kpi-tiles', () => {
  it('pairs each figure with its label, the on-time share with the target wait', async () => {
    const tiles = await mount('pulse-kpi-tiles', {
      language: 'en',
      kpis: queueKpis(
        {
          waitP50Seconds: 7 * 60 + 30,
          waitP90Seconds: 75 * 60,
          servedWithinTargetShare: 0.824,
          noShowRate: 0.05,
        },
        { targetWaitSeconds: 20 * 60 },
      ),
    });
    const rows = parts(tiles, '.tile').map((tile) => [
      textOf(tile.querySelector('dt')),
      textOf(tile.querySelector('dd')),
    ]);
    expect(rows).toEqual([
      ['Half of citizens waited under', '7 min'],
      ['9 in 10 waited under', '1 h 15 min'],
      ['Called within 20 min', '82%'],
      ['No-shows when called', '5%'],
    ]);
    expect(part(tiles, '[data-testid="kpi-within-target"]').dataset.value).toBe('0.824');
  });

  it('says "chưa có" where nothing was measured yet, and before any figures', async () => {
    const tiles = await mount('pulse-kpi-tiles', { kpis: queueKpis({ noShowRate: 0 }) });
    expect(textOf(part(tiles, '[data-testid="kpi-wait-p50"]'))).toBe('chưa có');
    expect(part(tiles, '[data-testid="kpi-wait-p50"]').className).toBe('none');
    expect(textOf(part(tiles, '[data-testid="kpi-no-show"]'))).toBe('0%');
    const before = await mount('pulse-kpi-tiles', { kpis: null });
    expect(parts(before, 'dd').map(textOf)).toEqual(['chưa có', 'chưa có', 'chưa có', 'chưa có']);
    expect(textOf(part(before, '.tile:nth-child(3) dt'))).toMatch(/15 phút$/);
  });
});
