import { quantile } from 'd3-array';
import { randomLcg, randomLogNormal } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { numbersOf, quantileInPlace } from '../../../../dashboard/src/charts/quantile.js';

describe('quantileInPlace', () => {
  it('gives what d3’s quantile gives, for any length and share', () => {
    const latency = randomLogNormal.source(randomLcg(11))(3, 0.6);
    for (const length of [1, 2, 3, 10, 899, 900]) {
      const values = Array.from({ length }, () => latency());
      // Ties, as a quiet link gives them.
      if (length > 5) values[3] = values[4] = values[5]!;
      for (const p of [0, 0.05, 0.5, 0.95, 1]) {
        expect(quantileInPlace(Float64Array.from(values), p)).toBe(quantile(values, p));
      }
    }
  });

  it('is undefined for no values', () => {
    expect(quantileInPlace(new Float64Array(0), 0.5)).toBeUndefined();
  });
});

describe('numbersOf', () => {
  it('keeps the numbers a reading has and leaves out the missing ones', () => {
    const readings = [{ v: 3 }, { v: null }, { v: 1.5 }, { v: Number.NaN }, { v: 0 }];
    expect([...numbersOf(readings, (r) => r.v)]).toEqual([3, 1.5, 0]);
  });
});
