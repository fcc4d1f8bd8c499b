import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../collector/main.js';
import type { LiveServerMessage } from '../../contracts/live.js';
import type { QueueSnapshot } from '../../contracts/queue.js';
import type { CreatedDevice } from '../../contracts/terminal.js';
import { newDataDir, startTestCollector } from '../support/collector.js';
import { LiveClient } from '../support/live-client.js';
import { collectPageErrors, launchChromium } from './support/browser.js';

// Screenshots for a person to look at after the run (not committed).
const SCREENSHOTS = 'test-results';
const VIEWER = 'viewer-code-01';
const ADMIN = {
  authorization: 'Bearer test-admin-token-00001',
  'content-type': 'application/json',
};
/**
 * What Chromium itself logs while the collector is stopped ("Failed to load resource:
 * net::ERR_CONNECTION_REFUSED"): the browser reporting the outage the test causes, not a page error.
 */
const OUTAGE_NOISE =
  /net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE|CONNECTION_CLOSED)/;

let browser: Browser;
let collector: RunningCollector | undefined;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await collector?.close();
  collector = undefined;
});

async function createDevice(body: object): Promise<CreatedDevice> {
  const response = await fetch(`${collector!.url}/api/v1/devices`, {
    method: 'POST',
    headers: ADMIN,
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedDevice;
}

/** A tablet: its own browser context (its own cookies and storage), on one terminal page. */
async function openTerminal(
  path: string,
  code: string,
  viewport = { width: 1024, height: 700 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, hasTouch: true });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${collector!.url}${path}`);
  // Asked once for the device code, typed as staff would: lower case, with spaces.
  await page.getByTestId('device-code').fill(code.toLowerCase().replaceAll('-', ' '));
  await page.getByTestId('device-sign-in-submit').click();
  await page.getByTestId('device-sign-in').waitFor({ state: 'detached' });
  // The code went into an HttpOnly cookie: nowhere in the address, the page or its storage.
  expect(page.url()).not.toContain(code);
  expect(await page.content()).not.toContain(code);
  expect(
    await page.evaluate<string>('document.cookie + JSON.stringify(localStorage)'),
  ).not.toContain(code.slice(0, 4));
  return { page, errors };
}

function isQueueState(
  message: LiveServerMessage,
): message is Extract<LiveServerMessage, { type: 'state' }> {
  return message.type === 'state' && message.queue.site === 'test-centre';
}

function queueOf(message: LiveServerMessage): QueueSnapshot | undefined {
  if (message.type === 'state') return message.queue;
  if (message.type === 'snapshot') return message.queue.find((q) => q.site === 'test-centre');
  return undefined;
}

describe('the counter terminals in Chromium', () => {
  it('carry a full visit into the live queue, and the counter keeps a press made while the collector was down', async () => {
    const dataDir = newDataDir();
    collector = await startTestCollector(dataDir, { viewerToken: VIEWER });
    const { port } = collector;
    const kioskDevice = await createDevice({ name: 'Kiosk sảnh', kind: 'kiosk' });
    const counterDevice = await createDevice({ name: 'Máy quầy 1', kind: 'counter', counter: '1' });
    const padDevice = await createDevice({
      name: 'Bảng đánh giá quầy 1',
      kind: 'rating',
      counter: '1',
    });
    let live = await LiveClient.connect(collector.url, { authorization: `Bearer ${VIEWER}` });

    // Kiosk: a citizen takes a number in Tư pháp – Hộ tịch.
    const kiosk = await openTerminal('/kiosk', kioskDevice.token, { width: 800, height: 1000 });
    await kiosk.page.getByTestId('kiosk-field-tu-phap-ho-tich').click();
    const ticket = kiosk.page.getByTestId('kiosk-ticket');
    await ticket.waitFor();
    expect(await ticket.getAttribute('data-value')).toBe('A001');
    expect(await ticket.textContent()).toMatch(/Vui lòng chờ gọi số/);
    expect(await ticket.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await kiosk.page.screenshot({ path: `${SCREENSHOTS}/terminal-kiosk.png`, fullPage: true });
    await kiosk.page.emulateMedia({ media: 'print' });
    await kiosk.page.screenshot({ path: `${SCREENSHOTS}/terminal-kiosk-print.png` });
    const issued = await live.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'state' }> =>
        isQueueState(m) && m.queue.totals.waiting === 1,
    );
    expect(issued.queue.fields.find((f) => f.field === 'tu-phap-ho-tich')?.waiting).toBe(1);

    // Counter 1: open, call the next ticket (the collector picks A001), start.
    const counter = await openTerminal('/counter', counterDevice.token);
    await counter.page.getByTestId('counter-open').click();
    await counter.page.getByTestId('counter-call-next').click();
    await expect
      .poll(() => counter.page.getByTestId('counter-ticket').getAttribute('data-value'))
      .toBe('A001');
    await counter.page.getByTestId('counter-start').click();
    await live.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'state' }> =>
        isQueueState(m) && m.queue.counters.find((c) => c.counter === '1')?.ticket === 'A001',
    );
    await counter.page.getByTestId('counter-complete-received').waitFor();
    await counter.page.screenshot({ path: `${SCREENSHOTS}/terminal-counter.png`, fullPage: true });
    const errorsBefore = [...counter.errors];

    // The collector stops mid-visit; the official completes the visit anyway.
    live.close();
    await collector.close();
    collector = undefined;
    await counter.page.getByTestId('offline').waitFor({ timeout: 10_000 });
    await counter.page.getByTestId('counter-complete-received').click();
    const pending = counter.page.getByTestId('pending');
    await pending.waitFor();
    expect(await pending.textContent()).toMatch(/Đang chờ gửi 1 thao tác/);
    expect(await counter.page.getByTestId('counter-state').getAttribute('data-value')).toBe('idle');
    expect(await counter.page.getByTestId('counter-call-next').isDisabled()).toBe(true);
    await counter.page.screenshot({
      path: `${SCREENSHOTS}/terminal-counter-offline.png`,
      fullPage: true,
    });

    // Back on the same port and data: the completion arrives by itself, once.
    collector = await startTestCollector(dataDir, { port, viewerToken: VIEWER });
    live = await LiveClient.connect(collector.url, { authorization: `Bearer ${VIEWER}` });
    await pending.waitFor({ state: 'detached', timeout: 30_000 });
    await counter.page.getByTestId('offline').waitFor({ state: 'detached', timeout: 10_000 });
    const completed = await live.waitFor(
      (m): m is LiveServerMessage => (queueOf(m)?.kpis?.site.completed ?? 0) === 1,
    );
    const afterRestart = queueOf(completed)!;
    expect(afterRestart.counters.find((c) => c.counter === '1')).toMatchObject({
      state: 'idle',
      ticket: null,
      servedToday: 1,
    });

    // Rating pad of counter 1: the citizen is very satisfied.
    const pad = await openTerminal('/rating', padDevice.token);
    await pad.page.getByTestId('rating-4').waitFor();
    await pad.page.screenshot({ path: `${SCREENSHOTS}/terminal-rating.png`, fullPage: true });
    await pad.page.getByTestId('rating-4').click();
    await pad.page.getByTestId('rating-thanks').waitFor();
    await pad.page.screenshot({ path: `${SCREENSHOTS}/terminal-rating-thanks.png` });
    const rated = await live.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'state' }> =>
        isQueueState(m) && m.queue.kpis?.site.ratings === 1,
    );
    expect(rated.queue.kpis?.site.ratingMean).toBe(4);
    expect(rated.queue.anomalies).toMatchObject({ endedTwice: 0, ratingWithoutVisit: 0 });
    await pad.page.getByTestId('rating-4').waitFor({ timeout: 10_000 });

    // Exactly one completion on disk, and the rating names the visit.
    const db = new Database(join(dataDir, 'pulse.sqlite'), { readonly: true });
    const rows = db
      .prepare(
        "SELECT type, ticket, outcome FROM events WHERE type IN ('service.completed', 'rating.submitted') ORDER BY seq",
      )
      .all();
    db.close();
    expect(rows).toEqual([
      { type: 'service.completed', ticket: 'A001', outcome: 'received' },
      { type: 'rating.submitted', ticket: 'A001', outcome: null },
    ]);

    live.close();
    expect(errorsBefore).toEqual([]);
    expect(pad.errors).toEqual([]);
    // The kiosk and the counter were open through the outage: only Chromium's own reports of it.
    expect(kiosk.errors.filter((e) => !OUTAGE_NOISE.test(e))).toEqual([]);
    expect(counter.errors.filter((e) => !OUTAGE_NOISE.test(e))).toEqual([]);
  }, 90_000);
});
