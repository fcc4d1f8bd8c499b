import { describe, expect, it } from 'vitest';
import type { ReportField } from '../../../../../contracts/report.js';
import '../../../../../dashboard/src/components/procedures-chart/procedures-chart.js';
import { reportWeek } from '../figures.js';
import { mount, part, parts, textOf } from '../mount.js';

const DAYS = reportWeek([34, 32, 39, 22, 0], []);
const FIELDS: ReportField[] = [
  {
    field: 'tu-phap',
    name: 'Tư pháp – Hộ tịch',
    procedures: 61,
    completed: 70,
    waitP50Seconds: 300,
    proceduresByDay: [17, 16, 17, 11, 0, 0, 0],
  },
  {
    field: 'chung-thuc',
    name: 'Chứng thực',
    procedures: 66,
    completed: 66,
    waitP50Seconds: 240,
    proceduresByDay: [17, 16, 22, 11, 0, 0, 0],
  },
];

describe('pulse-procedures-chart', () => {
  it('names the drawing with the week’s total and lists each field’s total in the legend', async () => {
    const chart = await mount('pulse-procedures-chart', {
      days: DAYS,
      fields: FIELDS,
      language: 'en',
    });
    expect(part(chart, 'svg[data-testid="procedures-chart"]').getAttribute('aria-label')).toBe(
      'Procedures per day and field: 127',
    );
    expect(parts(chart, '.legend li').map(textOf)).toEqual([
      'Tư pháp – Hộ tịch 61',
      'Chứng thực 66',
    ]);
  });

  it('stacks a column per day with its total on top, "0" on an open day with nothing, "closed" at the weekend', async () => {
    const chart = await mount('pulse-procedures-chart', {
      days: DAYS,
      fields: FIELDS,
      language: 'en',
    });
    const wednesday = part(chart, '[data-testid="procedures-day-2026-11-25"]');
    expect(wednesday.dataset.value).toBe('39');
    expect(wednesday.querySelectorAll('rect')).toHaveLength(2);
    expect(textOf(wednesday)).toContain('39');
    expect(textOf(part(chart, '[data-testid="procedures-day-2026-11-27"]'))).toContain('0');
    expect(textOf(part(chart, '[data-testid="procedures-day-2026-11-29"]'))).toContain('closed');
  });
});
