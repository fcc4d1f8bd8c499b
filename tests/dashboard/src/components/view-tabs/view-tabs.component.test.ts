import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../../../dashboard/src/components/view-tabs/view-tabs.js';
import type { View } from '../../../../../dashboard/src/navigation/route.js';
import { mount, part, parts, recordEvents, textOf, update } from '../mount.js';

describe('pulse-view-tabs', () => {
  it('names one tab per view and marks the shown one selected, the only one in the Tab order', async () => {
    const tabs = await mount('pulse-view-tabs', { view: 'connectivity', language: 'en' });
    expect(part(tabs, '[role="tablist"]').getAttribute('aria-label')).toBe('Views');
    const buttons = parts(tabs, '[role="tab"]');
    expect(buttons.map(textOf)).toEqual(['Live load', 'Connectivity', 'Weekly report']);
    expect(buttons.map((tab) => tab.getAttribute('aria-selected'))).toEqual([
      'false',
      'true',
      'false',
    ]);
    expect(buttons.map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('speaks Vietnamese by default', async () => {
    const tabs = await mount('pulse-view-tabs');
    expect(textOf(part(tabs, '[data-testid="view-tab-live"]'))).toBe('Tải hiện tại');
  });

  it('asks for the clicked view, and not for the one already shown', async () => {
    const picked = recordEvents<{ view: View }>('pulse-view-change');
    const tabs = await mount('pulse-view-tabs', { view: 'live' });
    await userEvent.click(part(tabs, '[data-testid="view-tab-report"]'));
    await userEvent.click(part(tabs, '[data-testid="view-tab-live"]'));
    expect(picked).toEqual([{ view: 'report' }]);
  });

  it('moves with the arrow keys, Home and End, wrapping around, and focus follows', async () => {
    const picked = recordEvents<{ view: View }>('pulse-view-change');
    const tabs = await mount('pulse-view-tabs', { view: 'live' });
    // The container answers each pick by showing the view, as the app does.
    tabs.addEventListener('pulse-view-change', (event) => {
      void update(tabs, { view: event.detail.view });
    });
    await userEvent.tab();
    expect(tabs.shadowRoot!.activeElement).toBe(part(tabs, '#tab-live'));
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => tabs.shadowRoot!.activeElement?.id).toBe('tab-connectivity');
    await userEvent.keyboard('{End}');
    await expect.poll(() => tabs.shadowRoot!.activeElement?.id).toBe('tab-report');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => tabs.shadowRoot!.activeElement?.id).toBe('tab-live');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => tabs.shadowRoot!.activeElement?.id).toBe('tab-report');
    await userEvent.keyboard('{Home}');
    await expect.poll(() => tabs.shadowRoot!.activeElement?.id).toBe('tab-live');
    expect(picked.map(({ view }) => view)).toEqual([
      'connectivity',
      'report',
      'live',
      'report',
      'live',
    ]);
  });
});
