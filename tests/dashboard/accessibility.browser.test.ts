import { mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../collector/main.js';
import { axeViolations, describeViolations } from './support/axe.js';
import { collectPageErrors, launchChromium } from './support/browser.js';
import { startBusyMorningCollector } from './support/busy-morning.js';
import { newDataDir, startTestCollector } from '../support/collector.js';

// Screenshots for a person to look at after the run (not committed).
const SCREENSHOTS = 'test-results';
let browser: Browser;
let collector: RunningCollector;

/** A loopback port that nothing listens on: a target there is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, collector] = await Promise.all([
    launchChromium(),
    closedPort().then(startBusyMorningCollector),
  ]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await collector?.close();
});

type Theme = 'light' | 'dark';

/** The size of an office screen. */
const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/** A page in its own context, in the theme the system prefers (nothing chosen yet). */
async function openPage(
  theme: Theme,
  viewport = DEFAULT_VIEWPORT,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // axe-core is injected as a script, which the collector's Content-Security-Policy refuses.
  const context = await browser.newContext({ colorScheme: theme, viewport, bypassCSP: true });
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page) };
}

/** Each view, how to reach it, and what shows it is filled with the collector's figures. */
const VIEWS = [
  {
    name: 'live-load',
    path: '#/live',
    ready: (page: Page) => page.locator('[data-testid="counter-1"][data-state]').waitFor(),
  },
  {
    name: 'connectivity',
    path: '#/connectivity',
    ready: async (page: Page) => {
      await page
        .locator('[data-testid="status-dvc-quoc-gia"]', { hasText: /Mất kết nối/ })
        .waitFor({ timeout: 15_000 });
      await page.locator('[data-testid="spread-chart-collector"]').waitFor();
    },
  },
  {
    name: 'report',
    path: '#/report?week=2026-W48',
    ready: (page: Page) =>
      page.locator('[data-testid="report-sheet"][data-ready="true"]').waitFor(),
  },
  {
    name: 'tv',
    path: '#/tv',
    viewport: { width: 1920, height: 1080 },
    ready: async (page: Page) => {
      await page.locator('[data-testid="view-live"][data-tv="true"]').waitFor();
      await page.locator('[data-testid="counter-1"][data-state]').waitFor();
    },
  },
] as const;

describe('accessibility of the dashboard, checked by axe-core against WCAG 2.x A and AA', () => {
  // One page per theme, moving between the views as a user does (the address's hash): a page
  // load per view would cost a second each and test nothing more.
  for (const theme of ['light', 'dark'] as const) {
    describe(`in the ${theme} theme`, () => {
      let opened: Awaited<ReturnType<typeof openPage>> | undefined;
      beforeAll(async () => {
        opened = await openPage(theme);
        await opened.page.goto(`${collector.url}/#/live`);
      });
      afterAll(() => opened?.context.close());

      for (const view of VIEWS) {
        it(`${view.name} has no violation`, async () => {
          const { page, errors } = opened!;
          await page.setViewportSize('viewport' in view ? view.viewport : DEFAULT_VIEWPORT);
          await page.evaluate(`location.hash = ${JSON.stringify(view.path)}`);
          await view.ready(page);
          expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
          await page.screenshot({
            path: `${SCREENSHOTS}/a11y-${view.name}-${theme}.png`,
            fullPage: true,
          });
          expect(describeViolations(await axeViolations(page))).toEqual([]);
          expect(errors).toEqual([]);
        });
      }
    });
  }

  it('the sign-in panel, with a refused code, in both themes has no violation', async () => {
    const guarded = await startTestCollector(newDataDir(), { viewerToken: 'ma-xem-dung-0001' });
    try {
      for (const theme of ['light', 'dark'] as const) {
        const { context, page } = await openPage(theme);
        await page.goto(guarded.url);
        await page.getByTestId('sign-in-code').fill('ma-sai');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByTestId('sign-in-problem').textContent()).toMatch(/\S/);
        await page.screenshot({ path: `${SCREENSHOTS}/a11y-sign-in-${theme}.png` });
        expect(describeViolations(await axeViolations(page))).toEqual([]);
        await context.close();
      }
    } finally {
      await guarded.close();
    }
  });
});

