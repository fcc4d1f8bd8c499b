import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../../../dashboard/src/components/theme-switch/theme-switch.js';
import type { Theme } from '../../../../../dashboard/src/theme/theme.js';
import { mount, part, recordEvents, textOf, update } from '../mount.js';

describe('pulse-theme-switch', () => {
  it('is a toggle button, pressed in the dark theme, named by the theme it gives', async () => {
    const themeSwitch = await mount('pulse-theme-switch', { theme: 'light', language: 'en' });
    const button = part(themeSwitch, 'button');
    expect(textOf(button)).toBe('Dark theme');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await update(themeSwitch, { theme: 'dark', language: 'vi' });
    expect(textOf(button)).toBe('Giao diện sáng');
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('asks for the other theme on Space', async () => {
    const picked = recordEvents<{ theme: Theme }>('pulse-theme-change');
    await mount('pulse-theme-switch', { theme: 'dark' });
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(picked).toEqual([{ theme: 'light' }]);
  });

  it('shows a focus ring in the accent colour when reached by keyboard', async () => {
    const themeSwitch = await mount('pulse-theme-switch');
    await userEvent.tab();
    const style = getComputedStyle(part(themeSwitch, 'button'));
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});
