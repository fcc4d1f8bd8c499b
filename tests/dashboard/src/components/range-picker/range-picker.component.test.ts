import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../../../dashboard/src/components/range-picker/range-picker.js';
import type { TimeRange } from '../../../../../dashboard/src/connectivity/time-range.js';
import { NOW_MS } from '../figures.js';
import { mount, part, parts, recordEvents, textOf, update } from '../mount.js';

const pressed = (picker: Element) =>
  parts(picker, 'button[aria-pressed="true"]').map((button) => button.dataset.testid);

describe('pulse-range-picker', () => {
  it('offers the ranges as a named group of toggle buttons, the shown one pressed', async () => {
    const picker = await mount('pulse-range-picker', { range: { kind: '24h' }, language: 'en' });
    expect(part(picker, '[role="group"]').getAttribute('aria-label')).toBe('Time range');
    expect(parts(picker, 'button').map(textOf)).toEqual([
      'Live (15 min)',
      '1 hour',
      '24 hours',
      '7 days',
      'Custom',
    ]);
    expect(pressed(picker)).toEqual(['range-24h']);
  });

  it('asks for a range picked by keyboard: Tab to it, then Enter or Space', async () => {
    const picked = recordEvents<{ range: TimeRange }>('pulse-range-change');
    await mount('pulse-range-picker', { range: { kind: 'live' } });
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(picked).toEqual([{ range: { kind: '1h' } }, { range: { kind: '7d' } }]);
  });

  it('opens two fields for a custom range, prefilled with the last 24 hours on the centre’s clock', async () => {
    const picked = recordEvents<{ range: TimeRange }>('pulse-range-change');
    const picker = await mount('pulse-range-picker', { range: { kind: 'live' }, nowMs: NOW_MS });
    await userEvent.click(part(picker, '[data-testid="range-custom"]'));
    expect(pressed(picker)).toEqual(['range-custom']);
    expect(part<HTMLInputElement>(picker, '[data-testid="range-from"]').value).toBe(
      '2026-11-26T10:00',
    );
    expect(part<HTMLInputElement>(picker, '[data-testid="range-to"]').value).toBe(
      '2026-11-27T10:00',
    );
    // Each field is named by its label, which wraps it.
    expect(parts(picker, 'label').map((label) => textOf(label))).toEqual(['Từ', 'Đến']);
    expect(picked).toEqual([]);

    await userEvent.click(part(picker, '[data-testid="range-apply"]'));
    expect(picked).toEqual([
      { range: { kind: 'custom', fromMs: NOW_MS - 24 * 3_600_000, toMs: NOW_MS } },
    ]);
  });

  it('refuses a custom range that ends before it starts, with an alert that says why', async () => {
    const picked = recordEvents<{ range: TimeRange }>('pulse-range-change');
    const picker = await mount('pulse-range-picker', { nowMs: NOW_MS, language: 'en' });
    await userEvent.click(part(picker, '[data-testid="range-custom"]'));
    await userEvent.fill(part(picker, '[data-testid="range-from"]'), '2026-11-27T12:00');
    await userEvent.click(part(picker, '[data-testid="range-apply"]'));
    const alert = part(picker, '[role="alert"]');
    expect(textOf(alert)).toBe('The start must be before the end.');
    expect(picked).toEqual([]);
  });

  it('announces loading in a status region', async () => {
    const picker = await mount('pulse-range-picker', { language: 'en' });
    const status = part(picker, '[role="status"]');
    expect(textOf(status)).toBe('');
    await update(picker, { busy: true });
    expect(textOf(status)).toBe('Loading…');
  });
});
