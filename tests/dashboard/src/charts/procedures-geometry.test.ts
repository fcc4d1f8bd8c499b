import { randomLcg, randomInt } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { computeProceduresGeometry } from '../../../../dashboard/src/charts/procedures-geometry.js';

const WORKING = [true, true, true, true, true, false, false];

/** A seeded week of two fields, Monday to Friday. */
function seededWeek(seed: number) {
  const draw = randomInt.source(randomLcg(seed))(5, 25);
  const a = WORKING.map((working) => (working ? draw() : 0));
  const b = WORKING.map((working) => (working ? draw() : 0));
  return {
    days: WORKING.map((working, i) => ({ total: a[i]! + b[i]!, working })),
    series: [
      { id: 'tu-phap-ho-tich', values: a },
      { id: 'chung-thuc', values: b },
    ],
    width: 1000,
    height: 300,
  };
}

describe('computeProceduresGeometry', () => {
  it('stacks each day’s fields into a column as tall as its total', () => {
    const input = seededWeek(7);
    const { columns, plot } = computeProceduresGeometry(input);
    const bottom = plot.y + plot.height;
    expect(columns).toHaveLength(7);
    for (const column of columns.slice(0, 5)) {
      expect(column.segments.map((s) => s.id)).toEqual(['tu-phap-ho-tich', 'chung-thuc']);
      const [first, second] = column.segments;
      // Bottom segment sits on the axis; the next starts where it ends.
      expect(first!.y + first!.height).toBeCloseTo(bottom, 0);
      expect(second!.y + second!.height).toBeCloseTo(first!.y, 0);
      expect(column.totalY).toBeLessThan(second!.y);
    }
  });

  it('gives a closed day with nothing done no segment', () => {
    const { columns } = computeProceduresGeometry(seededWeek(7));
    expect(columns[5]).toMatchObject({ working: false, total: 0, segments: [] });
  });

  it('makes the tallest column reach no higher than the top tick', () => {
    const input = seededWeek(11);
    const { columns, yTicks } = computeProceduresGeometry(input);
    const top = Math.min(...yTicks.map((t) => t.y));
    const highest = Math.min(...columns.flatMap((c) => c.segments.map((s) => s.y)));
    expect(highest).toBeGreaterThanOrEqual(top);
    expect(Math.max(...yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(
      Math.max(...input.days.map((d) => d.total)),
    );
  });

  it('puts procedures no field accounts for in a last segment with the id ""', () => {
    const { columns } = computeProceduresGeometry({
      days: [{ total: 10, working: true }],
      series: [{ id: 'chung-thuc', values: [6] }],
      width: 200,
      height: 200,
    });
    expect(columns[0]!.segments.map((s) => [s.id, s.value])).toEqual([
      ['chung-thuc', 6],
      ['', 4],
    ]);
  });

  it('is the same for the same input (seeded file snapshot, one line per day)', async () => {
    const { columns, yTicks } = computeProceduresGeometry(seededWeek(3));
    const text = [
      `y ticks: ${yTicks.map((t) => `${t.value}@${t.y}`).join(' ')}`,
      ...columns.map(
        (c) =>
          `day ${c.index} x=${c.x} w=${c.width} total=${c.total}@${c.totalY} ` +
          c.segments.map((s) => `${s.id || 'other'}:${s.value}[${s.y}+${s.height}]`).join(' '),
      ),
    ].join('\n');
    await expect(`${text}\n`).toMatchFileSnapshot(
      '__snapshots__/procedures-geometry.seeded-week.txt',
    );
  });
});
