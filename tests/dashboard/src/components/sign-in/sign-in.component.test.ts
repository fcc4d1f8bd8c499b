import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../../../dashboard/src/components/sign-in/sign-in.js';
import { mount, part, recordEvents, textOf, update } from '../mount.js';

describe('pulse-sign-in', () => {
  it('is a region named by its title, with a labelled code field that has the focus', async () => {
    const panel = await mount('pulse-sign-in', { language: 'en' });
    const region = part(panel, 'section');
    expect(textOf(part(panel, `#${region.getAttribute('aria-labelledby')}`))).toBe(
      'Access code required',
    );
    const field = part<HTMLInputElement>(panel, 'input');
    expect(textOf(part(panel, `label[for="${field.id}"]`))).toBe('Viewer code');
    expect(field.type).toBe('password');
    expect(panel.shadowRoot!.activeElement).toBe(field);
  });

  it('sends the code typed, on Enter', async () => {
    const sent = recordEvents<{ code: string }>('pulse-sign-in');
    await mount('pulse-sign-in');
    await userEvent.keyboard('{Enter}');
    expect(sent).toEqual([]);
    await userEvent.keyboard('ma-xem-42{Enter}');
    expect(sent).toEqual([{ code: 'ma-xem-42' }]);
  });

  it('says a wrong code in an alert tied to the field, and selects the code for the next try', async () => {
    const panel = await mount('pulse-sign-in', { language: 'en' });
    await userEvent.keyboard('sai-ma');
    await update(panel, { problem: 'wrong-code' });
    const field = part<HTMLInputElement>(panel, 'input');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const alert = part(panel, '[role="alert"]');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(textOf(alert)).toBe('Wrong code');
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'sai-ma'.length]);
  });

  it('cannot send twice while a code is being checked', async () => {
    const sent = recordEvents<{ code: string }>('pulse-sign-in');
    const panel = await mount('pulse-sign-in', { busy: true });
    expect(part<HTMLButtonElement>(panel, 'button').disabled).toBe(true);
    await userEvent.keyboard('ma-xem-42{Enter}');
    expect(sent).toEqual([]);
  });
});
