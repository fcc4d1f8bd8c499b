import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfigText } from '../../config/index.js';

function problemsOf(text: string): { path: string; message: string }[] {
  try {
    parseConfigText(text, 'test.yaml', {});
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('workingHours and kpis settings', () => {
  it('default to the hours of DOMAIN.md and a 15-minute target wait', () => {
    const config = parseConfigText('', 'empty.yaml', {});
    expect(config.workingHours).toEqual({
      weekdays: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
      saturday: [],
      sunday: [],
      holidays: [],
    });
    expect(config.kpis).toEqual({ targetWaitMinutes: 15, defaultServiceMinutes: 8 });
  });

  it('accept a Saturday morning and public holidays', () => {
    const config = parseConfigText(
      [
        'workingHours:',
        '  saturday: [{ start: "07:30", end: "11:30" }]',
        '  holidays: ["2026-09-02", "2026-01-01"]',
      ].join('\n'),
      'test.yaml',
      {},
    );
    expect(config.workingHours.saturday).toEqual([{ start: '07:30', end: '11:30' }]);
    expect(config.workingHours.holidays).toEqual(['2026-09-02', '2026-01-01']);
  });

  it.each([
    [
      'an end before its start',
      'workingHours: { weekdays: [{ start: "13:30", end: "11:30" }] }',
      'workingHours.weekdays[0].end',
      /end 11:30 is not after start 13:30/,
    ],
    [
      'overlapping periods',
      'workingHours: { weekdays: [{ start: "07:30", end: "12:00" }, { start: "11:30", end: "17:00" }] }',
      'workingHours.weekdays[1].start',
      /before the end 12:00 of the period above/,
    ],
    [
      'a time that is not HH:MM',
      'workingHours: { saturday: [{ start: "7h30", end: "11:30" }] }',
      'workingHours.saturday[0].start',
      /HH:MM/,
    ],
    [
      'a holiday that is no date',
      'workingHours: { holidays: ["2026-02-30"] }',
      'workingHours.holidays[0]',
      /not a calendar date/,
    ],
    [
      'a holiday in another format',
      'workingHours: { holidays: ["02/09/2026"] }',
      'workingHours.holidays[0]',
      /YYYY-MM-DD/,
    ],
    ['a target wait of zero', 'kpis: { targetWaitMinutes: 0 }', 'kpis.targetWaitMinutes', /./],
  ])('reject %s with its path', (_what, text, path, message) => {
    // One problem each: a malformed time or date is not also reported as out of order.
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(`${path} (line 1)`);
    expect(problems[0]!.message).toMatch(message);
  });
});