describe('accessibility of the counter terminals (kiosk, counter, rating pad)', () => {
  it('has no violation on the device sign-in nor on each terminal in use', async () => {
    const create = async (body: object): Promise<string> => {
      const response = await fetch(`${collector.url}/api/v1/devices`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer test-admin-token-00001',
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { token: string }).token;
    };
    // Each terminal as a citizen or the staff meet it: the kiosk after a number is taken, the
    // counter as the simulated morning left it (its buttons), the rating pad's faces.
    const terminals = [
      {
        path: '/kiosk',
        device: { name: 'Kiosk sảnh', kind: 'kiosk' },
        press: 'kiosk-field-tu-phap-ho-tich',
        ready: 'kiosk-ticket',
      },
      {
        path: '/counter',
        device: { name: 'Máy quầy 2', kind: 'counter', counter: '2' },
        press: null,
        ready: 'counter-state',
      },
      {
        path: '/rating',
        device: { name: 'Bảng đánh giá quầy 2', kind: 'rating', counter: '2' },
        press: null,
        ready: 'rating-4',
      },
    ];
    for (const terminal of terminals) {
      const token = await create(terminal.device);
      const { context, page, errors } = await openPage('light', { width: 1024, height: 768 });
      await page.goto(`${collector.url}${terminal.path}`);
      await page.getByTestId('device-code').waitFor({ timeout: 5000 });
      expect(describeViolations(await axeViolations(page)), `${terminal.path}, sign-in`).toEqual(
        [],
      );
      await page.getByTestId('device-code').fill(token);
      await page.keyboard.press('Enter');
      await page.getByTestId('device-sign-in').waitFor({ state: 'detached', timeout: 5000 });
      if (terminal.press) await page.getByTestId(terminal.press).click({ timeout: 5000 });
      await page.getByTestId(terminal.ready).first().waitFor({ timeout: 5000 });
      const name = terminal.path.slice(1);
      await page.screenshot({ path: `${SCREENSHOTS}/a11y-terminal-${name}.png`, fullPage: true });
      expect(describeViolations(await axeViolations(page)), terminal.path).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

/**
 * The element that has the keyboard focus, through shadow roots, and whether it shows it (an
 * outline of 2 px or more, a shadow, or for SVG a stroke of 2 px or more). A script, as these
 * tests are type-checked without the DOM.
 */
const FOCUSED = `(() => {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  if (!element || element === document.body) return { testId: 'body', ring: false };
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const stroke = element instanceof SVGElement && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2;
  return {
    testId: element.getAttribute('data-testid') ?? element.localName,
    ring: outline || stroke || style.boxShadow !== 'none',
  };
})()`;

async function focused(page: Page): Promise<{ testId: string; ring: boolean }> {
  return page.evaluate<{ testId: string; ring: boolean }>(FOCUSED);
}

/**
 * Presses Tab until `testId` (or a hook it matches) has the focus, and returns the test hooks of
 * every stop on the way; fails when a stop does not show the focus, or when `testId` is not
 * reached within 40 presses.
 */
async function tabTo(page: Page, testId: string | RegExp): Promise<string[]> {
  const stops: string[] = [];
  for (let press = 0; press < 40; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    expect(stop.ring, `the focus on ${stop.testId} is visible (after ${stops.join(', ')})`).toBe(
      true,
    );
    stops.push(stop.testId);
    if (typeof testId === 'string' ? stop.testId === testId : testId.test(stop.testId))
      return stops;
  }
  throw new Error(`Tab never reached ${testId}; stops: ${stops.join(', ')}`);
}

describe('the dashboard by keyboard alone', () => {
  it('reaches and works the theme and language switches, the view tabs, the range and week pickers', async () => {
    const { context, page, errors } = await openPage('light');
    await page.goto(`${collector.url}/#/live`);
    await VIEWS[0].ready(page);
    const html = page.locator('html');

    expect(await tabTo(page, 'theme-switch')).toEqual(['theme-switch']);
    await page.keyboard.press('Enter');
    await expect.poll(() => html.getAttribute('data-theme')).toBe('dark');
    expect(await tabTo(page, 'language-switch')).toEqual(['language-switch']);
    await page.keyboard.press('Enter');
    await expect.poll(() => html.getAttribute('lang')).toBe('en');
    // One stop for the tabs: the selected one; arrows move between them.
    expect(await tabTo(page, 'view-tab-live')).toEqual(['view-tab-live']);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate('location.hash')).toBe('#/connectivity');
    expect((await focused(page)).testId).toBe('view-tab-connectivity');

    await tabTo(page, 'range-1h');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('range-1h').getAttribute('aria-pressed')).toBe('true');
    // The hour's figures are in (while they load, the charts below are redrawn).
    await page.locator('[data-testid="spread-charts"][data-status="ready"]').waitFor();
    // On to the outage timeline: a focused bar says what happened in words.
    await tabTo(page, /^timeline-bar-dvc-quoc-gia-/);
    await page.getByTestId('timeline-tip').waitFor();
    expect(await page.getByTestId('timeline-tip').textContent()).toMatch(/ongoing/);

    await page.getByTestId('view-tab-connectivity').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate('location.hash')).toMatch(/^#\/report/);
    await page.locator('[data-testid="report-sheet"][data-ready="true"]').waitFor();
    await tabTo(page, 'report-previous-week');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="report-sheet"][data-week="2026-W47"]').waitFor();
    expect(await page.getByTestId('report-title').textContent()).toContain('47/2026');
    await page.screenshot({ path: `${SCREENSHOTS}/a11y-keyboard-report-dark.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
