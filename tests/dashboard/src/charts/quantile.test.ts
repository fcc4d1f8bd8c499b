import { quantile } from 'd3-array';
import { randomLcg, randomNormal } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { quantileOf } from '../../../../dashboard/src/charts/quantile.js';

describe('quantileOf', () => {
  it('gives d3’s quantile of the numbers, nulls left out', () => {
    const normal = randomNormal.source(randomLcg(11))(25, 8);
    const values = Array.from({ length: 901 }, (_, i) => (i % 17 === 0 ? null : normal()));
    const numbers = values.filter((v): v is number => v !== null);
    for (const p of [0, 0.05, 0.5, 0.95, 1]) {
      expect(quantileOf(values, p)).toBe(quantile(numbers, p));
    }
  });

  it('is undefined with no number, and the one number of one', () => {
    expect(quantileOf([], 0.5)).toBeUndefined();
    expect(quantileOf([null, null], 0.5)).toBeUndefined();
    expect(quantileOf([null, 7], 0.95)).toBe(7);
  });
});
