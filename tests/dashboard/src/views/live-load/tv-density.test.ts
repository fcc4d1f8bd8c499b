import { describe, expect, it } from 'vitest';
import {
  tvDensityOf,
  type TvDensity,
} from '../../../../../dashboard/src/views/live-load/tv-density.js';

describe('tvDensityOf', () => {
  it.each<[string, number, number, TvDensity]>([
    ['a small centre', 3, 4, 'roomy'],
    ['the reference centre: six fields, six officials', 6, 6, 'roomy'],
    ['one field more than the reference centre', 7, 6, 'dense'],
    ['one counter more than the reference centre', 6, 7, 'dense'],
    ['a large centre', 8, 12, 'dense'],
    ['before the first snapshot', 0, 0, 'roomy'],
  ])('%s (%i fields, %i counters) is %s', (_, fields, counters, density) => {
    expect(tvDensityOf(fields, counters)).toBe(density);
  });
});
