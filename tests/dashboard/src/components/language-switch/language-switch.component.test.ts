import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../../../dashboard/src/components/language-switch/language-switch.js';
import type { Language } from '../../../../../dashboard/src/i18n/language.js';
import { mount, part, recordEvents, textOf } from '../mount.js';

describe('pulse-language-switch', () => {
  it('offers the other language in that language, with a name in the current one', async () => {
    const vietnamese = await mount('pulse-language-switch', { language: 'vi' });
    const button = part(vietnamese, 'button');
    expect(textOf(button)).toBe('English');
    expect(button.lang).toBe('en');
    expect(button.getAttribute('aria-label')).toBe('Chuyển sang tiếng Anh');
    const english = await mount('pulse-language-switch', { language: 'en' });
    expect(textOf(part(english, 'button'))).toBe('Tiếng Việt');
    expect(part(english, 'button').getAttribute('aria-label')).toBe('Switch to Vietnamese');
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
