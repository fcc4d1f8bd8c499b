import { mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadSettings } from '../../config/index.js';
import { startOfLocalDayMs } from '../../counters/local-day.js';
import { startCollector, type RunningCollector } from '../../collector/main.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../support/collector.js';
import { collectPageErrors, launchChromium } from './support/browser.js';

// Screenshots for a person to look at after the run (not committed).
const SCREENSHOTS = 'test-results';
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

/** A loopback port that nothing listens on: a target there is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function targetsYaml(): Promise<string> {
  return `
probes:
  intervalSeconds: 1
  timeoutMs: 500
  targets:
    - { id: collector, name: Máy chủ OneStop Pulse, role: local, url: "http://127.0.0.1:{port}/healthz" }
    - { id: dvc-quoc-gia, name: Cổng Dịch vụ công quốc gia, role: portal, url: "tcp://127.0.0.1:${await closedPort()}" }
`;
}

async function valueOf(page: Page, testId: string): Promise<string | null> {
  return page.getByTestId(testId).getAttribute('data-value');
}

describe('the dashboard in Chromium', () => {
  it('shows a measured latency and the queue, both updating live, in Vietnamese', async () => {
    collector = await startTestCollector(newDataDir(), { extraYaml: await targetsYaml() });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(`${collector.url}/#/connectivity`);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await expect
      .poll(async () => (await page.getByTestId('site-name').textContent())?.trim())
      .toBe('Trung tâm thử nghiệm');

    // A latency measured for real by the collector's own probe, then a newer one over the WebSocket.
    const latency = page.getByTestId('latency-collector');
    await expect
      .poll(() => valueOf(page, 'latency-collector'), { timeout: 10_000 })
      .toMatch(/^\d+(\.\d+)?$/);
    const first = await valueOf(page, 'latency-collector');
    await expect
      .poll(() => valueOf(page, 'latency-collector'), { timeout: 10_000 })
      .not.toBe(first);
    expect(await latency.textContent()).toMatch(/\d+(,\d+)? ms/);
    // The unreachable portal is shown as down, in plain words, not as an error.
    await expect
      .poll(() => page.getByTestId('status-dvc-quoc-gia').textContent(), { timeout: 10_000 })
      .toMatch(/Mất kết nối/);

    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-live.png`, fullPage: true });

    // Two tickets issued at the counters' queue system appear without a reload, on the live tab.
    await page.getByTestId('view-tab-live').click();
    await expect.poll(() => page.evaluate('location.hash')).toBe('#/live');
    expect(await valueOf(page, 'queue-waiting')).toBe('0');
    const ts = Date.now();
    const response = await fetch(`${collector.url}/api/v1/events`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify([
        {
          id: 'b1',
          ts,
          site: 'test-centre',
          type: 'ticket.issued',
          ticket: 'A001',
          field: 'tu-phap-ho-tich',
        },
        {
          id: 'b2',
          ts,
          site: 'test-centre',
          type: 'ticket.issued',
          ticket: 'B001',
          field: 'chung-thuc',
        },
      ]),
    });
    expect(response.status).toBe(202);
    await expect.poll(() => valueOf(page, 'queue-waiting'), { timeout: 5000 }).toBe('2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the reconnect banner while the collector is stopped, and hides it once it is back', async () => {
    const dataDir = newDataDir();
    collector = await startTestCollector(dataDir);
    const { port } = collector;
    const page = await browser.newPage();
    await page.goto(collector.url);
    const banner = page.getByTestId('connection-banner');
    await expect.poll(() => valueOf(page, 'queue-waiting')).toBe('0');
    expect(await banner.isVisible()).toBe(false);

    await collector.close();
    collector = undefined;
    await banner.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await banner.textContent()).toMatch(/Mất kết nối tới máy chủ/);

    collector = await startTestCollector(dataDir, { extraYaml: '', port });
    await banner.waitFor({ state: 'hidden', timeout: 35_000 });
    await page.close();
  }, 60_000);

  it('runs the demo centre with no config: simulated counters, marked as demo', async () => {
    const settings = await loadSettings({
      env: {
        PULSE_DEMO_TARGETS: 'local',
        PULSE_PORT: '0',
        PULSE_HOST: '127.0.0.1',
        PULSE_DATA_DIR: newDataDir(),
      },
    });
    // A simulated day in about 13 s, so that the counters visibly move during the test.
    settings.config.demo.speed = 3000;
    collector = await startCollector({
      settings,
      logger: pino({ level: 'silent' }),
      dashboardDir: inject('dashboardDir'),
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(collector.url);
    await page.getByTestId('demo-badge').waitFor({ state: 'visible', timeout: 10_000 });
    await page.getByTestId('view-tab-connectivity').click();
    await expect.poll(() => valueOf(page, 'latency-collector'), { timeout: 10_000 }).toMatch(/^\d/);
    await page.getByTestId('view-tab-live').click();
    const issued = async () => Number(await valueOf(page, 'queue-served-today'));
    const before = await issued();
    await expect.poll(issued, { timeout: 20_000 }).not.toBe(before);
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-demo.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 40_000);

  it('says in plain Vietnamese what is down and since when, and lists the outage until it ends', async () => {
    collector = await startTestCollector(newDataDir());
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(`${collector.url}/#/connectivity`);
    const diagnosis = page.getByTestId('diagnosis');
    await expect.poll(() => diagnosis.getAttribute('data-code')).not.toBe('');

    // Rounds of a router the config does not name: up twice, then no answer twice (an outage).
    const T0 = Date.now() - 60_000;
    const post = async (rounds: { i: number; up: 0 | 1 }[]) => {
      const response = await fetch(`${collector!.url}/api/v1/samples`, {
        method: 'POST',
        headers: INGEST_HEADERS,
        body: JSON.stringify(
          rounds.map(({ i, up }) => ({
            ts: T0 + i * 10_000,
            site: 'test-centre',
            measurement: 'link',
            target: 'router',
            probe: 'tcp',
            fields: up ? { up, rtt_ms: 2 } : { up },
          })),
        ),
      });
      expect(response.status).toBe(202);
    };
    for (const round of [
      { i: 0, up: 1 },
      { i: 1, up: 1 },
      { i: 2, up: 0 },
      { i: 3, up: 0 },
    ] as const)
      await post([round]);

    await expect.poll(() => diagnosis.getAttribute('data-code')).toMatch(/_down/);
    const summary = await page.getByTestId('diagnosis-summary').textContent();
    expect(summary).toMatch(/không trả lời: router/);
    expect(await page.getByTestId('diagnosis-since').textContent()).toMatch(/từ \d\d:\d\d/);
    expect(await page.getByTestId('status-router').textContent()).toMatch(/Mất kết nối/);
    expect(await page.getByTestId('target-router').getAttribute('data-state')).toBe('down');
    const row = page.getByTestId(`outage-router-${T0 + 20_000}`);
    await expect.poll(() => row.getAttribute('data-state')).toBe('ongoing');
    expect(await row.textContent()).toMatch(/đang diễn ra/);
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-outage.png`, fullPage: true });

    await post([
      { i: 4, up: 1 },
      { i: 5, up: 1 },
    ]);
    await expect.poll(() => row.getAttribute('data-state')).toBe('ended');
    expect(await page.getByTestId(`outage-end-router-${T0 + 20_000}`).textContent()).toMatch(
      /\d\d:\d\d/,
    );
    expect(await row.textContent()).toMatch(/20 giây/);
    await expect.poll(() => diagnosis.getAttribute('data-code')).toBe('all_ok');
    expect(await diagnosis.textContent()).toMatch(/Đường truyền bình thường/);

    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-outage-ended.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each field’s queue and the counter board live, and fills a wall screen in TV mode', async () => {
    collector = await startTestCollector(newDataDir());
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = collectPageErrors(page);
    await page.goto(`${collector.url}/#/live`);
    expect(await page.getByTestId('view-tab-live').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => valueOf(page, 'queue-waiting')).toBe('0');

    // A morning at the test centre, minutes ago (never before the centre's midnight): counter 1
    // served A001 and now serves A002; A003, A004 and B001 wait; counter 2 is open and free.
    const nowMs = Date.now();
    const minutesAgo = (minutes: number) =>
      Math.max(startOfLocalDayMs(nowMs) + 1000, nowMs - minutes * 60_000);
    const event = (id: string, minutes: number, type: string, extra: Record<string, unknown>) => ({
      id,
      ts: minutesAgo(minutes),
      site: 'test-centre',
      type,
      ...extra,
    });
    const tuPhap = { field: 'tu-phap-ho-tich' };
    const events = [
      event('v1', 30, 'counter.opened', { counter: '1' }),
      event('v2', 30, 'counter.opened', { counter: '2' }),
      event('v3', 20, 'ticket.issued', { ticket: 'A001', ...tuPhap }),
      event('v4', 18, 'ticket.called', { ticket: 'A001', counter: '1' }),
      event('v5', 18, 'service.started', { ticket: 'A001', counter: '1' }),
      event('v6', 15, 'ticket.issued', { ticket: 'A002', ...tuPhap }),
      event('v7', 12, 'ticket.issued', { ticket: 'A003', ...tuPhap }),
      event('v8', 10, 'service.completed', { ticket: 'A001', counter: '1', outcome: 'received' }),
      event('v9', 9, 'rating.submitted', { ticket: 'A001', rating: 4 }),
      event('v10', 8, 'ticket.issued', { ticket: 'B001', field: 'chung-thuc' }),
      event('v11', 5, 'ticket.issued', { ticket: 'A004', ...tuPhap }),
      event('v12', 3, 'ticket.called', { ticket: 'A002', counter: '1' }),
      event('v13', 3, 'service.started', { ticket: 'A002', counter: '1' }),
    ];
    const response = await fetch(`${collector.url}/api/v1/events`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify(events),
    });
    expect(response.status).toBe(202);

    const counter = page.getByTestId('counter-1');
    await expect.poll(() => counter.getAttribute('data-state'), { timeout: 5000 }).toBe('serving');
    expect(await page.getByTestId('counter-ticket-1').textContent()).toBe('A002');
    expect(await page.getByTestId('counter-state-1').textContent()).toBe('Đang phục vụ');
    expect(await page.getByTestId('counter-served-1').getAttribute('data-value')).toBe('1');
    expect(await page.getByTestId('counter-2').getAttribute('data-state')).toBe('idle');
    expect(await page.getByTestId('counter-state-2').textContent()).toBe('Sẵn sàng');
    expect(await valueOf(page, 'queue-field-tu-phap-ho-tich')).toBe('2');
    expect(await valueOf(page, 'queue-field-chung-thuc')).toBe('1');
    expect(await page.getByTestId('field-longest-tu-phap-ho-tich').textContent()).toMatch(
      /chờ lâu nhất \d+ phút/,
    );
    expect(await page.getByTestId('field-estimate-chung-thuc').textContent()).toMatch(
      /số mới chờ khoảng/,
    );
    // The time at the counter ticks every second without any new event.
    const elapsed = page.getByTestId('counter-elapsed-1');
    const firstElapsed = await elapsed.textContent();
    expect(firstElapsed).toMatch(/^\d\d:\d\d$/);
    await expect.poll(() => elapsed.textContent(), { timeout: 3000 }).not.toBe(firstElapsed);
    await expect.poll(() => valueOf(page, 'satisfaction')).toBe('1');
    expect(await page.locator('pulse-app').textContent()).toBeDefined();
    expect(await page.getByText('Các quầy').isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/view-live.png` });
    expect(errors).toEqual([]);

    // The wall screen: no controls, large type, the same figures.
    const tv = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const tvErrors = collectPageErrors(tv);
    await tv.goto(`${collector.url}/#/tv`);
    await expect.poll(() => valueOf(tv, 'queue-field-tu-phap-ho-tich')).toBe('2');
    expect(await tv.getByTestId('view-live').getAttribute('data-tv')).toBe('true');
    expect(await tv.getByTestId('view-tab-live').count()).toBe(0);
    expect(await tv.locator('html').getAttribute('class')).toMatch(/\btv\b/);
    expect(await tv.getByTestId('counter-ticket-1').textContent()).toBe('A002');
    await tv.screenshot({ path: `${SCREENSHOTS}/view-tv.png` });
    // One screen, no scrolling.
    expect(await tv.evaluate('document.documentElement.scrollHeight')).toBeLessThanOrEqual(1080);
    expect(tvErrors).toEqual([]);
    await tv.close();
    await page.close();
  });
});
