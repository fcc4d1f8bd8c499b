import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../../../dashboard/src/components/week-picker/week-picker.js';
import { NOW_MS } from '../figures.js';
import { mount, part, parts, recordEvents, textOf } from '../mount.js';

/** Monday 00:00 at the centre of the week of {@link NOW_MS} (2026-W48) and of the week before. */
const MONDAY_W48_MS = Date.UTC(2026, 10, 22, 17, 0);
const MONDAY_W47_MS = MONDAY_W48_MS - 7 * 86_400_000;

describe('pulse-week-picker', () => {
  it('names its buttons and presses "this week" while the current week is shown', async () => {
    const picker = await mount('pulse-week-picker', {
      mondayMs: MONDAY_W48_MS,
      nowMs: NOW_MS,
      language: 'en',
    });
    expect(part(picker, '[role="group"]').getAttribute('aria-label')).toBe(
      'Choose the report week',
    );
    expect(parts(picker, 'button').map(textOf)).toEqual([
      '‹ Previous week',
      'This week',
      'Next week ›',
    ]);
    expect(part(picker, '[data-testid="report-this-week"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    // No later week has figures yet.
    expect(part<HTMLButtonElement>(picker, '[data-testid="report-next-week"]').disabled).toBe(true);
  });

  it('moves a week back and forth by keyboard, and back to this week', async () => {
    const picked = recordEvents<{ week: string | null }>('pulse-week-change');
    const picker = await mount('pulse-week-picker', { mondayMs: MONDAY_W47_MS, nowMs: NOW_MS });
    expect(part(picker, '[data-testid="report-this-week"]').getAttribute('aria-pressed')).toBe(
      'false',
    );
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(picked).toEqual([{ week: '2026-W46' }, { week: null }, { week: '2026-W48' }]);
  });

  it('cannot move before a report is shown', async () => {
    const picker = await mount('pulse-week-picker', { mondayMs: null, nowMs: NOW_MS });
    expect(part<HTMLButtonElement>(picker, '[data-testid="report-previous-week"]').disabled).toBe(
      true,
    );
    expect(part<HTMLButtonElement>(picker, '[data-testid="report-next-week"]').disabled).toBe(true);
  });
});
