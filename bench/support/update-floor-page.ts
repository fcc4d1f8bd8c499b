// A plain page that does the least a live update of 20 charts can do, for the benches to measure
// the dashboard's update against: no product code, plain DOM, 20 canvases the size of the
// Connectivity view's charts (already drawn), 20 texts, one WebSocket. Each message asks it for
// one of the variants below; the main-thread time of a window holding one message is measured as
// `dashboard.bench.ts` measures the dashboard's update (Chromium's `TaskDuration`).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { WebSocketServer, type WebSocket } from 'ws';

/** What the page does with one message. */
export const FLOOR_VARIANTS = ['none', 'text', 'pixel', 'canvases', 'charts'] as const;
export type FloorVariant = (typeof FLOOR_VARIANTS)[number];

/** In words, for the benches' tables. */
export const FLOOR_LABELS: Record<FloorVariant, string> = {
  none: 'a message arrives, parsed, nothing drawn',
  text: '20 texts set',
  pixel: 'one pixel on one canvas',
  canvases: '20 canvases × one reading',
  charts: '20 canvases × one reading, 20 texts set',
};

const CHARTS = 20;
/** CSS px of one chart's canvas in the Connectivity view at 1920 px (measured in the page). */
const CANVAS = { width: 1_830, height: 120 };

const PAGE = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>update floor</title>
<style>body{font:14px sans-serif;margin:16px} section{margin:0 0 12px} canvas{display:block;width:${CANVAS.width}px;height:${CANVAS.height}px}</style>
<body><script>
const charts = [];
for (let i = 0; i < ${CHARTS}; i++) {
  const section = document.body.appendChild(document.createElement('section'));
  const title = section.appendChild(document.createElement('h3'));
  title.textContent = 'Đích đo ' + (i + 1) + ' — ';
  const value = title.appendChild(document.createElement('span'));
  value.textContent = '—';
  const canvas = section.appendChild(document.createElement('canvas'));
  canvas.width = ${CANVAS.width}; canvas.height = ${CANVAS.height};
  const context = canvas.getContext('2d');
  for (let x = 0; x < canvas.width; x += 2) {
    context.fillStyle = 'rgba(60, 120, 200, 0.35)';
    context.fillRect(x, 40 + (x * 7) % 50, 2, 30);
    context.fillStyle = '#1f5fa8';
    context.fillRect(x, 55 + (x * 7) % 50, 2, 2);
  }
  charts.push({ value, context, x: 0 });
}
const socket = new WebSocket('ws://' + location.host + '/feed');
socket.onmessage = (event) => {
  const { variant, values } = JSON.parse(event.data);
  if (variant === 'text' || variant === 'charts') {
    for (let i = 0; i < charts.length; i++) charts[i].value.textContent = values[i].toFixed(1) + ' ms';
  }
  if (variant === 'pixel') {
    charts[0].context.fillStyle = '#808080';
    charts[0].context.fillRect(${CANVAS.width} - 14, 4, 1, 1);
  }
  if (variant === 'canvases' || variant === 'charts') {
    for (let i = 0; i < charts.length; i++) {
      const chart = charts[i];
      chart.x = (chart.x + 1) % ${CANVAS.width};
      chart.context.fillStyle = 'rgba(200, 90, 40, 0.5)';
      chart.context.fillRect(chart.x, 30, 1, 60);
      chart.context.fillStyle = '#a8321f';
      chart.context.fillRect(chart.x, 20 + (values[i] % 80), 1, 2);
    }
  }
  window.__handled = (window.__handled ?? 0) + 1;
};
socket.onopen = () => { window.__open = true; };
</script></body></html>`;

/** An open floor page: measure windows on it, then close it. */
export interface FloorPage {
  /**
   * Main-thread ms of a 300 ms window holding one message of `variant`, or none (`idle`); fails
   * when the page has not handled the message by the window's end.
   */
  measureWindow(variant: FloorVariant | 'idle', k: number): Promise<number>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Serves the floor page on loopback and opens it in its own context of `browser`, 1920 px wide and
 * tall enough that all 20 canvases are on screen, as the dashboard bench shows its charts.
 */
export async function openFloorPage(browser: Browser): Promise<FloorPage> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  const feed = new WebSocketServer({ server, path: '/feed' });
  const sockets = new Set<WebSocket>();
  feed.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction('window.__open === true');
  const fullHeight = await page.evaluate<number>('document.documentElement.scrollHeight');
  await page.setViewportSize({ width: 1920, height: fullHeight });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskMs = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!
      .value * 1000;
  await sleep(1000);

  return {
    async measureWindow(variant, k) {
      const handled = await page.evaluate<number>('window.__handled ?? 0');
      const before = await taskMs();
      const startMs = Date.now();
      if (variant !== 'idle') {
        const message = JSON.stringify({
          variant,
          values: Array.from({ length: CHARTS }, (_, i) => 2 + i * 4 + (k % 10) / 10),
        });
        for (const socket of sockets) socket.send(message);
      }
      await sleep(startMs + 300 - Date.now());
      const window = (await taskMs()) - before;
      if (variant !== 'idle' && (await page.evaluate<number>('window.__handled')) !== handled + 1)
        throw new Error(`the floor page did not handle the ${variant} message within the window`);
      return window;
    },
    async close() {
      await context.close();
      feed.close();
      server.close();
    },
  };
}
