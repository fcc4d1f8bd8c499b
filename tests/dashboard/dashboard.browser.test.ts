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

describe('the Connectivity view over a day in Chromium', () => {
  const ROUND_MS = 30_000;
  const TARGETS = ['gateway', 'nha-mang-vnpt', 'dvc-quoc-gia'] as const;

  /**
   * 24 hours of 30-second icmp rounds for three targets, seeded: the gateway at about 2 ms, the
   * ISP at about 15 ms with packet loss one morning, the national portal at about 40 ms with a
   * 20-minute outage six hours ago and a certificate that expires in 12 days.
   */
  function seededDay(nowMs: number): { samples: object[]; outageStartMs: number } {
    let seed = 42;
    const random = () => (seed = (seed * 1_664_525 + 1_013_904_223) % 2 ** 32) / 2 ** 32;
    const lastMs = Math.floor(nowMs / ROUND_MS) * ROUND_MS - ROUND_MS;
    const firstMs = lastMs - 24 * 3_600_000 + ROUND_MS;
    const outageStartMs = lastMs - 6 * 3_600_000;
    const samples: object[] = [];
    for (let ts = firstMs; ts <= lastMs; ts += ROUND_MS) {
      for (const target of TARGETS) {
        const base = { gateway: 2, 'nha-mang-vnpt': 15, 'dvc-quoc-gia': 40 }[target];
        const down =
          target === 'dvc-quoc-gia' && ts >= outageStartMs && ts < outageStartMs + 20 * 60_000;
        const lossy =
          target === 'nha-mang-vnpt' && ts >= lastMs - 9 * 3_600_000 && ts < lastMs - 8 * 3_600_000;
        const median = base * (1 + random() * 0.3);
        const fields = down
          ? { up: 0, loss_pct: 100 }
          : {
              up: 1,
              rtt_ms: median,
              rtt_min_ms: median * 0.8,
              rtt_max_ms: median * (1.3 + random()),
              loss_pct: lossy ? Math.round(random() * 30) : 0,
              ...(target === 'dvc-quoc-gia' ? { tls_days_left: 12 } : {}),
            };
        samples.push({
          ts,
          site: 'test-centre',
          measurement: 'link',
          target,
          probe: 'icmp',
          fields,
        });
      }
    }
    return { samples, outageStartMs };
  }

  async function post(url: string, samples: object[]): Promise<void> {
    const response = await fetch(`${url}/api/v1/samples`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify(samples),
    });
    expect(response.status).toBe(202);
  }

  /** Pixels of a chart's canvas that something was drawn on. */
  async function paintedPixels(page: Page, target: string): Promise<number> {
    // A string: the test's TypeScript has no DOM types; Playwright calls it with the element.
    // By id through the shadow roots: the test's TypeScript has no DOM types for a callback.
    const id = `spread-canvas-${target}`;
    return page.evaluate<number>(`(() => {
      const find = (root) => {
        const hit = root.querySelector('[data-testid="${id}"]');
        if (hit) return hit;
        for (const element of root.querySelectorAll('*')) {
          const inner = element.shadowRoot && find(element.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      const canvas = find(document);
      if (!canvas || canvas.width === 0) return 0;
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
      return painted;
    })()`);
  }

  it('shows a day of latency with spread and loss, the outage on the timeline, live rounds again on live, and a dark theme', async () => {
    collector = await startTestCollector(newDataDir(), { bodyLimitBytes: 4 * 1024 * 1024 });
    const { samples, outageStartMs } = seededDay(Date.now());
    // In time order, a quarter of the day per request.
    const quarter = Math.ceil(samples.length / 4);
    for (let i = 0; i < samples.length; i += quarter) {
      await post(collector.url, samples.slice(i, i + quarter));
    }
    // Ranges over 6 hours come from the one-minute rollups, which the collector computes a few
    // seconds after the samples arrive.
    const dayUrl = `${collector.url}/api/v1/series?metric=link.rtt_ms&from=${Date.now() - 86_400_000}&step=5m`;
    await expect
      .poll(
        async () => {
          const body = (await (await fetch(dayUrl)).json()) as { series: { points: unknown[] }[] };
          return body.series.filter((s) => s.points.length > 200).length;
        },
        { timeout: 20_000 },
      )
      .toBe(3);

    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = collectPageErrors(page);
    await page.goto(`${collector.url}/#/connectivity`);
    const charts = page.getByTestId('spread-charts');
    await expect.poll(() => charts.getAttribute('data-status'), { timeout: 10_000 }).toBe('ready');

    // 24 hours: a point per bucket of a few minutes from the one-minute rollups, drawn on canvas.
    await page.getByTestId('range-24h').click();
    expect(await page.getByTestId('range-24h').getAttribute('aria-pressed')).toBe('true');
    const portal = page.getByTestId('spread-chart-dvc-quoc-gia');
    await expect
      .poll(async () => Number(await portal.getAttribute('data-points')), { timeout: 20_000 })
      .toBeGreaterThan(300);
    expect(Number(await charts.getAttribute('data-step-ms'))).toBeGreaterThanOrEqual(60_000);
    for (const target of TARGETS) {
      await expect.poll(() => paintedPixels(page, target)).toBeGreaterThan(1000);
    }
    // Axes in SVG: times of day along the bottom, milliseconds up the side.
    const xLabels = await page
      .getByTestId('spread-x-axis-dvc-quoc-gia')
      .locator('text')
      .allTextContents();
    expect(xLabels.length).toBeGreaterThanOrEqual(4);
    expect(xLabels.join(' ')).toMatch(/\d\d:00|\d\d\/\d\d/);
    expect(Number(await portal.getAttribute('data-down-spans'))).toBeGreaterThanOrEqual(1);
    const isp = page.getByTestId('spread-chart-nha-mang-vnpt');
    expect(Number(await isp.getAttribute('data-loss-marks'))).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('spread-summary-dvc-quoc-gia').textContent()).toMatch(
      /có lúc mất kết nối/,
    );

    // The outage: a bar on the portal's row, its cause in words on focus, and a row in the list.
    const bar = page.getByTestId(`timeline-bar-dvc-quoc-gia-${outageStartMs}`);
    await bar.waitFor({ state: 'attached', timeout: 10_000 });
    await bar.focus();
    expect(await page.getByTestId('timeline-tip').textContent()).toMatch(/dvc-quoc-gia: .*20 phút/);
    expect(await page.getByTestId(`outage-dvc-quoc-gia-${outageStartMs}`).textContent()).toMatch(
      /20 phút/,
    );
    // The certificate of the portal expires in 12 days.
    expect(await page.getByTestId('certificate-dvc-quoc-gia').textContent()).toMatch(
      /Chứng chỉ bảo mật hết hạn sau 12 ngày/,
    );
    await bar.blur();
    await page.screenshot({ path: `${SCREENSHOTS}/view-connectivity.png` });

    // Back to live: the last quarter hour, and a round posted now is appended to the chart.
    await page.getByTestId('range-live').click();
    await expect.poll(() => charts.getAttribute('data-step-ms')).toBe('0');
    await expect.poll(() => charts.getAttribute('data-status')).toBe('ready');
    const gateway = page.getByTestId('spread-chart-gateway');
    const before = Number(await gateway.getAttribute('data-points'));
    await post(collector.url, [
      {
        ts: Date.now(),
        site: 'test-centre',
        measurement: 'link',
        target: 'gateway',
        probe: 'icmp',
        fields: { up: 1, rtt_ms: 7.5, rtt_min_ms: 6, rtt_max_ms: 9, loss_pct: 0 },
      },
    ]);
    await expect
      .poll(async () => Number(await gateway.getAttribute('data-points')), { timeout: 5000 })
      .toBe(before + 1);
    await expect.poll(() => valueOf(page, 'latency-gateway')).toBe('7.5');

    // The dark theme: chosen with the toggle, kept across a reload.
    await page.getByTestId('range-24h').click();
    await expect.poll(() => charts.getAttribute('data-status'), { timeout: 10_000 }).toBe('ready');
    await page.getByTestId('theme-switch').click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.getByTestId('range-24h').click();
    await expect
      .poll(async () => Number(await portal.getAttribute('data-points')), { timeout: 20_000 })
      .toBeGreaterThan(300);
    await expect.poll(() => paintedPixels(page, 'dvc-quoc-gia')).toBeGreaterThan(1000);
    const background = await page.evaluate<string>(
      'getComputedStyle(document.body).backgroundColor',
    );
    expect(background).toBe('rgb(15, 20, 25)');
    await page.screenshot({ path: `${SCREENSHOTS}/view-connectivity-dark.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
