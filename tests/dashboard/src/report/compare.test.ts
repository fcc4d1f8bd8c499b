import { describe, expect, it } from 'vitest';
import { compareFigure } from '../../../../dashboard/src/report/compare.js';

describe('compareFigure', () => {
  it.each([
    [120, 100, 'higher', { direction: 'up', tone: 'better', delta: 20, relative: 0.2 }],
    [80, 100, 'higher', { direction: 'down', tone: 'worse', delta: -20, relative: -0.2 }],
    [600, 300, 'lower', { direction: 'up', tone: 'worse', delta: 300, relative: 1 }],
    [0, 30, 'lower', { direction: 'down', tone: 'better', delta: -30, relative: -1 }],
    [5, 0, 'higher', { direction: 'up', tone: 'better', delta: 5, relative: null }],
    [7, 7, 'higher', { direction: 'same', tone: 'same', delta: 0, relative: 0 }],
    [null, 7, 'higher', { direction: 'none', tone: 'none', delta: 0, relative: null }],
    [7, null, 'lower', { direction: 'none', tone: 'none', delta: 0, relative: null }],
  ] as const)('%j against %j (%s is better)', (current, previous, better, expected) => {
    expect(compareFigure(current, previous, better)).toEqual(expected);
  });

  it('counts a change below epsilon as unchanged', () => {
    expect(compareFigure(0.823, 0.82, 'higher', 0.005).direction).toBe('same');
  });
});
