import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../../../dashboard/src/components/language-switch/language-switch.js';
import type { Language } from '../../../../../dashboard/src/i18n/language.js';
import { mount, part, recordEvents, textOf } from '../mount.js';

describe('pulse-language-switch', () => {
  it('is named by the other language, in that language, and described in the current one', async () => {
    const vietnamese = await mount('pulse-language-switch', { language: 'vi' });
    const button = part(vietnamese, 'button');
    // No aria-label: the name is the words on the button (WCAG 2.5.3).
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(textOf(button)).toBe('English');
    expect(part(vietnamese, 'button > span').lang).toBe('en');
    expect(button.title).toBe('Chuyển sang tiếng Anh');
    const english = await mount('pulse-language-switch', { language: 'en' });
    expect(textOf(part(english, 'button'))).toBe('Tiếng Việt');
    expect(part(english, 'button > span').lang).toBe('vi');
    expect(part(english, 'button').title).toBe('Switch to Vietnamese');
  });

  it('asks for the other language on Enter and on a click', async () => {
    const picked = recordEvents<{ language: Language }>('pulse-language-change');
    const languageSwitch = await mount('pulse-language-switch', { language: 'vi' });
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(part(languageSwitch, 'button'));
    expect(picked).toEqual([{ language: 'en' }, { language: 'en' }]);
  });
});
